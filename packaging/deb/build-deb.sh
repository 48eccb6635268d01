#!/usr/bin/env bash
# Builds samskap_VERSION_ARCH.deb with dpkg's own tools, without debhelper: packaging/install.sh stages
# the release build under /usr (one layout for `install.sh` and the package), dpkg-shlibdeps derives
# Depends from the libraries the binary links, dpkg-gencontrol writes the control file, dpkg-deb packs it.
# Usage: packaging/deb/build-deb.sh [OUTDIR]   (default: the top of the source tree; `make deb` runs it)
# Needs dpkg-dev and binutils; runs without root (dpkg-deb --root-owner-group).
set -euo pipefail
cd "$(dirname "$0")/../.."
top=$PWD
outdir=$(realpath "${1:-$top}")
recipe=packaging/deb
work=$top/.build/deb
pkg=samskap

fail() { echo "build-deb: $*" >&2; exit 1; }

version=$(dpkg-parsechangelog -l $recipe/changelog -S Version)
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
# The date of the last changelog entry, so that two builds of one version give the same timestamps.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(dpkg-parsechangelog -l $recipe/changelog -S Timestamp)}

# A source tree laid out as dpkg-shlibdeps and dpkg-gencontrol expect: debian/control, debian/changelog,
# and the package's files under debian/samskap.
rm -rf "$work"
mkdir -p "$work/debian"
cp $recipe/control $recipe/changelog "$work/debian/"
stage=$work/debian/$pkg
DESTDIR=$stage PREFIX=/usr packaging/install.sh

# One version everywhere: the changelog (the package), the binary (--version) and the newest AppStream release.
said=$("$stage/usr/bin/samskap" --version)
[ "$said" = "samskap $version" ] || fail "the changelog says $version but the binary says “$said” (CommandLineTool.version)"
released=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$stage/usr/share/metainfo/io.github.samskap.Samskap.metainfo.xml" | head -n 1)
[ "$released" = "$version" ] || fail "the changelog says $version but the newest release in the metainfo is “$released”"

# As dh_strip does for an executable: the symbols and debug information go, Swift's metadata sections stay.
strip --remove-section=.comment --remove-section=.note "$stage/usr/bin/samskap"
"$stage/usr/bin/samskap" --version >/dev/null || fail "the stripped binary does not run"

# Documentation as Debian wants it: compressed manual page and changelog, the copyright file.
gzip -9n "$stage/usr/share/man/man1/samskap.1"
install -Dm644 $recipe/copyright "$stage/usr/share/doc/$pkg/copyright"
gzip -9nc $recipe/changelog > "$stage/usr/share/doc/$pkg/changelog.gz"
chmod 644 "$stage/usr/share/doc/$pkg/changelog.gz"

# Whatever the umask was: directories 755, files 644, the one executable 755.
find "$stage" -type d -exec chmod 755 {} +
find "$stage" -type f -exec chmod 644 {} +
chmod 755 "$stage/usr/bin/samskap"

(
  cd "$work"
  mkdir -p "debian/$pkg/DEBIAN"
  dpkg-shlibdeps -T"debian/$pkg.substvars" "debian/$pkg/usr/bin/samskap"
  dpkg-gencontrol -p"$pkg" -T"debian/$pkg.substvars" -P"debian/$pkg"
  cd "debian/$pkg"
  find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum > DEBIAN/md5sums
  chmod 644 DEBIAN/control DEBIAN/md5sums
)

deb=$outdir/${pkg}_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "Built $deb"
dpkg-deb --field "$deb" Version Installed-Size Depends Recommends
