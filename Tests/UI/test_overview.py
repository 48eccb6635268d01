"""The Overview shows the circle phase, edited in one place: recorded under Process › Position (with its date), shown
on the Overview with the way there, and undone from there too."""
import os

import pyatspi

from harness import absent, all_nodes, check, click, find, text_of, type_into, wait_for
from saved import read_saved
from words import Words

DEMO = "Trygg bolig Drammen"


def _key(keysym):
    """One key; keys reach the window in the order sent, so the caller waits for what they do."""
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def test_phase_shown_on_the_overview_recorded_under_position(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    window = app.window(DEMO)
    demo = os.path.join(home, "data", "samskap", "demo.samskap")

    def phase():
        return read_saved(binary, demo)[0]["project"].get("circlePhase")

    grow, map_it = w.term("La det vokse", "Grow it"), w.term("Kartlegg", "Map it")
    check(phase() == "grow", "the demo starts in «grow»: %r" % phase())
    # Read only on the Overview: the phase in words, no drop-down of its own.
    find(window, "label", grow)
    absent(window, "combo", w("Phase in the circle of social innovation"))

    # The way to where it is recorded: Position offers the next phase of the circle (after Grow, Map it again).
    click(find(window, "button", w("Record a phase change under Process › Position")))
    find(window, "combo", w("Phase entered"))
    click(find(window, "button", w("Record the phase change")))
    wait_for(lambda: phase() == "map", "«map» saved after recording it under Position")

    click(find(window, "toggle", w("Overview")))
    find(window, "label", map_it)
    click(find(window, "button", w("Undo")))
    wait_for(lambda: phase() == "grow", "Undo to bring «grow» back to the file")
    find(window, "label", grow)


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


def test_municipality_by_keyboard(launch, home, binary, language):
    """Typing a municipality shows matches without marking the field wrong; Down enters the list and Enter chooses;
    a name that matches nothing is said once the field is left."""
    w = Words(language)
    app = launch(language=language)
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    window = app.window(DEMO)
    demo = os.path.join(home, "data", "samskap", "demo.samskap")
    entry = find(window, "entry", w("Municipality"))

    type_into(entry, "Berge")
    wait_for(lambda: _shown(find(window, None, w("Matching municipalities"))) != "", "the matches are listed")
    check(not entry.getState().contains(pyatspi.STATE_INVALID), "no error while typing")
    check(not all_nodes(window, "label", w("Choose a municipality from the list.")), "no message while typing")

    _press(entry)                    # the cursor in the field, as a person would put it there
    _key(0xff54)                     # Down: into the list
    wait_for(lambda: any(n.getState().contains(pyatspi.STATE_FOCUSED)
                         for n in all_nodes(find(window, None, w("Matching municipalities")), "button")),
             "Down moves the focus to the first match")
    _key(0xff0d)                     # Return chooses it
    wait_for(lambda: text_of(entry) == "Bergen (4601)", "the field shows the chosen municipality")
    wait_for(lambda: _municipality(read_saved(binary, demo)[0]["project"]) == "Bergen", "Bergen saved as the municipality")

    _press(entry)
    type_into(entry, "Xyzzyvik")
    check(not entry.getState().contains(pyatspi.STATE_INVALID), "still no error while typing")
    _press(find(window, "entry", w("Project name")))  # on to the next field
    find(window, "label", w("No municipality matches “%1$s”. Check the spelling, or type the four-digit number.", "Xyzzyvik"))
    check(entry.getState().contains(pyatspi.STATE_INVALID), "marked once left")


def _municipality(project):
    """The saved municipality's name."""
    return (project.get("municipality") or {}).get("name")


def _press(node):
    """A real mouse click in the node, for what GTK gives no action (an entry): it takes the keyboard focus."""
    extents = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    pyatspi.Registry.generateMouseEvent(extents.x + extents.width // 2, extents.y + extents.height // 2, "b1c")
    wait_for(lambda: node.getState().contains(pyatspi.STATE_FOCUSED), "%r takes the focus" % node.name)
