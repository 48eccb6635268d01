"""Impact steps 3 and 4 in the window: a target group with a size (a wrong size marked and not saved), an activity
with an input, two links of the theory of change, and a changed target that asks for its reason and keeps the earlier
one; every result checked in the file without the window."""
import json
import os
import subprocess
import pyatspi

from harness import check, click, find, all_nodes, type_into, wait_for
from test_impact import DEMO, open_impact, read_saved, step_button
from words import ROOT, Words

HOME, DOWN, RETURN = 0xff50, 0xff54, 0xff0d


def shot(name):
    """A screenshot for the helper's own look, when SAMSKAP_SHOTS names a folder."""
    folder = os.environ.get("SAMSKAP_SHOTS")
    if folder:
        subprocess.run(["import", "-window", "root", os.path.join(folder, name + ".png")], check=False)


def test_plan_steps(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    window = open_impact(app, w)
    path = os.path.join(home, "data", "samskap", "demo.samskap")
    before, _ = read_saved(binary, path)
    groups_before = len(before["project"]["targetGroups"])

    # Step 3: a target group with its size; a size that is not a number is marked and not saved.
    click(step_button(window, w, 3, "Analyser målgruppene", "Analyse the target groups"))
    click(find(window, "button", w("Add a target group")))
    wait_for(lambda: len(all_nodes(window, "entry", w("Target group name"))) == groups_before + 1, "the new target group's row")
    type_into(all_nodes(window, "entry", w("Target group name"))[-1], "Pårørende")
    size = all_nodes(window, "entry", w("Estimated size"))[-1]
    type_into(size, "mange")
    find(window, "label", w("“%1$s” is not a whole number. Type about how many people, e.g. 120.", "mange"))
    type_into(size, "40")
    group = wait_for(lambda: (lambda g: g if g and g[-1]["name"] == "Pårørende" and g[-1].get("estimatedSize") == 40 else None)(
        read_saved(binary, path)[0]["project"]["targetGroups"]), "the target group in the file")[-1]
    shot("plan-step3")

    # Step 4: an activity with an input, and links from it to an output and on to an outcome.
    click(step_button(window, w, 4, "Beskriv aktiviteter og endringsteori", "Describe activities and theory of change"))
    click(find(window, "button", w("Add an activity")))
    click(find(window, "button", w("Add an input to “%1$s”", w("New activity"))))
    amount = wait_for(lambda: all_nodes(window, "entry", w("Amount")), "the input's amount field")[-1]
    type_into(amount, "120")
    type_into(all_nodes(window, "entry", w("Activity name"))[-1], "Turgruppe")
    activity = wait_for(lambda: (lambda a: a if a[-1]["name"] == "Turgruppe" and a[-1].get("inputs") and a[-1]["inputs"][0].get("amount") == 120 else None)(
        read_saved(binary, path)[0]["project"]["activities"]), "the activity and its input in the file")[-1]
    check(activity["inputs"][0]["kind"] == "hours", "the input counts hours: %r" % activity["inputs"][0])
    links_before = len(before["project"].get("resultLinks", []))
    click(find(window, "button", w("Add a link")))
    click(find(window, "button", w("Add a link")))
    links = wait_for(lambda: (lambda l: l if len(l) == links_before + 2 else None)(
        read_saved(binary, path)[0]["project"].get("resultLinks", [])), "two links in the file")
    check(all(link["evidence"] == "assumption" for link in links[links_before:]), "a new link starts as an assumption: %r" % links[links_before:])
    type_into(all_nodes(window, "entry", w("Note or reference"))[-1], "Erfaring fra Lier")
    wait_for(lambda: read_saved(binary, path)[0]["project"]["resultLinks"][-1]["note"] == "Erfaring fra Lier", "the link's note in the file")
    find(window, "label", w("Advice on the plan"))
    # Placed where figure 2 has no activity (civil society plans, professionals deliver): the advice names it. The step
    # shown again from its top, so that the first activity's drop-downs are on screen to be clicked.
    click(step_button(window, w, 4, "Beskriv aktiviteter og endringsteori", "Describe activities and theory of change"))
    for caption, downs in (("Who plans it", 3), ("Who delivers it", 1)):
        combo = find(window, "combo", w(caption))
        click(combo)
        find(window, "list", combo.name, timeout=5)
        for key in [HOME] + [DOWN] * downs + [RETURN]:
            pyatspi.Registry.generateKeyboardEvent(key, None, pyatspi.KEY_SYM)
        wait_for(lambda: not all_nodes(window, "list", combo.name), "the list to close")
    wait_for(lambda: read_saved(binary, path)[0]["project"]["activities"][0].get("cell") ==
             {"planning": "civilSociety", "delivery": "professionals"}, "the activity's cell in the file")
    first_activity = before["project"]["activities"][0]["name"]
    finding = w("The activity “%1$s” is placed where civil society plans and professionals deliver; figure 2 has no activity there.", first_activity)
    find(window, "label", finding)
    find(window, "label", w("Choose under Impact › step 4 who plans and who delivers the activity."))
    shot("plan-step4")

    # A changed target asks for its reason; with it, the earlier target is kept in the history.
    click(step_button(window, w, 5, "Definer indikatorer", "Define indicators"))
    indicator = before["indicators"][0]
    click(find(window, "button", indicator["name"], contains=True))
    target = find(window, "entry", w("Target value"))
    old_target = indicator["target"].get("value")
    type_into(target, "999")
    find(window, "label", w("Say why the target, name or method changes; it is saved with the reason, and the earlier one is kept."))
    check(read_saved(binary, path)[0]["indicators"][0]["target"].get("value") == old_target, "no change of target without a reason")
    type_into(find(window, "entry", w("Reason for the change")), "Vi lærte mer")
    saved = wait_for(lambda: (lambda i: i if i["target"].get("value") == 999 else None)(read_saved(binary, path)[0]["indicators"][0]),
                     "the new target in the file")
    check([r["reason"] for r in saved.get("targetHistory", [])] == ["Vi lærte mer"], "the history keeps the reason: %r" % saved.get("targetHistory"))
    check(saved["targetHistory"][0]["target"].get("value") == old_target, "the history keeps the earlier target")
    find(window, "label", w("Earlier targets"), contains=True)
    shot("plan-target")

    # Thin and thick co-creation explained where the matrix is shown: a short popover in the window's language, from data/frameworks.
    guide = json.load(open(os.path.join(ROOT, "data", "frameworks", language + ".json"), encoding="utf-8"))
    click(find(window, "toggle", w("Process")))
    click(find(window, "toggle", w("Position")))
    click(find(window, "button", w("What is this? %1$s", guide["coCreation"]["title"])))
    find(window, "label", guide["coCreation"]["intro"])
    shot("plan-framework")

    # The four values and seven action fields explained beside the results, with the model's own summaries.
    model = json.load(open(os.path.join(ROOT, "data", "model", language + ".json"), encoding="utf-8"))
    pyatspi.Registry.generateKeyboardEvent(0xff1b, None, pyatspi.KEY_SYM)  # Escape closes the popover
    click(find(window, "toggle", w("Results")))
    click(find(window, "button", w("What is this? %1$s", w("The four values"))))
    first = model["values"][0]
    find(window, "label", "%d. %s: %s" % (first["number"], first["name"], first["summary"]))
