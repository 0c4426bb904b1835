#!/usr/bin/env bash
# Installs what is missing for Claimline on a Debian machine, idempotently:
#   1. the system libraries Qt needs (as root; otherwise prints the apt-get line),
#   2. a virtual environment in .venv with the project, its test tools and PyInstaller.
# Used by `make run` and `make test` (and so by .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PYTHON=${PYTHON:-python3}

# Qt's offscreen and xcb platforms, fonts, and Xvfb for screenshots under X.
DEBIAN_PACKAGES=(
  libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0
  libxcb-xkb1 libx11-xcb1 fonts-dejavu-core
  # tests/test_packaging.py validates the .desktop and metainfo files with these;
  # PyInstaller (make package) needs binutils.
  desktop-file-utils appstream binutils
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "bootstrap: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "bootstrap: Qt needs these Debian packages; run as root:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "bootstrap: creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi

# Reinstall only when the project's requirements changed.
stamp="$VENV/.claimline-installed"
want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "bootstrap: installing Python packages into $VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".[test,package]"
  echo "$want" > "$stamp"
fi
