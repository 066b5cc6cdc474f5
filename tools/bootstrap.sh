#!/usr/bin/env bash
# Installs AgentDesk on Debian/Ubuntu into ./.venv: the system libraries Qt needs, fonts that
# render Arabic and Vietnamese, then the package itself. `--test` adds what the tests need
# (the test extras, PyInstaller among them, and the desktop-file and AppStream validators).
set -euo pipefail
cd "$(dirname "$0")/.."
extras=""
[ "${1:-}" = "--test" ] && extras="[test]"
packages=(
  python3-venv python3-pip
  # Qt's platform plugins and their X11/xcb libraries
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libx11-6 libfreetype6 libfontconfig1 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-xinerama0 libxcb-image0 xvfb
  # Arabic and Vietnamese glyphs
  fonts-noto-core fonts-dejavu-core
  # the time-zone database Qt reads for customers' local time
  tzdata
)
# the packaging tests: validators for the desktop entry and the AppStream metainfo; for
# PyInstaller, binutils (strip, readelf) and the shared libpython it puts in the bundle
if [ -n "$extras" ]; then
  pyver=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  packages+=(desktop-file-utils appstream binutils "libpython$pyver")
  # the team hub tests (marked postgres): PostgreSQL's server binaries; each run starts a
  # private cluster of its own on 127.0.0.1
  packages+=(postgresql)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
echo "AgentDesk is installed in $(pwd)/.venv" >&2
