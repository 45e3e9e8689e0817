#!/bin/sh
# What the Linux build needs from the system, all in binutils: objdump and strip for
# PyInstaller, as and ld for the vi/en ICU data library (installer/icudata.py).
# Installed when missing and we may (root with apt-get, as on CI); otherwise a
# clear message instead of a traceback. Does nothing when they are there.
set -u
[ "$(uname -s)" = "Linux" ] || exit 0
missing=""
for tool in objdump strip as ld; do
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian package: binutils (missing:$missing) for the installer build"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1 || true
    apt-get install -y -qq --no-install-recommends binutils >/dev/null 2>&1 && exit 0
fi
echo "The installer build needs$missing: install binutils (sudo apt-get install binutils)." >&2
exit 1
