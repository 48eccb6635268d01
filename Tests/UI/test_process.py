"""The Process page on a project with three partners (made with `samskap import-json` from a fixture): create a
round, add the partners as respondents, type every answer of three respondents with the fast-entry keys, read the
divergence list, check the answers in the file, and hide the results with an anonymity threshold of 4."""
import os

import pyatspi

from harness import App, check, click, find, type_into, wait_for, all_nodes
from saved import read_saved
from words import Words

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "process_three_partners.json")
PROJECT = "Møteplass Sagene"
ROUND = "Høst 2026"
STATEMENTS_PER_DIMENSION = 4
# The order of entry: action fields, then values (data/model), four statements each.
DIMENSIONS = ["equal-standing", "shared-goals", "communication", "anchoring", "facilitation", "resource-focus",
              "complementary-competence", "openness", "democracy", "creativity", "leadership"]
# Experience per respondent (in the order the partners were added) where they differ; 3 elsewhere, importance 4.
# Worked by hand: Kommunikasjon has respondent means 1, 3 and 5 (spread 4.0), Forankring 2, 3 and 4 (spread 2.0),
# every other dimension 3, 3 and 3 (spread 0): the most disputed is Kommunikasjon, then Forankring.
DIFFERENT = {"communication": [1, 3, 5], "anchoring": [2, 3, 4]}


def keys(respondent):
    """The key presses of one respondent: experience then importance for each statement; "?" on the last one."""
    out = []
    for dimension in DIMENSIONS:
        for s in range(STATEMENTS_PER_DIMENSION):
            if dimension == "leadership" and s == STATEMENTS_PER_DIMENSION - 1:
                out.append("?")  # don't know: left out of the means
                continue
            experience = DIFFERENT.get(dimension, [3, 3, 3])[respondent]
            out += [str(experience), "4"]
    return out


def press_keys(sequence):
    for key in sequence:
        keysym = 0x3f if key == "?" else ord(key)
        pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def test_rounds_entry_results(launch, home, binary, language):
    w = Words(language)
    path = os.path.join(home, PROJECT + ".samskap")
    cli = App(binary, home, language=language)
    result = cli.run_cli("import-json", FIXTURE, "-o", path)
    check(result.returncode == 0, "import-json makes the project: %s" % result.stderr)

    app = launch(path, language=language)
    window = app.window(PROJECT)
    click(find(window, "toggle", w("Process")))
    click(find(window, "toggle", w("Rounds")))

    # A round needs a label: an empty one shows the message and saves nothing.
    click(find(window, "button", w("C_reate round")))
    find(window, "label", w.term("Runden trenger et navn", "The round needs a label"), contains=True)
    type_into(find(window, "entry", w("Label of the new round")), ROUND)
    click(find(window, "button", w("C_reate round")))
    find(window, "entry", w("Round label"))
    click(find(window, "button", w("Add all partners")))
    find(window, "label", w("%1$s of %2$s answered", "0", "44"))

    # Fast entry: the statement card has the keyboard; two keys per statement, then the next respondent.
    click(find(window, "button", w("Enter answers")))
    card = find(window, None, w("Statement to answer"))
    wait_for(lambda: card.getState().contains(pyatspi.STATE_FOCUSED), "the statement card to have the keyboard")
    # The two rows of scores line up, whichever of them awaits its key.
    def columns():
        return [[(e.x, e.width) for e in (find(window, "toggle", w("%1$s %2$s", w(row), str(n))).queryComponent().getExtents(
            pyatspi.WINDOW_COORDS) for n in range(1, 6))] for row in ("Experience", "Importance")]
    awaiting_experience = columns()
    check(awaiting_experience[0] == awaiting_experience[1], "the rows line up while experience awaits: %r" % awaiting_experience)
    press_keys(keys(0)[:1])
    wait_for(lambda: columns() == awaiting_experience, "the rows to stay where they were while importance awaits: %r" % columns())
    pyatspi.Registry.generateKeyboardEvent(0xff08, None, pyatspi.KEY_SYM)  # BackSpace: the key undone, back to the start
    for respondent in range(3):
        press_keys(keys(respondent))
        if respondent < 2:
            # A respondent's last statement leads to a summary; the entry goes on only when asked to.
            # all_nodes lists only what is on screen: the summary's page of the stack, once it is shown.
            wait_for(lambda: all_nodes(window, "button", w("_Next respondent (Enter)").replace("_", "")),
                     "the summary to offer the next respondent", timeout=30)
            pyatspi.Registry.generateKeyboardEvent(0xff0d, None, pyatspi.KEY_SYM)  # Return
            wait_for(lambda: card.getState().contains(pyatspi.STATE_FOCUSED), "the next respondent's first statement to have the keyboard")
    find(window, "label", w("All %1$s respondents have been through every statement of “%2$s”.", "3", ROUND), timeout=30)

    # Every answer is its own undoable step: undo takes the last one (a "don't know") away, redo puts it back.
    click(find(window, "button", w("Undo")))
    click(find(window, "toggle", w("Rounds")))
    find(window, "label", w("%1$s of %2$s answered", "43", "44"))
    click(find(window, "button", w("Redo")))
    wait_for(lambda: len(all_nodes(window, "label", w("%1$s of %2$s answered", "44", "44"))) == 3, "all three respondents done again")

    # Results: the most disputed first, named as worked out above.
    click(find(window, "toggle", w("Results")))
    disputed = find(window, None, w("Most disputed"))
    titles = wait_for(lambda: [n.name for n in all_nodes(disputed, "label") if n.name[:2] in ("1.", "2.", "3.")],
                      "the divergence list")
    communication_name = w.term("Kommunikasjon", "Communication")
    anchoring_name = w.term("Forankring", "Anchoring")
    check(titles[0] == "1. " + communication_name, "the most disputed comes first: %r" % titles)
    check(titles[1] == "2. " + anchoring_name, "then the next most disputed: %r" % titles)

    # Anonymity: with a threshold of 4 and three respondents, every figure is hidden.
    spin = find(window, None, w("Fewest respondents before figures are shown"))
    type_into(spin, "4")
    find(window, "label", w("Hidden: fewer than %1$s answers", "4"))
    check(not all_nodes(disputed, "label", "1. " + communication_name), "nothing is named when everything is hidden")
    # Quit (the file is locked while open), then read the file with `samskap export-json`.
    click(find(window, "toggle", w("Main menu")))
    app.click_ending(find(app.root, "menu item", w("Quit")))
    app.wait_exit()
    saved, how = read_saved(binary, path)
    answers = saved["answers"]
    check(len(answers) == 3 * 44, "every answer is in the file (%s): %d" % (how, len(answers)))
    by_partner = {r["id"]: r.get("partnerID") for r in saved["respondents"]}
    first = "A1000000-0000-4000-8000-000000000001"
    communication = [a for a in answers if a["statementID"].startswith("communication.") and by_partner[a["respondentID"]] == first]
    check(len(communication) == 4 and all(a["experience"] == 1 and a["importance"] == 4 for a in communication),
          "the first partner's answers to Kommunikasjon are saved: %r" % communication)
    dont_know = [a for a in answers if a["statementID"] == "leadership.4"]
    check(len(dont_know) == 3 and all(a["dontKnow"] and a.get("experience") is None for a in dont_know),
          "“don't know” is saved without scores: %r" % dont_know)

    check(how == "export-json", "the file is read with samskap export-json")
    check(saved["project"]["anonymityThreshold"] == 4, "the threshold is saved: %r" % saved["project"].get("anonymityThreshold"))
