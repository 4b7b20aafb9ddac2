#!/usr/bin/env bash
# The README's second command: every check and every test, then a pass/fail summary.
# Runs all steps even when one fails, so one run shows everything that is wrong.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

REPORTS=.tmp/test-run
rm -rf "$REPORTS" && mkdir -p "$REPORTS"
: >"$REPORTS/steps.tsv"

# step NAME COMMAND...: runs a step and records its outcome and duration.
step() {
  local name=$1 started status
  shift
  say "$name"
  started=$(date +%s)
  "$@"
  status=$?
  printf '%s\t%s\t%s\n' "$name" "$status" "$(($(date +%s) - started))" >>"$REPORTS/steps.tsv"
  return $status
}
skip() { printf '%s\t%s\t0\n' "$1" "skipped: $2" >>"$REPORTS/steps.tsv"; }
# na NAME WHY: a check this machine cannot make at all (not a failure of the project).
na() { printf '%s\t%s\t0\n' "$1" "n/a: $2" >>"$REPORTS/steps.tsv"; }

ensure_node_deps || exit 1

have_chromium=1
step "Chromium available" ensure_chromium || have_chromium=0

trap stop_test_postgres EXIT
if step "PostgreSQL available" ensure_postgres; then
  step "PostgreSQL test server started" start_test_postgres || unset TEST_DATABASE_URL
else
  skip "PostgreSQL test server started" "PostgreSQL is not installed"
fi

step "Formatting (prettier)" npx prettier --check . --log-level=warn
step "Lint (eslint)" npx eslint . --max-warnings=0
step "Type check (tsc)" npx tsc --noEmit
step "Unused files, exports and dependencies (knip)" npx knip
built=0
step "Production build (next build)" npx next build && built=1

# The integration tests talk over HTTP to the production build, so they need it.
if ((built)); then
  step "Unit and integration tests (vitest)" npx vitest run \
    --reporter=default --reporter=json --outputFile.json="$REPORTS/vitest.json"
else
  step "Unit tests (vitest; integration skipped: the build failed)" npx vitest run --project unit \
    --reporter=default --reporter=json --outputFile.json="$REPORTS/vitest.json"
  skip "Integration tests (vitest)" "the build failed"
fi

# The chaos harness's short form: concurrent payments under faults, a SIGKILL, two instances.
if ((built)) && [[ -n ${TEST_DATABASE_URL:-} ]]; then
  step "Chaos, short form (npm run chaos -- --short)" npx tsx scripts/chaos.ts --short
else
  skip "Chaos, short form" "$( ((built)) && echo "PostgreSQL is missing" || echo "the build failed")"
fi

# The deployment of docs/operations.md: nginx in front of two standalone instances on one
# PostgreSQL, a SIGTERM and a SIGKILL mid-load, then the chaos invariants.
# Without nginx the step is skipped, not failed: it is a deployment piece, not the project's.
if ((built)) && [[ -n ${TEST_DATABASE_URL:-} ]] && ensure_nginx; then
  step "nginx topology: two instances, SIGTERM and SIGKILL mid-load (scripts/topology.ts)" \
    npx tsx scripts/topology.ts
else
  skip "nginx topology (scripts/topology.ts)" "$( ((built)) || { echo "the build failed"; exit; }
    [[ -n ${TEST_DATABASE_URL:-} ]] || { echo "PostgreSQL is missing"; exit; }
    echo "nginx is not installed and cannot be installed here (apt-get as root)")"
fi

audit=$(npm audit --audit-level=high 2>&1) && audit_rc=0 || audit_rc=$?
if grep -qiE "audit endpoint returned an error|ENOTFOUND|EAI_AGAIN|ECONNREFUSED" <<<"$audit"; then
  na "Dependency audit (npm audit --audit-level=high)" "the registry's audit endpoint is unreachable from here"
else
  step "Dependency audit (npm audit --audit-level=high)" bash -c "exit $audit_rc" || echo "$audit"
fi

if ((built && have_chromium)); then
  E2E_JSON_REPORT="$REPORTS/e2e.json" step "End-to-end tests (playwright)" npx playwright test
else
  skip "End-to-end tests (playwright)" "$( ((built)) && echo "Chromium is missing" || echo "the build failed")"
fi

node scripts/lib/test-summary.mjs "$REPORTS"
