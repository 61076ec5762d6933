#!/usr/bin/env bash
# `npm run dev`: install if needed, build, then start the embedded store, the bot and the Agents Playground.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-install.sh
npx tsc -p tsconfig.json
exec node dist/scripts/dev.js
