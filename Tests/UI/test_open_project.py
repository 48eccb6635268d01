"""Opening projects: the demo from the start screen, a file given twice."""
from harness import check, click, find, wait_for
from words import Words

DEMO = "Trygg bolig Drammen"


def test_open_demo(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    window = app.window(DEMO)
    click(find(window, "toggle", w("Partners")))
    buttons = [b for b in __import__("harness").all_nodes(window, "button") if b.name]
    check(len(buttons) > 5, "the demo's partners are listed")


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
