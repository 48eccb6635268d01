"""Multi-line text fields on a scrolled page: the mouse wheel over a field scrolls the page, and typing past the
bottom of the window keeps the cursor in sight; the text is saved."""
import os

import pyatspi

from harness import check, click, find, wait_for
from saved import read_saved
from words import Words

DEMO = "Trygg bolig Drammen"
LINES = 40  # the field grows well past the bottom of an 800-pixel window


def _extents(node):
    return node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)


def test_text_field_scrolling(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language, extra_env={"SAMSKAP_WINDOW_SIZE": "1280x800"})
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    window = app.window(DEMO)
    field = find(window, "entry", w("The problem"))
    before = _extents(field)

    # The wheel with the pointer on the field moves the page, not nothing.
    x, y = before.x + before.width // 2, before.y + before.height // 2
    for _ in range(6):
        pyatspi.Registry.generateMouseEvent(x, y, "b5c")
    wait_for(lambda: _extents(field).y < before.y - 40, "the page to scroll under the wheel over the problem field")

    # Back up, into the field, and line after line at the end of its text: the page follows the cursor down.
    for _ in range(12):
        pyatspi.Registry.generateMouseEvent(x, y, "b4c")
    wait_for(lambda: _extents(field).y == before.y, "the page back at the top")
    pyatspi.Registry.generateMouseEvent(x, y, "b1c")
    wait_for(lambda: field.getState().contains(pyatspi.STATE_FOCUSED), "the problem field to take the focus")
    text = field.queryText()
    text.setCaretOffset(text.characterCount)
    for _ in range(LINES):
        pyatspi.Registry.generateKeyboardEvent(0xff0d, None, pyatspi.KEY_SYM)  # Return
        pyatspi.Registry.generateKeyboardEvent(ord("x"), None, pyatspi.KEY_SYM)
    bottom = _extents(window).height

    def cursor_in_sight():
        # GTK 4.8 gives character extents relative to the window only.
        t = field.queryText()
        mark = t.getCharacterExtents(t.characterCount - 1, pyatspi.WINDOW_COORDS)
        return mark[1] > 0 and mark[1] + mark[3] <= bottom

    # Keys arrive in order but not at once: every line in the field first, then the cursor's place.
    wait_for(lambda: field.queryText().getText(0, -1).count("\nx") == LINES, "all %d typed lines in the field" % LINES)
    wait_for(cursor_in_sight, "the cursor's line in sight after %d new lines" % LINES)

    demo = os.path.join(home, "data", "samskap", "demo.samskap")
    saved, how = read_saved(binary, demo)
    problem = saved["project"]["problem"]
    check(problem.count("\nx") == LINES, "every typed line is saved (%s): %r" % (how, problem[-80:]))
