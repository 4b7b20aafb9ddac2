#!/usr/bin/env bash
# The README's first command: installs, builds when the sources changed, and serves the app on
# http://localhost:3000 with the embedded database and the sandbox. The server migrates and
# seeds its database itself at start-up (instrumentation.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

ensure_node_deps

ensure_build

PORT=${PORT:-3000}
# This command is the local demo: it asks for the sandbox unless SANDBOX is set. A production
# server is started with SANDBOX=off (the server refuses to guess: see docs/configuration.md, "Real upstreams").
export SANDBOX=${SANDBOX:-on}
[[ $SANDBOX == on ]] && say "Sandbox on: simulated money and upstreams, documented passwords"
# SIGTERM and Ctrl+C drain the instance (lib/ops/shutdown.ts) rather than Next's own handler.
export NEXT_MANUAL_SIG_HANDLE=1
export PORT
say "Starting on http://localhost:$PORT (Ctrl+C to stop)"
# The standalone build's server, as deployed (docs/operations.md); node itself gets the signals.
exec node scripts/lib/standalone.cjs serve
