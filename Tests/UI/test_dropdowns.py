"""The drop-downs (Form.dropDown) by keyboard alone: Tab to one, open it with Space or Alt+Down, move with the arrows,
Escape leaves the value as it was, Enter chooses; a staircase row shows the step chosen in it, and rows come and go
with their areas; one opened out of sight opens in view."""
import os

import pyatspi

from harness import all_nodes, check, click, find, wait_for
from test_impact import read_saved  # a snapshot read with export-json: the window keeps the file locked
from words import Words

DEMO = "Trygg bolig Drammen"
TAB, SPACE, RETURN, ESCAPE = 0xff09, 0x20, 0xff0d, 0xff1b
HOME, UP, DOWN = 0xff50, 0xff52, 0xff54
ALT_KEYCODE = 64  # Alt_L in the X server's default map


def _key(keysym):
    """One key; the X server hands keys to the window in the order sent, so the caller waits for what it does."""
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def _alt_down():
    pyatspi.Registry.generateKeyboardEvent(ALT_KEYCODE, None, pyatspi.KEY_PRESS)
    pyatspi.Registry.generateKeyboardEvent(DOWN, None, pyatspi.KEY_SYM)
    pyatspi.Registry.generateKeyboardEvent(ALT_KEYCODE, None, pyatspi.KEY_RELEASE)


def focused_node(window):
    """Where the keyboard is in the window, as (role, name, place): nodes are compared by what they show."""
    for node in all_nodes(window):
        if _has(node, pyatspi.STATE_FOCUSED):
            box = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
            return (node.getRole(), node.name, box.x, box.y, box.width, box.height)
    return None


def tab_to(window, target):
    """Presses Tab, each time after the one before has moved the focus, until `target` has the keyboard."""
    for _ in range(40):
        if _has(target, pyatspi.STATE_FOCUSED):
            return
        before = focused_node(window)
        _key(TAB)
        wait_for(lambda: _has(target, pyatspi.STATE_FOCUSED) or focused_node(window) != before, "Tab to move the focus")
    check(_has(target, pyatspi.STATE_FOCUSED), "Tab reaches %r" % target.name)


def _has(node, state):
    return node.getState().contains(state)


def shown_text(combo):
    """The text a drop-down shows: its one showing label (the list, when closed, and the sizing text are not there)."""
    labels = [n.name for n in all_nodes(combo, "label")]
    check(len(labels) == 1, "one text shown in %r: %r" % (combo.name, labels))
    return labels[0]


def open_list(window, name):
    """The drop-down's list once it shows."""
    return find(window, "list", name, timeout=5)


def focused_item(listing):
    items = [n for n in all_nodes(listing, "list item") if _has(n, pyatspi.STATE_FOCUSED)]
    return items[0] if len(items) == 1 else None


def item_text(item):
    return " ".join(n.name for n in all_nodes(item, "label"))


def open_demo(launch, language):
    w = Words(language)
    app = launch(language=language)
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    window = app.window(DEMO)
    find(window, "entry", w("Project name"))
    wait_for(lambda: _has(window, pyatspi.STATE_ACTIVE), "the window to have the keyboard")
    return w, window


def test_keyboard_alone(launch, home, binary, language):
    w, window = open_demo(launch, language)
    demo = os.path.join(home, "data", "samskap", "demo.samskap")

    def planning():
        return (read_saved(binary, demo)[0]["project"].get("cell") or {}).get("planning")

    # Who plans and designs (the circle phase is recorded under Process › Position, not chosen here).
    name = w("Who plans and designs")
    combo = find(window, "combo", name)
    together, alone, civil = (w.term("Sammen", "Together"), w.term("Fagfolk alene", "Professionals alone"),
                              w.term("Sivilsamfunnet alene", "Civil society alone"))
    check(shown_text(combo) == together, "the demo's choice is shown: %r" % shown_text(combo))
    check(not _has(combo, pyatspi.STATE_EXPANDED), "closed at first")
    width = combo.queryComponent().getExtents(pyatspi.WINDOW_COORDS).width

    # Tab through the window until the drop-down has the keyboard.
    tab_to(window, combo)

    # Space opens the list on the current choice; Up moves; Escape closes and changes nothing.
    _key(SPACE)
    listing = open_list(window, name)
    wait_for(lambda: _has(combo, pyatspi.STATE_EXPANDED), "the drop-down to say it is open")
    item = wait_for(lambda: focused_item(listing), "a focused item in the list")
    check(item_text(item) == together, "the list opens on the current choice: %r" % item_text(item))
    check(_has(item, pyatspi.STATE_SELECTED), "the current choice is selected")
    _key(UP)
    wait_for(lambda: item_text(focused_item(listing)) == alone, "Up to move to the choice before")
    _key(ESCAPE)
    wait_for(lambda: not all_nodes(window, "list", name), "Escape to close the list")
    wait_for(lambda: _has(combo, pyatspi.STATE_FOCUSED), "the keyboard back on the drop-down")
    check(not _has(combo, pyatspi.STATE_EXPANDED), "closed, and said so")
    check(shown_text(combo) == together, "Escape leaves the choice shown: %r" % shown_text(combo))
    # The list closed and the keyboard came back in the handler of Escape; a choice would have been saved there too.
    check(planning() == "together", "Escape leaves the file: %r" % planning())

    # Alt+Down opens it again; Home and Down three times and Enter choose the last.
    _alt_down()
    listing = open_list(window, name)
    wait_for(lambda: item_text(focused_item(listing)) == together, "Alt+Down to open the list on the current choice")
    _key(HOME)
    wait_for(lambda: item_text(focused_item(listing)) == w("Not set"), "Home to move to the first item")
    for _ in range(3):
        _key(DOWN)
    wait_for(lambda: item_text(focused_item(listing)) == civil, "Down three times to move to the last choice")
    _key(RETURN)
    wait_for(lambda: not all_nodes(window, "list", name), "Enter to close the list")
    wait_for(lambda: planning() == "civilSociety", "«civilSociety» saved after choosing it by keyboard")
    check(shown_text(combo) == civil, "the drop-down shows the choice: %r" % shown_text(combo))
    check(_has(combo, pyatspi.STATE_FOCUSED), "the keyboard is back on the drop-down")
    check(combo.queryComponent().getExtents(pyatspi.WINDOW_COORDS).width == width, "the drop-down keeps its width")


