#!/usr/bin/env bash
# Deploy target on this machine: `ml-actions serve` on loopback, blue/green. deploy-gate runs it as its
# `deploy` command with the version in ML_MODEL_DIR / ML_MODEL_VERSION. The new server starts on a free
# port and must answer /healthz before it replaces the old one, so a version that does not even load
# never takes over; `serve-local.sh stop` ends the current one.
#
#   SERVE_STATE     folder for current.json ({"url", "pid", "model", "version"}) and logs (default .serve)
#   ML_ACTIONS_CLI  the ml-actions CLI to run serve with: deploy-gate sets it to its own (the CLI beside
#                   the action's bundle); without it, `npx --no-install ml-actions`
set -euo pipefail
state="${SERVE_STATE:-.serve}"
mkdir -p "$state"
current="$state/current.json"

pid_of() { sed -n 's/.*"pid":\([0-9]*\).*/\1/p' "$1"; }

if [ "${1:-}" = "stop" ]; then
  if [ -f "$current" ]; then
    kill "$(pid_of "$current")" 2>/dev/null || true
    rm -f "$current"
  fi
  exit 0
fi

if [ -n "${ML_ACTIONS_CLI:-}" ]; then cli=(node "$ML_ACTIONS_CLI"); else cli=(npx --no-install ml-actions); fi
ready="$state/ready-$ML_MODEL_VERSION-$$.json"
log="$state/serve-$ML_MODEL_VERSION.log"
"${cli[@]}" serve "$ML_MODEL_DIR" --port 0 --ready-file "$ready" >"$log" 2>&1 </dev/null &
started=$!
for _ in $(seq 1 600); do
  [ -s "$ready" ] && break
  if ! kill -0 "$started" 2>/dev/null; then
    echo "the server for version $ML_MODEL_VERSION exited before it listened:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.05
done
if [ ! -s "$ready" ]; then
  echo "the server for version $ML_MODEL_VERSION did not listen within 30 s" >&2
  kill "$started" 2>/dev/null || true
  exit 1
fi
old=""
[ -f "$current" ] && old="$(pid_of "$current")"
mv "$ready" "$current"
[ -n "$old" ] && kill "$old" 2>/dev/null || true
echo "version $ML_MODEL_VERSION of $ML_MODEL_NAME serves on $(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$current")"
