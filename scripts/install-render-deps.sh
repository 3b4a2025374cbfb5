#!/usr/bin/env bash
# What the rendered-comment tests draw with (tests/render): Debian's Chromium, cmark-gfm (GitHub's
# fork of cmark, the parser GitHub renders comments with) and a colour emoji font, so that screenshots
# show the status marks a reviewer sees. Installed only when missing.
set -euo pipefail
missing=()
command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null || missing+=(chromium)
command -v cmark-gfm >/dev/null || missing+=(cmark-gfm)
fc-list 2>/dev/null | grep -qi 'color emoji' || missing+=(fonts-noto-color-emoji)
if [ ${#missing[@]} -gt 0 ]; then
  bash "$(dirname "$0")/apt-install.sh" 'the rendered-comment tests' "${missing[@]}"
fi
