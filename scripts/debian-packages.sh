#!/usr/bin/env bash
# The Debian packages the slow tier uses: Jekyll with the plugins the test blog names that Debian packages and the
# gems al-folio's own _plugins load (test/jekyll/lib stands in for the rest), Neovim as an LSP client, Chromium for the
# webview. Installs the missing ones with apt-get (as root, no questions asked); prints nothing when all are there.
# The VS Code host's own packages are installed by scripts/code-server-setup.sh.
set -euo pipefail

PACKAGES=(jekyll ruby-kramdown-parser-gfm ruby-jekyll-archives ruby-jekyll-feed ruby-jekyll-paginate-v2 ruby-jekyll-sitemap
  ruby-jekyll-toc ruby-nokogiri ruby-css-parser ruby-activesupport ruby-httparty ruby-i18n neovim chromium)

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "debian-packages: the tests need these Debian packages: ${missing[*]} (run this script as root on Debian, or install them)" >&2
  exit 1
fi
echo "debian-packages: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq </dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
