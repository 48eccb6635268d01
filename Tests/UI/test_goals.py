"""Vision and goals: a goal is added at the end, moved up, and removed, and a partner's sub-goal is added, each in the
file at once; the field a goal or sub-goal was added from is emptied for the next."""
from harness import all_nodes, check, click, find, text_of, type_into, wait_for
from unsaved import open_demo, saved
from words import Words

NEW_GOAL = "Every family knows whom to call, and that person answers within a day."
NEW_SUB_GOAL = "Ten volunteers are trained as housing guides."
PARTNER = "Frivilligsentralen"


def _goals(binary, path):
    return [g["text"] for g in sorted(saved(binary, path)["goals"], key=lambda g: g["position"])]


def test_add_move_remove(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    window, path = open_demo(app, w)
    before = _goals(binary, path)
    count = len(before)
    click(find(window, "toggle", w("Vision and goals")))

    new_goal = find(window, "entry", w("New goal"))
    type_into(new_goal, NEW_GOAL)
    click(find(window, "button", w("Add goal")))
    wait_for(lambda: _goals(binary, path) == before + [NEW_GOAL], "the new goal last in the file")
    wait_for(lambda: text_of(new_goal) == "", "the new goal's field emptied (holds %r)" % text_of(new_goal))
    wait_for(lambda: text_of(find(window, "entry", w("Goal %1$s", str(count + 1)))) == NEW_GOAL, "the new goal's row")

    click(find(window, "button", w("Move goal %1$s up", str(count + 1))))
    wait_for(lambda: _goals(binary, path) == before[:-1] + [NEW_GOAL, before[-1]], "the new goal moved one up in the file")
    wait_for(lambda: text_of(find(window, "entry", w("Goal %1$s", str(count)))) == NEW_GOAL, "the row moved with it")

    click(find(window, "button", w("Remove goal %1$s", str(count))))
    wait_for(lambda: _goals(binary, path) == before, "the new goal removed from the file")

    sub_goals = lambda: [s["text"] for s in saved(binary, path)["subGoals"]]
    check(NEW_SUB_GOAL not in sub_goals(), "the demo has no such sub-goal yet")
    new_sub_goal = find(window, "entry", w("New sub-goal of %1$s", PARTNER))
    type_into(new_sub_goal, NEW_SUB_GOAL)
    click(find(window, "button", w("Add sub-goal of %1$s", PARTNER)))
    wait_for(lambda: NEW_SUB_GOAL in sub_goals(), "the sub-goal in the file")
    wait_for(lambda: NEW_SUB_GOAL in [text_of(e) for e in all_nodes(window, "entry", w("Sub-goal of %1$s", PARTNER))],
             "the sub-goal's field on the page")
    wait_for(lambda: text_of(find(window, "entry", w("New sub-goal of %1$s", PARTNER))) == "",
             "the partner's new sub-goal field emptied")

