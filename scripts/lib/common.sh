# Shared by scripts/start.sh and scripts/test.sh: install what the project needs, by itself,
# where it can (root + apt), and say exactly what is missing where it cannot.

export NEXT_TELEMETRY_DISABLED=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf '\033[31mError: %s\033[0m\n' "$*" >&2; exit 1; }

is_root() { [[ $(id -u) == 0 ]]; }
can_apt() { is_root && command -v apt-get >/dev/null 2>&1; }

_apt_updated=0
apt_install() {
  if ((_apt_updated == 0)); then
    apt-get update -q >/dev/null || return 1
    _apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

# npm ci when package-lock.json changed since the last install (or nothing is installed yet).
ensure_node_deps() {
  command -v npm >/dev/null 2>&1 || die "Node.js 20+ and npm are required (https://nodejs.org)."
  local stamp=node_modules/.lalo-install-stamp want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [[ ! -f $stamp || "$(cat "$stamp")" != "$want" ]]; then
    say "Installing dependencies (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" >"$stamp"
  fi
}

# Sets CHROMIUM_PATH to Debian's Chromium, installing it when possible.
ensure_chromium() {
  local candidate
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [[ -n $candidate && -x $candidate ]]; then
      export CHROMIUM_PATH=$candidate
      return 0
    fi
  done
  if can_apt; then
    say "Installing Chromium (apt-get install chromium)"
    if apt_install chromium fonts-liberation && [[ -x /usr/bin/chromium ]]; then
      export CHROMIUM_PATH=/usr/bin/chromium
      return 0
    fi
  fi
  echo "Chromium is missing: run 'sudo apt-get install chromium' (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
  return 1
}

# Sets PG_BIN to the folder holding initdb and pg_ctl, installing PostgreSQL when possible.
find_pg_bin() {
  local initdb
  initdb=$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
  if [[ -n $initdb && -x $initdb ]]; then
    PG_BIN=$(dirname "$(readlink -f "$initdb")")
    return 0
  fi
  return 1
}

ensure_postgres() {
  find_pg_bin && return 0
  if can_apt; then
    say "Installing PostgreSQL (apt-get install postgresql)"
    apt_install postgresql >/dev/null && find_pg_bin && return 0
  fi
  echo "PostgreSQL is missing: run 'sudo apt-get install postgresql' to run the data-layer tests on it too." >&2
  return 1
}

# Sets NGINX_BIN to Debian's nginx, installing it when possible (for the topology step; the
# package's own service is left alone: the test runs nginx in a folder of its own).
ensure_nginx() {
  local candidate
  for candidate in "${NGINX_BIN:-}" "$(command -v nginx 2>/dev/null)" /usr/sbin/nginx; do
    if [[ -n $candidate && -x $candidate ]]; then
      export NGINX_BIN=$candidate
      return 0
    fi
  done
  if can_apt; then
    say "Installing nginx (apt-get install nginx)"
    if apt_install nginx && [[ -x /usr/sbin/nginx ]]; then
      export NGINX_BIN=/usr/sbin/nginx
      return 0
    fi
  fi
  echo "nginx is missing: run 'sudo apt-get install nginx' to run the deployment's topology test." >&2
  return 1
}

free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# A throw-away PostgreSQL on 127.0.0.1 for the tests; sets TEST_DATABASE_URL. initdb refuses
# root, so as root the cluster belongs to the postgres user.
start_test_postgres() {
  PG_TMP=$(mktemp -d /tmp/lalo-pg.XXXXXX)
  local port run=()
  port=$(free_port)
  if is_root; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$PG_TMP"
    run=(runuser -u postgres --)
  fi
  PG_RUN=("${run[@]}")
  "${run[@]}" "$PG_BIN/initdb" -A trust -U postgres -E UTF8 -D "$PG_TMP/data" >"$PG_TMP/initdb.log" 2>&1 ||
    { cat "$PG_TMP/initdb.log" >&2; return 1; }
  "${run[@]}" "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
    -o "-p $port -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$PG_TMP/server.log" >&2; return 1; }
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
  # Its socket file is there too: the benchmark also reaches it the way a same-host app would.
  export TEST_DATABASE_SOCKET_DIR=$PG_TMP
}

stop_test_postgres() {
  [[ -n ${PG_TMP:-} && -d $PG_TMP/data ]] || return 0
  "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_TMP"
}

# next build when there is no build (a standalone one: next.config.mjs) or a source is newer.
ensure_build() {
  if [[ ! -f .next/BUILD_ID || ! -f .next/standalone/server.js ]] || [[ -n $(find app components lib hooks i18n messages public \
    ./*.ts ./*.mjs package-lock.json -newer .next/BUILD_ID -type f -print -quit 2>/dev/null) ]]; then
    say "Building the app (next build)"
    NEXT_TELEMETRY_DISABLED=1 npx next build
  fi
}
