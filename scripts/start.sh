#!/usr/bin/env bash
# The README's first command: installs, builds when the sources changed, and serves the app on
# http://localhost:3000 with the embedded database and the sandbox. The server migrates and
# seeds its database itself at start-up (instrumentation.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

ensure_node_deps

build_is_stale() {
  [[ ! -f .next/BUILD_ID ]] && return 0
  [[ -n $(find app components lib hooks i18n messages public *.ts *.mjs package-lock.json \
    -newer .next/BUILD_ID -type f -print -quit 2>/dev/null) ]]
}

if build_is_stale; then
  say "Building the app (next build)"
  npx next build
fi

PORT=${PORT:-3000}
say "Starting on http://localhost:$PORT (Ctrl+C to stop)"
exec npx next start -p "$PORT"
