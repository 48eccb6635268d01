"""Opening projects: the demo from the start screen, a file given twice, a damaged file on the command line."""
from harness import all_nodes, check, click, find, wait_for
from words import Words

DEMO = "Trygg bolig Drammen"


def test_open_demo(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    window = app.window(DEMO)
    click(find(window, "toggle", w("Partners")))
    listing = find(window, None, w("Partner list"))
    import os
    import sqlite3
    db = sqlite3.connect("file:%s?mode=ro" % os.path.join(home, "data", "samskap", "demo.samskap"), uri=True)
    names = [row[0] for row in db.execute("SELECT name FROM partner ORDER BY seq")]
    db.close()
    check(len(names) > 5, "the demo file has its partners: %r" % names)
    listed = wait_for(lambda: [b.name for b in all_nodes(listing, "button")] or None, "the partner list's rows")
    check(sorted(listed) == sorted(names), "the Partners page lists every partner of the file, and only those: %r" % listed)


def test_open_twice_focuses(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    app.window(DEMO)
    import os
    demo = os.path.join(home, "data", "samskap", "demo.samskap")
    second = app.run_cli(demo)
    check(second.returncode == 0, "a second samskap FILE hands over and exits: %s" % second.stderr)
    wait_for(lambda: app.window_names().count(DEMO) == 1, "one window of the demo")
    check(app.window_names().count(DEMO) == 1, "no second window: %r" % app.window_names())


def test_unreadable_measurement_from_the_command_line(launch, home, binary, language):
    """The measurements of a file named on the command line are read after the window's first frame; one that
    cannot be read must still close the project and say why, as a damaged file opened any other way does."""
    import os
    import sqlite3
    import subprocess
    w = Words(language)
    path = os.path.join(home, "skadet.samskap")
    made = subprocess.run([binary, "demo", "-o", path], capture_output=True, text=True)
    check(made.returncode == 0, "the demo file is made: %s" % made.stderr)
    db = sqlite3.connect(path)
    db.execute("UPDATE measurement SET date = '31.02.2026' WHERE seq = (SELECT max(seq) FROM measurement)")
    db.commit()
    db.close()
    app = launch(path, language=language)
    start = app.window("Samskap")
    find(start, "label", w.term("er skadet og kan ikke åpnes trygt", "is damaged and cannot be opened safely"), contains=True)
    check(DEMO not in app.window_names(), "no window on the damaged project: %r" % app.window_names())


def test_open_the_handbooks_example(launch, home, binary, language):
    """The worked example of the handbook opens from the start screen, with its own file beside the demo."""
    import os
    import sqlite3
    w = Words(language)
    app = launch(language=language)
    click(find(app.window("Samskap"), "button", w("Open the handbook's _example: a refugee incubator")))
    window = app.window("Flyktninginkubatoren")
    find(window, "toggle", w("Impact"))
    path = os.path.join(home, "data", "samskap", "incubator.samskap")
    wait_for(lambda: os.path.exists(path), "the example's own file")
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    units = [row[0] for row in db.execute("SELECT unit FROM indicator ORDER BY seq")]
    db.close()
    check(units[2:5] == ["intervjuer", "jobbtilbud", "arbeidskontrakter"], "it counts what the example counts: %r" % units)
