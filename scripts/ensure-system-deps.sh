#!/usr/bin/env bash
# The end-to-end and PDF tests need Debian's Chromium, poppler, mupdf and qpdf.
# Install what is missing the way `playwright install --with-deps` would (as root,
# with apt-get), or stop and print the exact command to run.
set -euo pipefail
chromium_bin="${KONVERT_CHROMIUM:-/usr/bin/chromium}"
missing=()
[ -x "$chromium_bin" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v mutool >/dev/null 2>&1 || missing+=(mupdf-tools)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
[ ${#missing[@]} -eq 0 ] && exit 0

cmd="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages the tests need: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The tests need these system packages: ${missing[*]}" >&2
  echo "Install them, then run npm test again:" >&2
  echo "  sudo sh -c '$cmd'" >&2
  exit 1
fi
