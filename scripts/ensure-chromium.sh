#!/usr/bin/env bash
# Makes sure headless Chromium and its ChromeDriver are installed, for the browser tests
# (browser-tests/). Both come from Debian's packages, the only browser build this project's machines
# can install: Selenium Manager and Playwright download browsers of their own, which fails here.
#
# Idempotent: when /usr/bin/chromium and /usr/bin/chromedriver are there it only says so. Otherwise it
# installs the packages chromium and chromium-driver with apt-get, as root or through sudo (never
# asking for a password), and fails with what to do when neither is possible.
#
# .ci/run calls it before the build; the browser-tests module calls it too (pre-integration-test), so
# that `mvn -B -ntp verify` also works on a fresh machine. -DskipITs or -DskipTests skip that call.
set -euo pipefail

readonly CHROMIUM=/usr/bin/chromium
readonly CHROMEDRIVER=/usr/bin/chromedriver
readonly PACKAGES=(chromium chromium-driver)

installed() {
  [[ -x "$CHROMIUM" && -x "$CHROMEDRIVER" ]]
}

if installed; then
  echo "ensure-chromium: $("$CHROMEDRIVER" --version | head -n 1) and Chromium are installed"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM and $CHROMEDRIVER are missing and this is not a Debian-based system." >&2
  echo "  Install Chromium and a ChromeDriver of the same version at those paths, or skip the browser" >&2
  echo "  tests with -DskipITs." >&2
  exit 1
fi

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "ensure-chromium: $CHROMIUM and $CHROMEDRIVER are missing, and installing them needs root." >&2
  echo "  Run as root (or with password-less sudo):  apt-get update && apt-get install -y ${PACKAGES[*]}" >&2
  echo "  or skip the browser tests with -DskipITs." >&2
  exit 1
fi

echo "ensure-chromium: installing ${PACKAGES[*]} from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"

if ! installed; then
  echo "ensure-chromium: apt-get installed ${PACKAGES[*]}, but $CHROMIUM or $CHROMEDRIVER is still missing" >&2
  exit 1
fi
echo "ensure-chromium: $("$CHROMEDRIVER" --version | head -n 1) and Chromium are installed"
