#!/usr/bin/env bash
# `npm run chaos` and `npm run bench`: installs and builds when needed, starts a throw-away
# PostgreSQL (as the test command does) unless one is given, runs scripts/<name>.ts against the
# build, then stops that PostgreSQL.
#   scripts/run-with-postgres.sh chaos|bench [script options]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

what=$1
shift
ensure_node_deps
ensure_build
export NEXT_TELEMETRY_DISABLED=1
if [[ -z ${CHAOS_DATABASE_URL:-}${BENCH_DATABASE_URL:-}${TEST_DATABASE_URL:-} ]]; then
  ensure_postgres && start_test_postgres
  trap stop_test_postgres EXIT
fi
[[ $what == bench ]] && ensure_chromium
npx tsx "scripts/$what.ts" "$@"
