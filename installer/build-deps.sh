#!/bin/sh
# What PyInstaller needs from the system on Linux: objdump and strip (binutils).
# Installed when missing and we may (root with apt-get, as on CI); otherwise a
# clear message instead of PyInstaller's traceback.
set -u
[ "$(uname -s)" = "Linux" ] || exit 0
command -v objdump >/dev/null 2>&1 && command -v strip >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian package: binutils (objdump, strip) for PyInstaller"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1 || true
    apt-get install -y -qq --no-install-recommends binutils >/dev/null 2>&1 && exit 0
fi
echo "PyInstaller needs objdump and strip: install binutils (sudo apt-get install binutils)." >&2
exit 1
