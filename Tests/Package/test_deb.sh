#!/usr/bin/env bash
# Installs the Debian package with apt-get, checks what it installed and that the desktop opens a
# *.samskap file with it (gio open under Xvfb, the window found over AT-SPI), then removes it with
# --purge and checks that none of its files, and nothing of it in the desktop's caches, is left.
# Usage: Tests/Package/test_deb.sh samskap_VERSION_ARCH.deb   (`make deb-test` runs it; as root or with sudo)
# The machine is restored on failure too: an EXIT trap purges the package if the test installed it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
deb=$(realpath "$1")
pkg=$(dpkg-deb --field "$deb" Package)
version=$(dpkg-deb --field "$deb" Version)
id=io.github.samskap.Samskap
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
tmp=$(mktemp -d "${TMPDIR:-/tmp}/samskap-deb-test.XXXXXX")
started=$(date +%s)
installed_by_us=

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "PASS $*"; }
apt_get() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=300 "$@"; }
is_installed() { [ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" = installed ]; }
# The desktop's view, not the user's: private, empty XDG folders, as on a fresh account.
desktop_env=(env -u XDG_DATA_DIRS -u XDG_CONFIG_DIRS XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CURRENT_DESKTOP=)

cleanup() {
  status=$?
  if [ -n "$installed_by_us" ] && is_installed; then
    echo "Removing $pkg after a failure, to leave the machine as it was"
    apt_get remove --purge "$pkg" >/dev/null || true
  fi
  rm -rf "$tmp"
  exit $status
}
trap cleanup EXIT

if dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null | grep -q '^.[^n]'; then
  fail "$pkg is already on this machine; remove it first (apt-get remove --purge $pkg)"
fi

# --- Install -------------------------------------------------------------------------------------------
installed_by_us=1
apt_get install "$deb" >"$tmp/apt-install.log" 2>&1 || { cat "$tmp/apt-install.log"; fail "apt-get install $deb"; }
is_installed || fail "$pkg is not installed after apt-get install"
dpkg -L "$pkg" | grep -vx '/\.' | sort >"$tmp/files"
pass "apt-get install $(basename "$deb") ($(wc -l <"$tmp/files") paths)"

# --- The command line, from outside the source tree (so the data must come from /usr/share/samskap) -----
[ "$(command -v samskap)" = /usr/bin/samskap ] || fail "samskap on PATH is $(command -v samskap || echo nothing), not /usr/bin/samskap"
said=$(cd / && env -u SAMSKAP_DATA_DIR samskap --version)
[ "$said" = "samskap $version" ] || fail "samskap --version says “$said”, the package is $version"
pass "samskap --version: $said"
demo=$tmp/demo.samskap
(cd / && env -u SAMSKAP_DATA_DIR LANGUAGE=en samskap demo -o "$demo" >/dev/null) || fail "samskap demo with the installed data"
(cd / && env -u SAMSKAP_DATA_DIR samskap check "$demo" >/dev/null) || fail "samskap check on the demo project"
(cd / && env -u SAMSKAP_DATA_DIR samskap render-chart "$demo" radar-fields -o "$tmp/fields.svg" >/dev/null) || fail "samskap render-chart"
(cd / && env -u SAMSKAP_DATA_DIR samskap export-json "$demo" -o "$tmp/demo.json" >/dev/null) || fail "samskap export-json"
title=$(/usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["document"]["project"]["name"])' "$tmp/demo.json")
pass "demo, check, render-chart and export-json on the installed data (project “$title”)"
# The installed catalogue: the help in bokmål from /usr/share/locale, in English when English is asked for.
(cd / && env -u SAMSKAP_DATA_DIR LANGUAGE=nb samskap --help | grep -q '^Bruk:') || fail "samskap --help is not in bokmål with LANGUAGE=nb"
(cd / && env -u SAMSKAP_DATA_DIR LANGUAGE=en samskap --help | grep -q '^Usage:') || fail "samskap --help is not in English with LANGUAGE=en"
pass "the installed catalogue: samskap --help in bokmål and in English"

# --- What the desktop reads ----------------------------------------------------------------------------
for f in /usr/share/locale/nb/LC_MESSAGES/samskap.mo /usr/share/samskap/Resources/style.css \
         /usr/share/icons/hicolor/scalable/apps/$id.svg /usr/share/icons/hicolor/symbolic/apps/$id-symbolic.svg \
         /usr/share/bash-completion/completions/samskap /usr/share/man/man1/samskap.1.gz /usr/share/doc/$pkg/copyright; do
  [ -s "$f" ] || fail "$f is missing or empty"
done
desktop-file-validate /usr/share/applications/$id.desktop || fail "desktop-file-validate $id.desktop"
pass "desktop-file-validate $id.desktop"
appstreamcli validate --no-net /usr/share/metainfo/$id.metainfo.xml >"$tmp/appstream.log" 2>&1 ||
  { cat "$tmp/appstream.log"; fail "appstreamcli validate $id.metainfo.xml"; }
for tag in '<screenshot' '<url type="homepage">' '<developer' '<release '; do
  grep -q "$tag" /usr/share/metainfo/$id.metainfo.xml || fail "the metainfo has no $tag"
done
pass "appstreamcli validate $id.metainfo.xml (screenshots, homepage, developer, releases)"
[ "$(man -w samskap)" = /usr/share/man/man1/samskap.1.gz ] || fail "man -w samskap finds $(man -w samskap 2>&1)"
bash -c 'source /usr/share/bash-completion/completions/samskap && complete -p samskap' >/dev/null || fail "the bash completion does not load"
pass "man samskap, bash completion"

mime=$("${desktop_env[@]}" gio info -a standard::content-type "$demo" | sed -n 's/.*standard::content-type: //p')
[ "$mime" = application/x-samskap ] || fail "gio sees $demo as “$mime”, not application/x-samskap"
default=$("${desktop_env[@]}" xdg-mime query default application/x-samskap)
[ "$default" = "$id.desktop" ] || fail "xdg-mime query default application/x-samskap says “$default”, not $id.desktop"
# The caches the removal must clean, filled by the triggers of shared-mime-info, desktop-file-utils and
# hicolor-icon-theme (so that their checks below are not passed by caches that never knew the package).
[ -e /usr/share/mime/application/x-samskap.xml ] || fail "the MIME database has no application/x-samskap"
grep -qs "$id" /usr/share/applications/mimeinfo.cache || fail "mimeinfo.cache does not name $id"
[ ! -e /usr/share/icons/hicolor/icon-theme.cache ] || grep -qa "$id" /usr/share/icons/hicolor/icon-theme.cache ||
  fail "the hicolor icon cache does not name $id"
pass "a .samskap file is application/x-samskap, opened by $default"

# --- gio open under Xvfb: the window of the installed app, on the file ----------------------------------
"${desktop_env[@]}" GSK_RENDERER=cairo xvfb-run -a -s '-screen 0 1920x1080x24' dbus-run-session -- \
  /usr/bin/python3 "$here/open_with_gio.py" "$demo" "$title" /usr/bin/samskap || fail "gio open $demo"

# --- Remove, and check that nothing is left ------------------------------------------------------------
apt_get remove --purge "$pkg" >"$tmp/apt-remove.log" 2>&1 || { cat "$tmp/apt-remove.log"; fail "apt-get remove --purge $pkg"; }
installed_by_us=
status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
[ -z "$status" ] || [ "$status" = "un " ] || fail "dpkg still knows $pkg after --purge: “$status”"
left=0
while read -r path; do
  if [ -d "$path" ] && [ ! -L "$path" ]; then
    # A folder may stay when another package owns it too (/usr/share/man/man1 …).
    dpkg -S "$path" >/dev/null 2>&1 || { echo "left behind: $path/ (owned by no package)"; left=1; }
  elif [ -e "$path" ] || [ -L "$path" ]; then
    echo "left behind: $path"
    left=1
  fi
done <"$tmp/files"
[ "$left" = 0 ] || fail "files of $pkg are left after apt-get remove --purge"
# The caches, rebuilt by the triggers on removal.
[ ! -e /usr/share/mime/application/x-samskap.xml ] || fail "the MIME database still has application/x-samskap"
[ -z "$("${desktop_env[@]}" xdg-mime query default application/x-samskap)" ] || fail "xdg-mime still names a default for application/x-samskap"
! grep -qs "$id" /usr/share/applications/mimeinfo.cache || fail "mimeinfo.cache still names $id"
! grep -qsa "$id" /usr/share/icons/hicolor/icon-theme.cache || fail "the hicolor icon cache still names $id"
pass "apt-get remove --purge $pkg: none of its $(wc -l <"$tmp/files") paths left, caches without it"
echo "test_deb: passed in $(($(date +%s) - started)) s"
