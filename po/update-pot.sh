#!/bin/sh
# Extracts the texts of the code into po/samskap.pot and merges them into every po/<language>.po (new texts come
# in untranslated, texts gone from the code are dropped; no guessed "fuzzy" translations). Run from anywhere.
#
# The keywords are Samskap's translation functions (Sources/SamskapLocale/Translate.swift): tr, trf for a text,
# trn for a count (singular, plural), trc/trcf for a text with a context, and LocalizedText, forCount and inContext
# for a text translated later. Swift is read as C: its string literals and calls look the same to xgettext.
set -eu
cd "$(dirname "$0")/.."
KEYWORDS="--keyword=tr --keyword=trf --keyword=trn:1,2 --keyword=trc:1c,2 --keyword=trcf:1c,2 \
--keyword=LocalizedText --keyword=forCount:1,2 --keyword=inContext:1c,2"
# POTFILES: every Swift file that calls one of them.
grep -rlE '(^|[^A-Za-z0-9_])(tr|trf|trn|trc|trcf|LocalizedText|forCount|inContext)\(' Sources --include='*.swift' \
    | grep -v '^Sources/SamskapLocale/' | LC_ALL=C sort > po/POTFILES
# shellcheck disable=SC2086
xgettext -L C --from-code=UTF-8 $KEYWORDS --add-comments=TRANSLATORS: --package-name=samskap \
    --msgid-bugs-address=https://github.com/samskap/samskap/issues --sort-by-file \
    -f po/POTFILES -o po/samskap.pot
for po in po/*.po; do
    msgmerge --quiet --update --no-fuzzy-matching --backup=none "$po" po/samskap.pot
done
