"""Each fact is edited in one place: the project's cell and staircase on the Overview, an activity's cell with the
activity in impact step 4; Process › Position shows them with the way there, and no control of its own for them."""
import pyatspi

from harness import absent, all_nodes, check, click, find, text_of, wait_for
from words import Words

DEMO = "Trygg bolig Drammen"


def test_position_shows_the_cell_and_staircase_and_leads_to_the_overview(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    window = app.window(DEMO)
    click(find(window, "toggle", w("Process")))
    click(find(window, "toggle", w("Position")))

    # Shown in words, with the step of each area, and no drop-down of its own for them.
    find(window, "label", w("The project as a whole"))
    cell = find(window, "label", w.term("Samproduksjon (tykk)", "Co-production (thick)"), contains=True)
    check(w.term("Sammen", "Together") in cell.name, "the project's cell is shown in words: %r" % cell.name)
    find(window, "label", w.term("Bolig og tjenestekontor: 3. Ambisiøs", "Bolig og tjenestekontor: 3. Ambitious"), contains=True)
    absent(window, "combo", w("Who plans and designs"))
    absent(window, "combo", w("Who delivers"))

    # The way to where they are edited.
    click(find(window, "button", w("Change the staircase on the Overview")))
    wait_for(lambda: find(window, "button", w("Record a phase change under Process › Position"), timeout=2) is not None,
             "the Overview, where the staircase is edited, is shown")
    click(find(window, "toggle", w("Process")))
    click(find(window, "button", w("Change the project's cell on the Overview")))
    find(window, "button", w("Record a phase change under Process › Position"))

    # An activity's cell in words, and the way to step 4 where the activity is edited with the cursor in its name.
    click(find(window, "toggle", w("Process")))
    thin = find(window, "label", w.term("Tynn samskaping", "Thin co-creation"), contains=True)
    check(thin.name.startswith(w.term("Tynn samskaping", "Thin co-creation")), "an activity's depth in words: %r" % thin.name)
    check(not all_nodes(window, "combo", "Felles boligplan", contains=True), "no drop-down of Position's own for an activity")
    click(find(window, "button", w("Change “%1$s” in step 4", "Felles boligplan")))
    wait_for(lambda: any(n.getState().contains(pyatspi.STATE_FOCUSED) and text_of(n) == "Felles boligplan"
                         for n in all_nodes(window, "entry", w("Activity name"))),
             "step 4 with the cursor in the activity's name")


def test_steps_one_and_two_show_the_problem_and_the_goals(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    window = app.window(DEMO)
    click(find(window, "toggle", w("Impact")))

    # Step 1: the problem as the Overview has it (the families' own words open it), and no text box of its own.
    click(find(window, "button", "1. %s" % w.term("Beskriv samfunnsproblemet", "Describe the social problem")))
    find(window, "label", w("The problem, as the Overview has it"))
    find(window, "label", "«Vi har flyttet fire ganger på tre år.", contains=True)
    absent(window, "text", w("Your text for step %1$s", "1"))
    click(find(window, "button", w("Change the problem on the Overview")))
    find(window, "button", w("Record a phase change under Process › Position"))

    # Step 2: the goals as Vision and goals has them, numbered.
    click(find(window, "toggle", w("Impact")))
    click(find(window, "button", "2. %s" % w.term("Sett overordnede mål", "Set overall goals")))
    find(window, "label", w("The overall goals, as Vision and goals has them"))
    find(window, "label", "1. Familiene i prosjektet har en bolig de kan bli boende i", contains=True)
    click(find(window, "button", w("Change the goals under Vision and goals")))
    find(window, "label", w.term("Felles visjon", "Shared vision"))

    # Step 3 keeps its own text.
    click(find(window, "toggle", w("Impact")))
    click(find(window, "button", "3. %s" % w.term("Analyser målgruppene", "Analyse the target groups")))
    find(window, None, w("Your text for step %1$s", "3"))
