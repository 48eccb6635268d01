#!/usr/bin/env bash
# The manual page (packaging/samskap.1) and the bash completion (packaging/samskap.bash-completion) must
# know every subcommand the binary has, each subcommand's options and the values it lists for them, every
# chart of render-chart and every section of export-pdf --sections. The binary is asked, not the sources:
# `samskap --help` prints one usage line per entry of CommandLineTool.subcommands, and the errors for an
# unknown chart or section list the valid ones. The completion is run, not read.
# Usage: Tests/Package/check_docs.sh PATH/TO/samskap   (`make test` runs it; needs man-db)
set -euo pipefail
bin=$(realpath "$1")
top=$(cd "$(dirname "$0")/../.." && pwd)
manpage=${SAMSKAP_MANPAGE:-$top/packaging/samskap.1}
completion=${SAMSKAP_COMPLETION:-$top/packaging/samskap.bash-completion}
failures=0
problem() { echo "FAIL: $*"; failures=$((failures + 1)); }

export LANGUAGE=en
help=$("$bin" --help)
# "  samskap demo -o FIL.samskap [--example housing|incubator]" → "demo -o FIL.samskap [--example housing|incubator]"
mapfile -t usages < <(printf '%s\n' "$help" | sed -n 's/^  samskap \([a-z][a-z-]*\)/\1/p')
[ "${#usages[@]}" -ge 9 ] || problem "found only ${#usages[@]} subcommands in samskap --help"
# (Both commands exit 2; only their messages matter here.)
charts=$( ("$bin" render-chart x.samskap no-such-chart -o x.png 2>&1 || true) | sed -n 's/.*choose one of \([^.]*\)\..*/\1/p' | tr -d ,)
[ -n "$charts" ] || problem "render-chart no longer lists its charts when one is unknown"
sections=$( ("$bin" export-pdf x.samskap -o x.pdf --sections no-such-section 2>&1 || true) | sed -n 's/.*Valid sections: \([^.]*\)\..*/\1/p' | tr -d ,)
[ -n "$sections" ] || problem "export-pdf no longer lists its sections when one is unknown"

# The manual page as a reader sees it, in ASCII, one line per paragraph.
rendered=$(MANWIDTH=2000 man -E ascii --warnings -l "$manpage" 2>"${TMPDIR:-/tmp}/samskap-man-warnings.$$" | col -b)
if [ -s "${TMPDIR:-/tmp}/samskap-man-warnings.$$" ]; then
  problem "man reports problems in $(basename "$manpage"): $(cat "${TMPDIR:-/tmp}/samskap-man-warnings.$$")"
fi
rm -f "${TMPDIR:-/tmp}/samskap-man-warnings.$$"
# The entry of a subcommand in COMMANDS: from its "samskap NAME" line to the next entry or section.
man_entry() {
  printf '%s\n' "$rendered" | awk -v head="samskap $1" '
    /^[A-Z]/ { section = $0; on = 0; next }
    section != "COMMANDS" { next }
    /^       samskap / { on = (index($0, "       " head " ") == 1 || $0 == "       " head) }
    on { print }'
}
# The text mentions the option or value as a word of its own ("--lang", not "--language").
mentions() { grep -qE -- "(^|[^a-z0-9-])$1([^a-z0-9-]|\$)" <<<"$2"; }

# What the completion offers for a command line; the last word is the one being completed.
completions() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _samskap; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$completion" samskap "$@" 2>&1
}
offers() { # offers WORD COMMAND-LINE...: the completion of the command line includes WORD
  local word=$1
  shift
  # (Not a pipe into grep -q: grep leaving early would fail the pipeline under pipefail.)
  local offered
  offered=$(completions "$@")
  grep -qxF -- "$word" <<<"$offered"
}

for usage in "${usages[@]}"; do
  read -r -a words <<<"$usage"
  name=${words[0]}
  entry=$(man_entry "$name")
  [ -n "$entry" ] || problem "the manual page has no entry for 'samskap $name'"
  offers "$name" "" || problem "the completion does not offer the subcommand '$name'"
  for ((i = 1; i < ${#words[@]}; i++)); do
    word=${words[i]//[\[\]]/}
    case $word in -*) ;; *) continue ;; esac
    mentions "$word" "$entry" || problem "the manual page's entry for '$name' does not mention $word"
    offers "$word" "$name" "-" || problem "the completion does not offer $word after 'samskap $name'"
    # Values spelled out in the usage ("--lang nb|en", "--size 1920x1080"), not placeholders ("OUT.csv").
    value=${words[i + 1]:-}
    value=${value//[\[\]]/}
    if [[ $value =~ ^[a-z0-9|]+$ ]]; then
      for choice in ${value//|/ }; do
        offers "$choice" "$name" "$word" "" || problem "the completion does not offer '$choice' after 'samskap $name $word'"
      done
    fi
  done
done

for chart in $charts; do
  offers "$chart" render-chart x.samskap "" || problem "the completion does not offer the chart '$chart'"
  mentions "$chart" "$(man_entry render-chart)" || problem "the manual page does not list the chart '$chart'"
done
for section in $sections; do
  offers "$section" export-pdf x.samskap -o x.pdf --sections "" || problem "the completion does not offer the section '$section'"
  mentions "$section" "$(man_entry export-pdf)" || problem "the manual page does not list the section '$section'"
done
# The options every invocation has.
for option in --help --version; do
  offers "$option" "-" || problem "the completion does not offer $option"
  mentions "$option" "$rendered" || problem "the manual page does not mention $option"
done

if [ "$failures" -gt 0 ]; then
  echo "check_docs: $failures problems; update packaging/samskap.1 and packaging/samskap.bash-completion"
  exit 1
fi
echo "check_docs: the manual page and the completion know ${#usages[@]} subcommands, their options, $(wc -w <<<"$charts") charts and $(wc -w <<<"$sections") report sections"
