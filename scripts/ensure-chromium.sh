#!/bin/sh
# Prints the path of a Chromium/Chrome binary; installs Debian's chromium when none is found
# (as root with apt-get). Browser downloads from the internet do not work on the project's machines.
set -e
found="${CHROME_PATH:-}"
[ -n "$found" ] && [ -x "$found" ] || found="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$found" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: installing Debian chromium (about 120 MB)..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends chromium >&2
    found=/usr/bin/chromium
  else
    echo "ensure-chromium: no Chromium found; run 'sudo apt-get install chromium' or set CHROME_PATH" >&2
    exit 1
  fi
fi
echo "$found"
