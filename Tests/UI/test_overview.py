"""The Overview's drop-downs: the circle phase chosen by keyboard is saved at once, and Undo brings the old one back."""
import os
import time

import pyatspi

from harness import check, click, find, wait_for
from saved import read_saved
from words import Words

DEMO = "Trygg bolig Drammen"


def _key(keysym):
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(0.1)


def test_phase_by_keyboard_and_undo(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    window = app.window(DEMO)
    demo = os.path.join(home, "data", "samskap", "demo.samskap")

    def phase():
        return read_saved(binary, demo)[0]["project"].get("circlePhase")

    check(phase() == "grow", "the demo starts in «grow»: %r" % phase())
    phase_box = find(window, "combo", w("Phase in the circle of social innovation"))
    click(phase_box)                 # opens the list on the current phase
    time.sleep(0.4)
    _key(0xff50)                     # Home: «Not set»
    _key(0xff54)                     # Down: the first phase
    _key(0xff0d)                     # Return chooses it
    wait_for(lambda: phase() == "map", "«map» saved after choosing it by keyboard")
    check(w.term("Kartlegg", "Map it") in (phase_box.name + " " + _shown(phase_box)), "the drop-down shows the new phase")

    click(find(window, "button", w("Undo")))
    wait_for(lambda: phase() == "grow", "Undo to bring «grow» back to the file")


def _shown(node):
    """The texts shown inside a node (a drop-down's current item)."""
    texts = []
    stack = [node]
    while stack:
        n = stack.pop()
        try:
            if n.getRole() == pyatspi.ROLE_LABEL and n.name:
                texts.append(n.name)
            stack.extend(n.getChildAtIndex(i) for i in range(n.childCount))
        except Exception:
            continue
    return " ".join(texts)


def test_f10_opens_the_main_menu(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    window = app.window(DEMO)
    find(window, "entry", w("Project name"))
    wait_for(lambda: window.getState().contains(pyatspi.STATE_ACTIVE), "the window to have the keyboard")
    _key(0xffc7)                     # F10
    wait_for(lambda: len(_menu_items(app)) >= 5, "F10 to open the main menu")
    check(w("Undo") in _menu_items(app), "the project window's menu begins with Undo: %r" % _menu_items(app)[:3])


def _menu_items(app):
    from harness import all_nodes
    return [n.name for n in all_nodes(app.root, "menu item")]
