#!/usr/bin/env bash
# Installs a release build of Samskap under PREFIX (default /usr/local), with its data, translations,
# desktop entry, AppStream metadata, MIME type for *.samskap, icons, manual page and bash completion.
# Run from the source tree. With DESTDIR set it stages the files there and leaves the system's caches
# alone: `make deb` stages the Debian package this way (PREFIX=/usr), so there is one layout, this one.
set -euo pipefail
cd "$(dirname "$0")/.."
PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
SWIFT=${SWIFT:-$(command -v swift || echo /opt/swift/usr/bin/swift)}
root="$DESTDIR$PREFIX"
id=io.github.samskap.Samskap
# As the Makefile's APP_BUILD and `make bench` measure it: the Swift runtime linked in, for a faster start;
# without SwiftPM's RUNPATH $ORIGIN, which would have /usr/bin searched for libraries.
"$SWIFT" build -c release --product samskap --static-swift-stdlib --disable-local-rpath --scratch-path .build/app
install -Dm755 .build/app/release/samskap "$root/bin/samskap"
# The domain content and the style sheet the window loads at run time.
(find data Resources -type f | sort) | while read -r file; do
  install -Dm644 "$file" "$root/share/samskap/$file"
done
# The message catalogues, compiled from po/ (msgfmt --check) where gettext looks: share/locale/<language>/LC_MESSAGES.
po/compile.sh "$root/share/locale"
install -Dm644 packaging/$id.desktop "$root/share/applications/$id.desktop"
install -Dm644 packaging/$id.metainfo.xml "$root/share/metainfo/$id.metainfo.xml"
install -Dm644 packaging/$id.mime.xml "$root/share/mime/packages/$id.xml"
install -Dm644 packaging/$id.svg "$root/share/icons/hicolor/scalable/apps/$id.svg"
install -Dm644 packaging/$id-symbolic.svg "$root/share/icons/hicolor/symbolic/apps/$id-symbolic.svg"
install -Dm644 packaging/samskap.1 "$root/share/man/man1/samskap.1"
install -Dm644 packaging/samskap.bash-completion "$root/share/bash-completion/completions/samskap"
if [ -z "$DESTDIR" ]; then
  command -v update-mime-database >/dev/null && update-mime-database "$PREFIX/share/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$PREFIX/share/icons/hicolor" || true
fi
echo "Installed Samskap under $root"
