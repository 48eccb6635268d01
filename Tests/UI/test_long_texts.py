"""Long texts wrap instead of being cut: a goal of two lines shows both as the page opens, and a goal of several lines,
typed in a 960-pixel-wide window, shows whole in a field that grows, and is saved whole."""
import os

import pyatspi

from harness import check, click, find, text_of, type_into, wait_for
from saved import read_saved
from words import Words

DEMO = "Trygg bolig Drammen"
LONG_GOAL = ("Alle familiene i prosjektet får en trygg og varig bolig de selv har vært med på å velge, i et nabolag der "
             "barna kan gå på samme skole gjennom hele oppveksten, og der både NAV, kommunen og frivillige møter dem "
             "med én samordnet plan i stedet for sju ulike vedtak – også i Ålesund, Bærum og Øygarden")


def _extents(node):
    return node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)


def test_a_long_goal_wraps(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language, extra_env={"SAMSKAP_WINDOW_SIZE": "960x800"})
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    window = app.window(DEMO)
    demo = os.path.join(home, "data", "samskap", "demo.samskap")
    click(find(window, "toggle", w("Vision and goals")))
    field = find(window, "entry", w("Goal %1$s", "1"))
    one_line = _extents(field).height
    # The demo's fourth goal takes two lines at this width: its field shows both, not the first cut off.
    fourth = find(window, "entry", w("Goal %1$s", "4"))
    # (A one-line field is a little taller than its line of text: a second line makes it at least half as tall again.)
    wait_for(lambda: _extents(fourth).height >= 1.5 * one_line,
             "goal 4's field to show its two lines (%d px; a one-line field is %d px)" % (_extents(fourth).height, one_line))

    type_into(field, LONG_GOAL)
    wait_for(lambda: _extents(field).height >= 3 * one_line * 0.8,
             "the goal's field to grow to the lines of its text (one line is %d px)" % one_line)
    e = _extents(field)
    check(e.x + e.width <= 960, "the field stays inside the window: %r" % ((e.x, e.width),))
    check(text_of(field) == LONG_GOAL, "the whole goal is in the field")
    wait_for(lambda: LONG_GOAL in [g.get("text") for g in read_saved(binary, demo)[0].get("goals", [])],
             "the whole goal saved")


def _shows_whole(node):
    """Whether the field's last character lies inside the field: a one-line entry scrolls a long text past its edge."""
    text = node.queryText()
    if text.characterCount == 0:
        return False
    x, y, width, height = text.getCharacterExtents(text.characterCount - 1, pyatspi.WINDOW_COORDS)
    e = _extents(node)
    return e.x <= x and x + width <= e.x + e.width + 1 and e.y <= y and y + height <= e.y + e.height + 1


def test_plan_descriptions_wrap(launch, home, binary, language):
    """Impact steps 3 and 4: a target group's and an activity's description show whole, in lines, at 960 px."""
    w = Words(language)
    app = launch(language=language, extra_env={"SAMSKAP_WINDOW_SIZE": "960x800"})
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    window = app.window(DEMO)
    click(find(window, "toggle", w("Impact")))
    click(find(window, "button", "3. %s" % w.term("Analyser målgruppene", "Analyse the target groups")))
    described = find(window, "entry", w("Who they are and what they need"))
    check(text_of(described).startswith("Fem husstander"), "the demo's description of the families: %r" % text_of(described))
    wait_for(lambda: _shows_whole(described), "the target group's description shown whole")
    click(find(window, "button", "4. %s" % w.term("Beskriv aktiviteter og endringsteori", "Describe activities and theory of change")))
    what = find(window, "entry", w("What happens"))
    check(text_of(what).startswith("Annenhver tirsdag"), "the demo's first activity: %r" % text_of(what))
    wait_for(lambda: _shows_whole(what), "the activity's description shown whole")
    e = _extents(what)
    check(e.x + e.width <= 960, "the field stays inside the window: %r" % ((e.x, e.width),))
