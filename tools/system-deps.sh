#!/bin/sh
# Debian packages the tests use as second readers: poppler-utils (pdftotext, pdffonts,
# pdftoppm) for the reports, LibreOffice Calc for opening the packages as Excel would.
# Installed when missing and we may (root with apt-get, as on CI); otherwise the tests
# that need them skip and say why.
set -u
need=""
command -v pdftotext >/dev/null 2>&1 || need="$need poppler-utils"
command -v soffice >/dev/null 2>&1 || need="$need libreoffice-calc-nogui"
[ -z "$need" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian packages:$need"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1 || true
    apt-get install -y -qq --no-install-recommends $need >/dev/null 2>&1 \
        || echo "Could not install$need; the tests that need them will skip."
else
    echo "Missing Debian packages:$need (not root): the tests that need them will skip."
fi
exit 0
