#!/bin/sh
# Makes sure the three engines the browser suite runs in are installed, from Debian (browser downloads from
# the internet do not work on the project's machines):
#   Chromium  - chromium
#   Firefox   - firefox-esr (puppeteer-core drives it over WebDriver BiDi; no geckodriver needed)
#   WebKit    - webkit2gtk-driver (WebKitWebDriver + WebKitGTK's MiniBrowser), which needs an X server: xvfb
# Installs whatever is missing in one apt-get call when run as root; otherwise says what to install.
# VSS_BROWSERS=chromium (or a comma list) limits the check to those engines.
set -e
wanted="${VSS_BROWSERS:-chromium,firefox,webkit}"
missing=""
has() { command -v "$1" >/dev/null 2>&1; }
case ",$wanted," in *,chromium,*)
  if [ -z "${CHROME_PATH:-}" ] && ! has chromium && ! has chromium-browser && ! has google-chrome; then missing="$missing chromium"; fi ;;
esac
case ",$wanted," in *,firefox,*)
  if [ -z "${FIREFOX_PATH:-}" ] && ! has firefox-esr && ! has firefox; then missing="$missing firefox-esr"; fi ;;
esac
case ",$wanted," in *,webkit,*)
  has WebKitWebDriver || missing="$missing webkit2gtk-driver"
  has Xvfb || missing="$missing xvfb" ;;
esac
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && has apt-get; then
  echo "ensure-browsers: installing Debian packages:$missing (a few minutes the first time)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >&2
else
  echo "ensure-browsers: missing:$missing; run 'sudo apt-get install$missing' (or set VSS_BROWSERS=chromium)" >&2
  exit 1
fi
