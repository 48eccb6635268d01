#!/bin/sh
# Time to first frame and peak memory of Samskap against two floors: a bare libadwaita window with a header bar and a
# label (first-frame.c built with -DFLOOR_ADW, the floor of what Samskap is built on) and the same in bare GTK4
# (first-frame.c, the floor before libadwaita), 1280x800, each quitting after its first frame. Median of 11 runs each, taken in turns, under Xvfb
# with GSK_RENDERER=cairo, for the floor, Samskap on the demo project and Samskap on the large project.
# Time runs from the launch to the moment the program prints after its first frame has been painted (both print
# "first-frame-ns"), so tearing the window down is not counted; memory is the peak of the whole run.
#
# Usage: Tests/BenchFloor/first_frame.sh [PATH/TO/samskap [PATH/TO/other-samskap]]   (`make bench`: the release build)
# A second binary (say, a build from before a change) is measured in the same turns, as demo2 and large2.
# Targets against the libadwaita floor: demo <= 1.3x its time, large <= 1.4x; peak memory <= 1.3x.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BIN=$(cd "$(dirname "${1:-$ROOT/.build/release/samskap}")" && pwd)/$(basename "${1:-samskap}")
BIN2=${2:+$(cd "$(dirname "$2")" && pwd)/$(basename "$2")}
RUNS=${RUNS:-11}

if [ -z "${SAMSKAP_BENCH_INNER:-}" ]; then
    exec xvfb-run -a -s '-screen 0 1920x1080x24' dbus-run-session -- env SAMSKAP_BENCH_INNER=1 "$0" "$BIN" ${BIN2:+"$BIN2"}
fi

WORK=$(mktemp -d /tmp/samskap-first-frame.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
gcc -O2 -o "$WORK/first-frame" "$HERE/first-frame.c" $(pkg-config --cflags --libs gtk4)
gcc -O2 -DFLOOR_ADW -o "$WORK/first-frame-adw" "$HERE/first-frame.c" $(pkg-config --cflags --libs libadwaita-1)
"$BIN" demo -o "$WORK/demo.samskap" >/dev/null
/usr/bin/python3 "$HERE/make_large.py" "$ROOT/data/demo/housing.json" "$WORK/large.json"
"$BIN" import-json "$WORK/large.json" -o "$WORK/large.samskap" >/dev/null

# The same environment for every run: private folders, no accessibility bus, cairo renderer.
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache" XDG_STATE_HOME="$WORK/state"
export GSK_RENDERER=cairo GTK_A11Y=none GSETTINGS_BACKEND=memory LANG=C.UTF-8
export SAMSKAP_BENCH_FIRST_FRAME=1 SAMSKAP_WINDOW_SIZE=1280x800

# once NAME COMMAND…: one run; appends its milliseconds to the first frame and its peak kB to NAME's lists.
once() {
    name=$1; shift
    start=$(date +%s%N)
    /usr/bin/time -f %M -o "$WORK/one" "$@" >"$WORK/out" 2>/dev/null || { echo "$name: run failed" >&2; exit 1; }
    painted=$(sed -n 's/^first-frame-ns //p' "$WORK/out")
    [ -n "$painted" ] || { echo "$name: no first frame reported" >&2; exit 1; }
    echo $(( (painted - start) / 1000000 )) >> "$WORK/$name.times"
    tail -n 1 "$WORK/one" >> "$WORK/$name.rss"
}

# median NAME: prints "NAME median_ms median_kb"
median() {
    mid=$(( (RUNS + 1) / 2 ))
    echo "$1 $(sort -n "$WORK/$1.times" | sed -n ${mid}p) $(sort -n "$WORK/$1.rss" | sed -n ${mid}p)"
}

# Warm the page cache and font caches once, then take turns, so that a busy moment of the machine falls on all three.
"$WORK/first-frame" >/dev/null 2>&1 || true
"$WORK/first-frame-adw" >/dev/null 2>&1 || true
"$BIN" "$WORK/demo.samskap" >/dev/null 2>&1 || true
NAMES="gtk adw demo large${BIN2:+ demo2 large2}"
i=0
while [ $i -lt "$RUNS" ]; do
    once gtk "$WORK/first-frame"
    once adw "$WORK/first-frame-adw"
    once demo "$BIN" "$WORK/demo.samskap"
    once large "$BIN" "$WORK/large.samskap"
    if [ -n "$BIN2" ]; then
        once demo2 "$BIN2" "$WORK/demo.samskap"
        once large2 "$BIN2" "$WORK/large.samskap"
    fi
    i=$((i + 1))
done
for name in $NAMES; do median "$name"; done | awk -v runs="$RUNS" '
    { t[NR] = $2; m[NR] = $3; n[NR] = $1 }
    END {
        printf "First frame, median of %d runs (Xvfb, GSK_RENDERER=cairo, 1280x800); gtk and adw are the bare floors\n", runs
        printf "  %-6s %8s %9s %9s %10s %9s %9s\n", "", "ms", "x adw", "x gtk", "peak MB", "x adw", "x gtk"
        for (i = 1; i <= NR; i++)
            printf "  %-6s %8d %9.2f %9.2f %10.1f %9.2f %9.2f\n", n[i], t[i], t[i] / t[2], t[i] / t[1], m[i] / 1024, m[i] / m[2], m[i] / m[1]
        print "  targets: demo <= 1.3x adw (time and memory), large <= 1.4x adw time"
    }'
