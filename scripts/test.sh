#!/usr/bin/env bash
# The README's test command (npm test): type-check, lint with import boundaries, then every jest suite.
# Chromium, LibreOffice and poppler-utils (pdfinfo, pdffonts, pdftotext, pdftohtml) are installed when missing and we are root; otherwise the suites that need
# them skip with a printed reason (REFERENT_SKIP_* below). .ci/run installs them, so CI never skips.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-install.sh

need_pkgs=()
command -v chromium >/dev/null 2>&1 || need_pkgs+=(chromium)
command -v soffice >/dev/null 2>&1 || need_pkgs+=(libreoffice-writer-nogui)
command -v pdfinfo >/dev/null 2>&1 || need_pkgs+=(poppler-utils)
if [ ${#need_pkgs[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test: installing ${need_pkgs[*]} from Debian's packages"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null) \
    || echo "test: could not install ${need_pkgs[*]}; the suites that need them will skip"
fi
command -v chromium >/dev/null 2>&1 || { export REFERENT_SKIP_BROWSER="Chromium is not installed (apt-get install chromium)"; echo "test: skipping browser suites: $REFERENT_SKIP_BROWSER"; }
command -v soffice >/dev/null 2>&1 || { export REFERENT_SKIP_LIBREOFFICE="LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"; echo "test: skipping LibreOffice checks: $REFERENT_SKIP_LIBREOFFICE"; }
command -v pdfinfo >/dev/null 2>&1 || { export REFERENT_SKIP_POPPLER="poppler-utils is not installed (apt-get install poppler-utils)"; echo "test: skipping PDF read-back checks: $REFERENT_SKIP_POPPLER"; }

npx tsc -p tsconfig.test.json
npx tsc -p tsconfig.json   # dist/ for the tests that start the real process
npx eslint .
npx prettier --check . --log-level warn   # the formatter (npm run format fixes it)
npx jest "$@"
