"""Shared steps of the tests of values that are not saved: the mark on a field, quitting with the question, the file."""
import os

import pyatspi

from harness import all_nodes, check, click, find, text_of, wait_for
from test_impact import read_saved

DEMO = "Trygg bolig Drammen"
ESCAPE = 0xff1b


def open_demo(app, w):
    """Opens the demo project from the start screen; returns its window and file."""
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    return app.window(DEMO), os.path.join(app.home, "data", "samskap", "demo.samskap")


def saved(binary, path):
    """The document as saved, read while the window holds the file."""
    return read_saved(binary, path)[0]


def shows_invalid(window, entry, text, message_part):
    """Waits until the field shows `text`, marked invalid for assistive technologies, with its message beside it."""
    wait_for(lambda: text_of(entry) == text, "the field to show %r again (shows %r)" % (text, text_of(entry)))
    wait_for(lambda: entry.getState().contains(pyatspi.STATE_INVALID), "%r marked invalid (GTK 4.8 says INVALID)" % entry.name)
    find(window, "label", message_part, contains=True)


def quit_and_answer_back(app, window, w, line):
    """Quits from the main menu, finds `line` in the question and goes back with Escape (the safe answer): the app
    stays open."""
    click(find(window, "toggle", w("Main menu")))
    click(find(app.root, "menu item", w("Quit")))
    dialog = app.window(w("Values not saved"))
    find(dialog, "label", line)
    find(dialog, "button", w("_Go back and correct"))
    pyatspi.Registry.generateKeyboardEvent(ESCAPE, None, pyatspi.KEY_SYM)
    wait_for(lambda: w("Values not saved") not in app.window_names(), "the question to close")
    check(app.process.poll() is None, "going back keeps the app open")


def quit_and_answer(app, window, w, line, away=None, revealed=None, item="Quit"):
    """Quits (or closes the window, with `item` "Close") from the main menu: the question names `line`; going back
    keeps the window and shows the value (`revealed` holds, after the test went `away` to another page first),
    closing anyway ends the app."""
    if away:
        click(find(window, "toggle", away))
    def ask():
        click(find(window, "toggle", w("Main menu")))
        click(find(app.root, "menu item", w(item)))
        return app.window(w("Values not saved"))

    dialog = ask()
    find(dialog, "label", line)
    click(find(dialog, "button", w("_Go back and correct")))
    wait_for(lambda: w("Values not saved") not in app.window_names(), "the question to close")
    check(app.process.poll() is None, "going back keeps the app open")
    if revealed:
        wait_for(revealed, "going back to show the value not saved")
    dialog = ask()
    click(find(dialog, "button", w("_Close anyway")))
    app.wait_exit()
    check("CRITICAL" not in app.read_log(), "GTK had no complaint: %s" % app.read_log())


def choose(window, role, name, shown, what):
    """Clicks a row of a list until `shown()` holds: lists are built anew whenever their page renders, so a row
    found a moment before may be gone when it is clicked."""
    def attempt():
        click(find(window, role, name))
        return shown()
    wait_for(attempt, what)


def text_shown(window, name):
    """The text of the showing entry with the name, or None while there is none (for conditions to wait on)."""
    nodes = all_nodes(window, "entry", name)
    return text_of(nodes[0]) if nodes else None
