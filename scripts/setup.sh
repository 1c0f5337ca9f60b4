#!/usr/bin/env bash
# One-time setup for a Debian/Ubuntu machine (CI runs it too): the system packages the build and
# the test suites need, then the exact npm dependencies from the lockfile.
#   libsecret-1-dev, pkg-config  keytar (pulled by office-addin-debugging) builds from source here
#   libxml2-utils                xmllint, for offline manifest validation (npm run validate)
#   chromium                     task pane tests in a real browser (playwright-core drives it)
#   libreoffice-calc-nogui       recalculates the written .xlsx to prove the Summary formulas
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libsecret-1-dev pkg-config libxml2-utils chromium libreoffice-calc-nogui fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    # With recommended packages: that is the set the browser and LibreOffice suites were verified with.
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Not a Debian/Ubuntu machine: install these yourself: ${missing[*]}" >&2
  fi
fi

npm ci --no-audit --no-fund
