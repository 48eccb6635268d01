#!/bin/sh
# Compiles every language of po/LINGUAS into OUT/<language>/LC_MESSAGES/samskap.mo (OUT: .build/locale by
# default, where the program finds them when it runs from the source tree; packaging/install.sh passes
# PREFIX/share/locale). msgfmt --check stops at a broken file or a placeholder a translation lost.
#   po/compile.sh [OUT] [PO-FOLDER]
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-$ROOT/.build/locale}
PO=${2:-$ROOT/po}
for lang in $(sed 's/#.*//' "$PO/LINGUAS"); do
    mkdir -p "$OUT/$lang/LC_MESSAGES"
    msgfmt --check -o "$OUT/$lang/LC_MESSAGES/samskap.mo" "$PO/$lang.po"
done
