#!/usr/bin/env bash
# What the tests need beyond npm packages: Debian's Chromium for the browser tests (Playwright drives it;
# it never downloads a browser of its own). kubectl comes with the machine image.
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests…"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium > /dev/null
fi
/usr/bin/chromium --version
