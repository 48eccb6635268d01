"""Each fact is edited in one place: the project's cell and staircase on the Overview; Process › Position shows them
with the way there, and no control of its own for them."""
from harness import absent, check, click, find, wait_for
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
    wait_for(lambda: find(window, "combo", w("Phase in the circle of social innovation"), timeout=2) is not None,
             "the Overview, where the staircase is edited, is shown")
    click(find(window, "toggle", w("Process")))
    click(find(window, "button", w("Change the project's cell on the Overview")))
    find(window, "combo", w("Phase in the circle of social innovation"))
