#!/usr/bin/env bash
# Installs a release build of Samskap under PREFIX (default /usr/local), with its data, desktop
# entry, AppStream metadata, MIME type for *.samskap and icon. Run from the source tree.
set -euo pipefail
cd "$(dirname "$0")/.."
PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
root="$DESTDIR$PREFIX"
# As `make bench` measures it: the Swift runtime linked in, for a faster start.
swift build -c release --product samskap --static-swift-stdlib --scratch-path .build/app
install -Dm755 .build/app/release/samskap "$root/bin/samskap"
mkdir -p "$root/share/samskap"
cp -r data Resources "$root/share/samskap/"
install -Dm644 packaging/io.github.samskap.Samskap.desktop "$root/share/applications/io.github.samskap.Samskap.desktop"
install -Dm644 packaging/io.github.samskap.Samskap.metainfo.xml "$root/share/metainfo/io.github.samskap.Samskap.metainfo.xml"
install -Dm644 packaging/io.github.samskap.Samskap.mime.xml "$root/share/mime/packages/io.github.samskap.Samskap.xml"
install -Dm644 packaging/io.github.samskap.Samskap.svg "$root/share/icons/hicolor/scalable/apps/io.github.samskap.Samskap.svg"
if [ -z "$DESTDIR" ]; then
  command -v update-mime-database >/dev/null && update-mime-database "$PREFIX/share/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/share/applications" || true
fi
echo "Installed Samskap under $root"
