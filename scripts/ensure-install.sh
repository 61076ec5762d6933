#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than package-lock.json, so the README's
# two commands work on a fresh clone. botbuilder-dialogs' install script runs `npx`: answer yes.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "referent: installing npm dependencies (npm ci)"
  npm_config_yes=true npm ci --no-audit --no-fund
fi
