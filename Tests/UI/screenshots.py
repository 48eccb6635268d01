#!/usr/bin/python3
"""Saves a screenshot of the start screen and each page, light and dark, at 1280×800, 1920×1080 and 960×800 (half a
1920 screen, where the sidebar folds away when a page needs the room).

Usage: screenshots.py PATH/TO/samskap OUTDIR   (`make screenshots` runs it under Xvfb + dbus-run-session)
Each run starts samskap on the demo project with a private XDG home; files are named
PAGE-THEME-WxH.png. The X screen must be at least 1920×1080.
"""
import os
import shutil
import subprocess
import sys
import hashlib
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import display  # noqa: E402
display.wait()

from harness import App, all_nodes, click, ensure_a11y_bus, find, poll, settled  # noqa: E402
import pyatspi  # noqa: E402
from words import Words  # noqa: E402

SIZES = [(1280, 800), (1920, 1080), (960, 800)]
THEMES = ["light", "dark"]
PAGES = [("overview", "Overview"), ("partners", "Partners"), ("vision", "Vision and goals"), ("report", "Report")]


def shot(path, width, height):
    """Saves the screen once it has stopped changing: the last frame is drawn, the charts' figures are in."""
    def capture():
        subprocess.run(["import", "-window", "root", "-crop", "%dx%d+0+0" % (width, height), "+repage", path], check=True)
        with open(path, "rb") as f:
            return hashlib.sha1(f.read()).hexdigest()
    settled(capture, "the screen to settle for %s" % os.path.basename(path), timeout=30)
    print("saved " + path, flush=True)


def wheel(x, y, button, node):
    """One wheel step; then waits (briefly: at the end of the page nothing moves) for the node to move."""
    before = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS).y
    pyatspi.Registry.generateMouseEvent(x, y, button)
    poll(lambda: node.queryComponent().getExtents(pyatspi.WINDOW_COORDS).y != before, timeout=2.0)


def run(binary, outdir, theme, size, language):
    width, height = size
    w = Words(language)
    home = tempfile.mkdtemp(prefix="samskap-shots-")
    app = App(binary, home, language=language,
              extra_env={"SAMSKAP_COLOR_SCHEME": theme, "SAMSKAP_WINDOW_SIZE": "%dx%d" % (width, height)})
    try:
        app.start()
        start = app.window("Samskap")
        suffix = "%s-%dx%d" % (theme, width, height)
        shot(os.path.join(outdir, "start-%s.png" % suffix), 720, 620)
        click(find(start, "button", w("Open the _demo project")))
        window = app.window("Trygg bolig Drammen")
        for name, title in PAGES:
            click(find(window, "toggle", w(title)))
            if name == "partners":
                click(find(window, "button", "NAV Drammen"))
            shot(os.path.join(outdir, "%s-%s.png" % (name, suffix)), width, height)
            if name == "overview":
                # The charts sit below the form: bring them into view for a second picture.
                for _ in range(30):
                    pyatspi.Registry.generateMouseEvent(width * 2 // 3, height // 2, "b5c")
                shot(os.path.join(outdir, "overview-charts-%s.png" % suffix), width, height)
        # The Process page: the results of the demo's latest round, and the workshop's answer entry.
        click(find(window, "toggle", w("Process")))
        for view, title in [("results", "Results"), ("entry", "Answer entry")]:
            click(find(window, "toggle", w(title)))
            # The charts' figures are computed off the main thread: `shot` waits for the screen to settle.
            find(window, None, w("Most disputed") if view == "results" else w("Statement to answer"))
            shot(os.path.join(outdir, "process-%s-%s.png" % (view, suffix)), width, height)
        # Where the work stands: the matrix and staircase, then (wheeled down) the activities' cells with the way to step 4.
        click(find(window, "toggle", w("Position")))
        shot(os.path.join(outdir, "process-position-%s.png" % suffix), width, height)
        activities = find(window, "label", w("Each main activity"))
        for _ in range(60):
            if activities.queryComponent().getExtents(pyatspi.WINDOW_COORDS).y < height // 4:
                break
            wheel(width - 12, height // 2, "b5c", activities)
        shot(os.path.join(outdir, "process-position-activities-%s.png" % suffix), width, height)
        # The Impact page: steps 3 and 4, the plan behind the measurements.
        click(find(window, "toggle", w("Impact")))
        click(find(window, "button", "3. " + w.term("Analyser målgruppene", "Analyse the target groups")))
        shot(os.path.join(outdir, "impact-step3-%s.png" % suffix), width, height)
        click(find(window, "button", "4. " + w.term("Beskriv aktiviteter og endringsteori", "Describe activities and theory of change")))
        shot(os.path.join(outdir, "impact-step4-%s.png" % suffix), width, height)
        # The Impact page: step 9 from the top (guidance, example, progress chart), then further down
        # (indicators, measurement grid), and step 10's evaluation log.
        click(find(window, "toggle", w("Impact")))
        click(find(window, "button", "9. " + w.term("Mål jevnlig", "Measure regularly")))
        shot(os.path.join(outdir, "impact-%s.png" % suffix), width, height)
        # Wheel down beside the content (inner scrollers would take the wheel) until the grid's heading is near the top.
        grid_heading = find(window, "label", w("Measurements of “%1$s”", "Husstander som får samordnet oppfølging"))
        for _ in range(60):
            if grid_heading.queryComponent().getExtents(pyatspi.WINDOW_COORDS).y < height // 3:
                break
            wheel(width - 12, height // 2, "b5c", grid_heading)
        for _ in range(10):  # a wheel step may overshoot: back until the heading shows
            if grid_heading.queryComponent().getExtents(pyatspi.WINDOW_COORDS).y > 70:
                break
            wheel(width - 12, height // 2, "b4c", grid_heading)
        shot(os.path.join(outdir, "impact-grid-%s.png" % suffix), width, height)
        click(find(window, "button", "10. " + w.term("Evaluer og juster", "Evaluate and adjust")))
        shot(os.path.join(outdir, "impact-log-%s.png" % suffix), width, height)
    finally:
        app.stop()
        shutil.rmtree(home, ignore_errors=True)


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    binary, outdir = sys.argv[1], sys.argv[2]
    language = os.environ.get("SAMSKAP_SCREENSHOT_LANGUAGE", "nb")
    os.makedirs(outdir, exist_ok=True)
    ensure_a11y_bus()
    for theme in THEMES:
        for size in SIZES:
            run(binary, outdir, theme, size, language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
