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

# npm itself: on 2026-12-07 this machine kind started with its npm half-replaced (the start-up
# upgrade of the global npm stopped midway: /usr/lib/node_modules/npm without its package.json,
# no /usr/bin/npm), and a reinstall with npm fails on the upgrade's leftover folder. Node's own
# corepack still runs the npm that Node 20 ships (10.8.2), fetched from the npm registry; the
# registry's copy carries no signature corepack knows, hence COREPACK_INTEGRITY_KEYS=0.
if ! npm --version >/dev/null 2>&1; then
  if ! command -v corepack >/dev/null 2>&1; then
    echo "npm does not run on this machine and there is no corepack: reinstall Node.js 20 with its npm." >&2
    exit 1
  fi
  shims=/usr/local/bin
  [ -w "$shims" ] || { shims="$HOME/.local/bin"; mkdir -p "$shims"; }
  for tool in npm npx; do
    printf '%s\n' '#!/bin/sh' \
      "# Written by partnership-tracker's scripts/setup.sh: this machine's own $tool did not run." \
      'export COREPACK_INTEGRITY_KEYS=0 COREPACK_ENABLE_DOWNLOAD_PROMPT=0' \
      "exec corepack $tool@10.8.2 \"\$@\"" >"$shims/$tool"
    chmod +x "$shims/$tool"
  done
  case ":$PATH:" in *":$shims:"*) ;; *) echo "Add $shims to your PATH (the commands after this one need it)." ;; esac
  export PATH="$shims:$PATH"
  hash -r
  echo "npm did not run here: $shims/npm and npx now run npm 10.8.2 through Node's corepack ($(npm --version))."
fi

npm ci --no-audit --no-fund