def test_staircase_step(launch, home, binary, language):
    w, window = open_demo(launch, language)
    demo = os.path.join(home, "data", "samskap", "demo.samskap")
    area = "NAV-kontoret"

    def step():
        return {p["area"]: p["step"] for p in read_saved(binary, demo)[0]["project"]["staircase"]}.get(area)

    def steps_text(number, nb, en):
        return "%d. %s" % (number, w.term(nb, en))

    name = w("Step of %1$s", area)
    combo = find(window, "combo", name)
    check(step() == "inviting", "the demo has NAV-kontoret inviting: %r" % step())
    check(shown_text(combo) == steps_text(2, "Inviterende", "Inviting"), "the row shows its step: %r" % shown_text(combo))
    combos = [find(window, "combo", w("Step of %1$s", a)) for a in ("Bolig og tjenestekontor", area, "Oppvekst og skole")]
    widths = {c.queryComponent().getExtents(pyatspi.WINDOW_COORDS).width for c in combos}
    check(len(widths) == 1, "the rows' drop-downs are equally wide, so the rows line up: %r" % widths)

    click(combo)
    listing = open_list(window, name)
    wait_for(lambda: item_text(focused_item(listing)) == steps_text(2, "Inviterende", "Inviting"), "the list on the row's step")
    _key(DOWN)
    _key(DOWN)
    _key(RETURN)
    wait_for(lambda: step() == "mature", "«mature» saved for NAV-kontoret")
    wait_for(lambda: shown_text(combo) == steps_text(4, "Moden", "Mature"), "the row to show the chosen step")
    check({c.queryComponent().getExtents(pyatspi.WINDOW_COORDS).width for c in combos} == widths, "the rows still line up")

    # Removing the row takes it off the page as well as out of the file; an added area gets a row of its own.
    click(find(window, "button", w("Remove %1$s", area)))
    wait_for(lambda: area not in read_saved(binary, demo)[0]["project"]["staircase"].__repr__(), "the row removed from the file")
    wait_for(lambda: not all_nodes(window, "combo", name), "the removed row gone from the page")
    new_area = "Kultur og fritid æøå"
    entry = find(window, "entry", w("New unit or area"))
    entry.queryEditableText().setTextContents(new_area)
    click(find(window, "button", w("Add unit or area")))
    find(window, "combo", w("Step of %1$s", new_area))


def test_opened_from_out_of_sight(launch, home, binary, language):
    """An assistive technology may open a drop-down the page has scrolled away: the page brings it into the window
    first, and the list opens there (anchored outside every monitor, GDK could not place it and says so)."""
    w = Words(language)
    app = launch(language=language)
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    window = app.window(DEMO)
    click(find(window, "toggle", w("Impact")))
    click(find(window, "button", "9. " + w.term("Mål jevnlig", "Measure regularly")))
    name = w("Responsible partner")
    combo = find(window, "combo", name)
    frame = window.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    check(combo.queryComponent().getExtents(pyatspi.WINDOW_COORDS).y > frame.y + frame.height,
          "the drop-down starts out of sight, below the window")
    click(combo)
    listing = open_list(window, name)
    wait_for(lambda: focused_item(listing), "the list to open with the keyboard in it")
    box = combo.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    check(frame.y < box.y and box.y + box.height < frame.y + frame.height, "the page scrolled the drop-down into view: %r" % (box,))
    check("CRITICAL" not in app.read_log(), "GTK had no complaint: %s" % app.read_log())
    _key(ESCAPE)
    wait_for(lambda: _has(combo, pyatspi.STATE_FOCUSED), "the keyboard on the drop-down after Escape")
