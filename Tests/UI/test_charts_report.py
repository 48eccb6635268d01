"""Charts on the Overview (named, described, exported) and the Report page (PDF export, print to PDF)."""
import os
import sqlite3
import struct
import subprocess

from harness import all_nodes, check, click, find, settled, wait_for
from test_impact import scroll_to
from words import Words

DEMO = "Trygg bolig Drammen"
CHARTS = {"nb": ("Modellen: verdier og handlingsfelt", "Kart over samarbeidspartnerne"),
          "en": ("The model: values and action fields", "Partner map")}


def _open_demo(launch, language, extra_env):
    w = Words(language)
    app = launch(language=language, extra_env=extra_env)
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    return app, app.window(DEMO), w


def _open_menu(window, name):
    """Clicks a menu button: GTK 4.8 exposes it as a button without action around a toggle button with one.

    The page is scrolled to the button first, as a person clicking it sees it: a GtkMenuButton opened by an assistive
    technology while scrolled out of the window anchors its menu outside every monitor, and GDK logs criticals."""
    def actionable():
        for node in all_nodes(window, None, name):
            try:
                if node.queryAction().nActions > 0:
                    return node
            except NotImplementedError:
                continue
        return None
    button = wait_for(actionable, "menu button %r" % name)
    scroll_to(button, window)
    click(button)


def _count_partners(path):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    try:
        return db.execute("SELECT count(*) FROM partner").fetchone()[0]
    finally:
        db.close()


def _png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    check(head[:8] == b"\x89PNG\r\n\x1a\n", "%s is a PNG" % path)
    return struct.unpack(">II", head[16:24])


def _wait_file(path, what):
    # A file counts once it has stopped growing (cairo writes it in pieces).
    wait_for(lambda: os.path.exists(path) and os.path.getsize(path) > 0, what, timeout=30)
    settled(lambda: os.path.getsize(path), "%s to stop growing" % what, timeout=30)


def test_overview_charts_export_png(launch, home, binary, language):
    target = os.path.join(home, "chart.png")
    app, window, w = _open_demo(launch, language, {"SAMSKAP_EXPORT_PATH": target})
    model_title, partners_title = CHARTS[language]
    for title in (model_title, partners_title):
        chart = find(window, None, title)
        described = wait_for(lambda: chart.description, "a description of %r" % title)
        check(len(described) > 20, "the chart %r is described in words: %r" % (title, described))
    partners = find(window, None, partners_title)
    count = _count_partners(os.path.join(home, "data", "samskap", "demo.samskap"))
    check(count > 1, "the demo has partners to count: %d" % count)
    check(partners.description.startswith(w("%1$s partners.", str(count)) + " "),
          "the partner map's description opens with the number of partners, %d: %r" % (count, partners.description))

    _open_menu(window, w("Export “%1$s”", partners_title))
    click(find(window, "button", w("PNG, %1$s × %2$s pixels", "1920", "1080")))
    _wait_file(target, "the exported PNG")
    size = _png_size(target)
    check(size == (1920, 1080), "the PNG is 1920×1080, not %r" % (size,))

    # The 4K choice writes a picture four times the size.
    os.remove(target)
    _open_menu(window, w("Export “%1$s”", model_title))
    click(find(window, "button", w("PNG, %1$s × %2$s pixels", "3840", "2160")))
    _wait_file(target, "the exported 4K PNG")
    check(_png_size(target) == (3840, 2160), "the PNG is 3840×2160")


def _pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


def test_report_export_pdf(launch, home, binary, language):
    target = os.path.join(home, "report.pdf")
    app, window, w = _open_demo(launch, language, {"SAMSKAP_EXPORT_PATH": target})
    click(find(window, "toggle", w("Report")))
    find(window, None, w("Preview of page one"))
    click(find(window, "button", w("Export PDF…")))
    _wait_file(target, "the exported report")
    pages = _pdf_pages(target)
    check(pages > 5, "the report has more than five pages, not %d" % pages)
    text = subprocess.run(["pdftotext", "-l", "3", target, "-"], capture_output=True, text=True).stdout
    check(DEMO in text, "the report names the project")

    # Print goes through GtkPrintOperation; with the override it prints to the same kind of PDF.
    os.remove(target)
    click(find(window, "button", w("Print…")))
    _wait_file(target, "the printed report")
    check(_pdf_pages(target) == pages, "printing gives as many pages as the export (%d)" % pages)
