"""Issue 11: a value that does not validate never costs the others. Per form: one bad and two good fields, away and
back (the bad value is still there, marked), quit (the question names it), reopen (the good values are in the file)."""
import os

from harness import all_nodes, check, click, find, text_of, type_into, wait_for
from unsaved import DEMO, choose, open_demo, quit_and_answer, quit_and_answer_back, saved, shows_invalid, text_shown
from words import Words

PARTNER = "NAV Drammen"
OTHER_PARTNER = "Frivilligsentralen"
BAD_EMAIL = "kari.nordmann@bergen"
PHONE = "32 21 40 00"
PERSON = "Kari Nordmann-Ås"


def _partner(document, name):
    return next(p for p in document["partners"] if p["name"] == name)


def test_partner(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    window, path = open_demo(app, w)
    bad_message = w.term("ser ikke riktig ut", "does not look right")

    click(find(window, "toggle", w("Partners")))
    choose(window, "button", PARTNER, lambda: text_of(find(window, "entry", w("Partner name"))) == PARTNER, PARTNER)
    email = find(window, "entry", w("E-mail"))
    type_into(email, BAD_EMAIL)
    find(window, "label", bad_message, contains=True)
    type_into(find(window, "entry", w("Telephone")), PHONE)
    type_into(find(window, "entry", w("Contact person")), PERSON)
    wait_for(lambda: (lambda p: p["contact"]["phone"] == PHONE and p["contact"]["person"] == PERSON)(
        _partner(saved(binary, path), PARTNER)), "the phone and the contact person in the file beside a bad e-mail")

    # Another partner, another page, and back: the bad e-mail is still in its field, marked.
    choose(window, "button", OTHER_PARTNER, lambda: text_of(find(window, "entry", w("Partner name"))) == OTHER_PARTNER, OTHER_PARTNER)
    wait_for(lambda: text_of(find(window, "entry", w("E-mail"))) != BAD_EMAIL, "the other partner in the form")
    click(find(window, "toggle", w("Overview")))
    click(find(window, "toggle", w("Partners")))
    choose(window, "button", PARTNER, lambda: text_of(find(window, "entry", w("Partner name"))) == PARTNER, PARTNER)
    shows_invalid(window, find(window, "entry", w("E-mail")), BAD_EMAIL, bad_message)
    # Replacing the text empties the field for a moment, a valid edit that is saved; the bad address never is.
    email_saved = _partner(saved(binary, path), PARTNER)["contact"]["email"]
    check(email_saved != BAD_EMAIL, "the bad e-mail is not in the file")

    quit_and_answer(app, window, w, w("%1$s: %2$s", w("%1$s for “%2$s”", w("E-mail"), PARTNER), BAD_EMAIL), away=w("Overview"),
                    revealed=lambda: text_shown(window, w("E-mail")) == BAD_EMAIL)

    again = launch(os.path.join(home, "data", "samskap", "demo.samskap"), language=language)
    window = again.window(DEMO)
    click(find(window, "toggle", w("Partners")))
    choose(window, "button", PARTNER, lambda: text_of(find(window, "entry", w("Partner name"))) == PARTNER, PARTNER)
    wait_for(lambda: text_of(find(window, "entry", w("Telephone"))) == PHONE, "the phone back after reopening")
    check(text_of(find(window, "entry", w("Contact person"))) == PERSON, "the contact person back after reopening")
    check(text_of(find(window, "entry", w("E-mail"))) == email_saved, "the e-mail as it was saved")


NEW_NAME = "Trygg bolig Drammen – «neste fase»"
BAD_DATE = "1.13.2025"


def test_project(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    window, path = open_demo(app, w)

    # An emptied staircase area is not saved; the edits after it draw the staircase again from the file.
    type_into(find(window, "entry", w("Unit or area")), "")
    find(window, "label", w("Name the unit or area, or remove the row."))
    start = find(window, "entry", w("Start date"))
    type_into(start, BAD_DATE)
    bad_message = w("“%1$s” is not a date. Write it as 1.3.2026.", BAD_DATE)
    find(window, "label", bad_message)
    type_into(find(window, "entry", w("End date")), "30.9.2026")
    type_into(find(window, "entry", w("Project name")), NEW_NAME)
    wait_for(lambda: (lambda p: p["name"] == NEW_NAME and p["period"].get("end") == "2026-09-30")(saved(binary, path)["project"]),
             "the name and the end date in the file beside a bad start date")

    click(find(window, "toggle", w("Partners")))
    click(find(window, "toggle", w("Overview")))
    shows_invalid(window, find(window, "entry", w("Start date")), BAD_DATE, bad_message)
    shows_invalid(window, find(window, "entry", w("Unit or area")), "", w("Name the unit or area, or remove the row."))
    check(saved(binary, path)["project"]["period"].get("start") in (None, "2024-09-01"), "the bad start date is not in the file")
    check(saved(binary, path)["project"]["staircase"][0]["area"] == "Bolig og tjenestekontor", "the emptied area keeps its name in the file")

    # Named as the project is called now, not as it was when the date was typed.
    quit_and_answer(app, window, w, w("%1$s: %2$s", w("%1$s for “%2$s”", w("Start date"), NEW_NAME), BAD_DATE), away=w("Partners"),
                    revealed=lambda: text_shown(window, w("Start date")) == BAD_DATE)

    again = launch(path, language=language)
    window = again.window(NEW_NAME)
    check(text_of(find(window, "entry", w("End date"))) == w.term("30.9.2026", "2026-09-30") or
          "2026" in text_of(find(window, "entry", w("End date"))), "the end date back after reopening")
    check(saved(binary, path)["project"]["period"].get("end") == "2026-09-30", "the end date in the file")


INDICATOR = "Husstander som får samordnet oppfølging"
OTHER_INDICATOR = "Boligkafeer gjennomført"
BAD_TARGET_DATE = "31.13.2026"


def _indicator(document, name):
    return next(i for i in document["indicators"] if i["name"] == name)


def test_indicator(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    window, path = open_demo(app, w)
    click(find(window, "toggle", w("Impact")))
    click(find(window, "button", "5. %s" % w.term("Definer indikatorer", "Define indicators")))
    choose(window, "button", INDICATOR, lambda: text_of(find(window, "entry", w("Indicator name"))) == INDICATOR, INDICATOR)

    target_date = find(window, "entry", w("Target date"))
    type_into(target_date, BAD_TARGET_DATE)
    bad_message = w("“%1$s” is not a date. Type it as 1.3.2026.", BAD_TARGET_DATE)
    find(window, "label", BAD_TARGET_DATE, contains=True)
    type_into(find(window, "entry", w("Unit")), "husstander i alt")
    type_into(find(window, "entry", w("Data source")), "Fagsystem og saksliste")
    wait_for(lambda: (lambda i: i["unit"] == "husstander i alt" and i["dataSource"] == "Fagsystem og saksliste")(
        _indicator(saved(binary, path), INDICATOR)), "the unit and the data source in the file beside a bad target date")

    choose(window, "button", OTHER_INDICATOR, lambda: text_of(find(window, "entry", w("Indicator name"))) == OTHER_INDICATOR,
           OTHER_INDICATOR)
    wait_for(lambda: text_of(find(window, "entry", w("Unit"))) != "husstander i alt", "the other indicator in the editor")
    click(find(window, "toggle", w("Overview")))
    click(find(window, "toggle", w("Impact")))
    choose(window, "button", INDICATOR, lambda: text_of(find(window, "entry", w("Indicator name"))) == INDICATOR, INDICATOR)
    shows_invalid(window, find(window, "entry", w("Target date")), BAD_TARGET_DATE, BAD_TARGET_DATE)
    check(_indicator(saved(binary, path), INDICATOR)["target"].get("date") != BAD_TARGET_DATE, "the bad date is not in the file")

    quit_and_answer(app, window, w, w("%1$s: %2$s", w("%1$s for “%2$s”", w("Target date"), INDICATOR), BAD_TARGET_DATE),
                    away=w("Overview"), revealed=lambda: text_shown(window, w("Target date")) == BAD_TARGET_DATE)

    again = launch(path, language=language)
    window = again.window(DEMO)
    click(find(window, "toggle", w("Impact")))
    click(find(window, "button", "5. %s" % w.term("Definer indikatorer", "Define indicators")))
    choose(window, "button", INDICATOR, lambda: text_of(find(window, "entry", w("Indicator name"))) == INDICATOR, INDICATOR)
    wait_for(lambda: text_of(find(window, "entry", w("Unit"))) == "husstander i alt", "the unit back after reopening")
    check(text_of(find(window, "entry", w("Data source"))) == "Fagsystem og saksliste", "the data source back after reopening")


def _cell_finder(window, w):
    """Finds a cell of the grid's first row in `window` by its column."""
    return lambda column: find(window, "entry", w("%1$s, row %2$s", w(column), "1"))


def _first_measurement(launch, binary, language):
    """The demo's measurement grid of INDICATOR opened: the words, the app, its window, the file, the first measurement
    as saved, and a finder for a cell of its row."""
    w = Words(language)
    app = launch(language=language)
    window, path = open_demo(app, w)
    indicator_id = _indicator(saved(binary, path), INDICATOR)["id"]
    first = sorted((m for m in saved(binary, path)["measurements"] if m["indicatorID"] == indicator_id), key=lambda m: m["date"])[0]
    click(find(window, "toggle", w("Impact")))
    click(find(window, "button", "9. %s" % w.term("Mål jevnlig", "Measure regularly")))
    choose(window, "button", INDICATOR, lambda: text_of(find(window, "entry", w("Indicator name"))) == INDICATOR, INDICATOR)
    return w, app, window, path, first, _cell_finder(window, w)


def test_measurement(launch, home, binary, language):
    w, app, window, path, first, cell = _first_measurement(launch, binary, language)

    type_into(cell("Value"), "tolv")
    find(window, "label", "tolv", contains=True)
    type_into(cell("Note"), "Tallet fra januar")
    type_into(cell("Source"), "Fagsystem")

    def first_saved():
        return next(m for m in saved(binary, path)["measurements"] if m["id"] == first["id"])
    wait_for(lambda: (lambda m: m["note"] == "Tallet fra januar" and m["source"] == "Fagsystem")(first_saved()),
             "the note and the source in the file beside a bad value on the same row")
    check(first_saved()["value"] == first["value"], "the value in the file is the one before: %r" % first_saved())

    choose(window, "button", OTHER_INDICATOR, lambda: text_of(find(window, "entry", w("Indicator name"))) == OTHER_INDICATOR,
           OTHER_INDICATOR)
    wait_for(lambda: text_of(cell("Note")) != "Tallet fra januar", "the other indicator's measurements in the grid")
    click(find(window, "toggle", w("Overview")))
    click(find(window, "toggle", w("Impact")))
    choose(window, "button", INDICATOR, lambda: text_of(find(window, "entry", w("Indicator name"))) == INDICATOR, INDICATOR)
    shows_invalid(window, cell("Value"), "tolv", "tolv")

    title = w("%1$s for “%2$s”, %3$s", w("Value"), INDICATOR, w.term("31.12.2024", "2024-12-31"))
    quit_and_answer(app, window, w, w("%1$s: %2$s", title, "tolv"), away=w("Overview"),
                    revealed=lambda: text_shown(window, w("%1$s, row %2$s", w("Value"), "1")) == "tolv")

    again = launch(path, language=language)
    window = again.window(DEMO)
    click(find(window, "toggle", w("Impact")))
    click(find(window, "button", "9. %s" % w.term("Mål jevnlig", "Measure regularly")))
    choose(window, "button", INDICATOR, lambda: text_of(find(window, "entry", w("Indicator name"))) == INDICATOR, INDICATOR)
    cell = _cell_finder(window, w)
    wait_for(lambda: text_of(cell("Note")) == "Tallet fra januar", "the note back after reopening")
    check(text_of(cell("Source")) == "Fagsystem", "the source back after reopening")


ROUND = "Midtveis"
OTHER_ROUND = "Oppstart"


def _round(document, round_id):
    return next(r for r in document["rounds"] if r["id"] == round_id)


def _choose_round(window, w, label):
    """Clicks a round in the list until the form shows it: the list is built anew whenever the page renders, so
    a row found a moment before may be gone when it is clicked."""
    def attempt():
        click(find(window, "button", label + ",", contains=True))
        return all_nodes(window, "label", w("Round: %1$s", label))
    wait_for(attempt, "round %r chosen" % label)


def test_round(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    window, path = open_demo(app, w)
    before = next(r for r in saved(binary, path)["rounds"] if r["label"] == ROUND)
    click(find(window, "toggle", w("Process")))
    click(find(window, "toggle", w("Rounds")))
    _choose_round(window, w, ROUND)

    type_into(find(window, "entry", w("Round label")), "")
    empty_message = w.term("Runden trenger et navn", "The round needs a label")
    find(window, "label", empty_message, contains=True)
    type_into(find(window, "entry", w("Round date")), "12.6.2025")
    click(find(window, "button", w("Reopen the round")))  # the demo's midway round is closed
    wait_for(lambda: (lambda r: r["date"] == "2025-06-12" and not r["isClosed"])(_round(saved(binary, path), before["id"])),
             "the date and the reopening in the file beside an empty label")
    check(_round(saved(binary, path), before["id"])["label"] == ROUND, "the empty label is not in the file")

    _choose_round(window, w, OTHER_ROUND)
    wait_for(lambda: text_of(find(window, "entry", w("Round label"))) == OTHER_ROUND, "the other round in the form")
    click(find(window, "toggle", w("Overview")))
    click(find(window, "toggle", w("Process")))
    _choose_round(window, w, ROUND)
    shows_invalid(window, find(window, "entry", w("Round label")), "", empty_message)

    quit_and_answer(app, window, w, w("%1$s: %2$s", w("%1$s for “%2$s”", w("Round label"), ROUND), w("(empty)")), away=w("Overview"),
                    revealed=lambda: all_nodes(window, "label", w("Round: %1$s", ROUND)))

    again = launch(path, language=language)
    window = again.window(DEMO)
    click(find(window, "toggle", w("Process")))
    click(find(window, "toggle", w("Rounds")))
    _choose_round(window, w, ROUND)
    wait_for(lambda: text_of(find(window, "entry", w("Round label"))) == ROUND, "the label as saved after reopening")
    check(_round(saved(binary, path), before["id"])["date"] == "2025-06-12", "the date in the file")


SUB_GOAL_PARTNER = "Frivilligsentralen"


def test_goals(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    window, path = open_demo(app, w)
    goals = saved(binary, path)["goals"]
    click(find(window, "toggle", w("Vision and goals")))

    type_into(find(window, "entry", w("Goal %1$s", "1")), "")
    empty_message = w.term("Målet er tomt", "The goal is empty")
    find(window, "label", empty_message, contains=True)
    type_into(find(window, "entry", w("Goal %1$s", "2")), "Ingen barn bytter skole fordi familien flytter.")
    type_into(find(window, "entry", w("Sub-goal of %1$s", SUB_GOAL_PARTNER)), "Tre av familiene er frivillige.")

    def texts():
        document = saved(binary, path)
        return [g["text"] for g in sorted(document["goals"], key=lambda g: g["position"])], [s["text"] for s in document["subGoals"]]
    wait_for(lambda: texts()[0][1] == "Ingen barn bytter skole fordi familien flytter." and "Tre av familiene er frivillige." in texts()[1],
             "goal 2 and the sub-goal in the file beside an emptied goal 1")
    check(texts()[0][0] == sorted(goals, key=lambda g: g["position"])[0]["text"], "goal 1 keeps its text in the file")

    click(find(window, "toggle", w("Overview")))
    click(find(window, "toggle", w("Vision and goals")))
    shows_invalid(window, find(window, "entry", w("Goal %1$s", "1")), "", empty_message)

    # Closing the window (not quitting) asks the same.
    quit_and_answer(app, window, w, w("%1$s: %2$s", w("Goal %1$s", "1"), w("(empty)")), away=w("Overview"),
                    revealed=lambda: text_shown(window, w("Goal %1$s", "1")) == "", item="Close")

    again = launch(path, language=language)
    window = again.window(DEMO)
    click(find(window, "toggle", w("Vision and goals")))
    wait_for(lambda: text_of(find(window, "entry", w("Goal %1$s", "2"))) == "Ingen barn bytter skole fordi familien flytter.",
             "goal 2 back after reopening")
    check(text_of(find(window, "entry", w("Sub-goal of %1$s", SUB_GOAL_PARTNER))) == "Tre av familiene er frivillige.",
          "the sub-goal back after reopening")


NEW_PARTNER = "Kirkens Bymisjon Drammen"
NEW_EMAIL = "post@bymisjon-drammen.no"


def test_new_partner_without_a_name(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    window, path = open_demo(app, w)
    click(find(window, "toggle", w("Partners")))
    click(find(window, "button", w("_Add partner")))
    type_into(find(window, "entry", w("E-mail")), NEW_EMAIL)
    type_into(find(window, "entry", w("Telephone")), "32 00 00 00")

    # Left for another partner before it had a name: the form goes there, and the new partner waits.
    choose(window, "button", OTHER_PARTNER, lambda: text_of(find(window, "entry", w("Partner name"))) == OTHER_PARTNER, OTHER_PARTNER)
    # No name: nothing can be saved, and quitting says so instead of dropping the partner; going back returns to it.
    quit_and_answer_back(app, window, w, w("%1$s: %2$s", w("%1$s for a new partner", w("Name")), w("(empty)")))
    wait_for(lambda: text_of(find(window, "entry", w("E-mail"))) == NEW_EMAIL, "the new partner back with its e-mail")
    check(text_of(find(window, "entry", w("Telephone"))) == "32 00 00 00", "and its telephone")
    type_into(find(window, "entry", w("Partner name")), NEW_PARTNER)
    wait_for(lambda: any(p["name"] == NEW_PARTNER and p["contact"]["email"] == NEW_EMAIL for p in saved(binary, path)["partners"]),
             "the named partner in the file with what was typed before its name")
    click(find(window, "toggle", w("Main menu")))
    app.click_ending(find(app.root, "menu item", w("Quit")))
    app.wait_exit()  # nothing left unsaved: no question


def test_new_indicator_left_for_another(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    window, path = open_demo(app, w)
    click(find(window, "toggle", w("Impact")))
    click(find(window, "button", "5. %s" % w.term("Definer indikatorer", "Define indicators")))
    click(find(window, "button", w("New indicator from scratch")))
    type_into(find(window, "entry", w("Unit")), "samtaler")
    type_into(find(window, "entry", w("Target date")), BAD_TARGET_DATE)
    find(window, "label", BAD_TARGET_DATE, contains=True)
    choose(window, "button", INDICATOR, lambda: text_of(find(window, "entry", w("Indicator name"))) == INDICATOR, INDICATOR)

    # Going back from the question on closing returns to the new indicator, as typed; "New indicator" would too.
    line = w("%1$s: %2$s", w("%1$s for a new indicator", w("Target date")), BAD_TARGET_DATE)
    quit_and_answer(app, window, w, line, away=w("Overview"),
                    revealed=lambda: text_shown(window, w("Unit")) == "samtaler" and text_shown(window, w("Target date")) == BAD_TARGET_DATE)


def test_pasted_over_a_stored_row(launch, home, binary, language):
    w, app, window, path, first, cell = _first_measurement(launch, binary, language)

    # A row from a spreadsheet over the first measurement: its good cells are saved, the bad value stays, marked.
    type_into(cell("Value"), "tretten\tLimt inn\tRegneark\r\n")
    def first_saved():
        return next(m for m in saved(binary, path)["measurements"] if m["id"] == first["id"])
    wait_for(lambda: (lambda m: m["note"] == "Limt inn" and m["source"] == "Regneark")(first_saved()),
             "the pasted note and source in the file beside a bad pasted value")
    check(first_saved()["value"] == first["value"], "the value in the file is the one before: %r" % first_saved())
    shows_invalid(window, cell("Value"), "tretten", "tretten")

    choose(window, "button", OTHER_INDICATOR, lambda: text_of(find(window, "entry", w("Indicator name"))) == OTHER_INDICATOR,
           OTHER_INDICATOR)
    choose(window, "button", INDICATOR, lambda: text_of(find(window, "entry", w("Indicator name"))) == INDICATOR, INDICATOR)
    shows_invalid(window, cell("Value"), "tretten", "tretten")
    title = w("%1$s for “%2$s”, %3$s", w("Value"), INDICATOR, w.term("31.12.2024", "2024-12-31"))
    quit_and_answer(app, window, w, w("%1$s: %2$s", title, "tretten"))


def _project(binary, path):
    return saved(binary, path)["project"]


def test_plan_fields(launch, home, binary, language):
    """Impact steps 3 and 4: a size and a date that do not read are kept through a rebuilt row and asked about on
    closing; an undone name is shown as undone."""
    w = Words(language)
    app = launch(language=language)
    window, path = open_demo(app, w)
    click(find(window, "toggle", w("Impact")))
    click(find(window, "button", "3. %s" % w.term("Analyser målgruppene", "Analyse the target groups")))
    size = find(window, "entry", w("Estimated size"))
    type_into(size, "mange")
    find(window, "label", w("“%1$s” is not a whole number. Type about how many people, e.g. 120.", "mange"))

    click(find(window, "button", "4. %s" % w.term("Beskriv aktiviteter og endringsteori", "Describe activities and theory of change")))
    start = lambda: find(window, "entry", w("Activity %1$s date", w("From")))
    type_into(start(), BAD_DATE)
    find(window, "label", BAD_DATE, contains=True)
    name = lambda: find(window, "entry", w("Activity name"))
    type_into(name(), "Boligkafé hver tirsdag")
    wait_for(lambda: _project(binary, path)["activities"][0]["name"] == "Boligkafé hver tirsdag", "the new name in the file")
    click(find(window, "button", w("Undo")))
    wait_for(lambda: text_shown(window, w("Activity name")) == "Boligkafé", "the undone name in its field")
    check(_project(binary, path)["activities"][0]["name"] == "Boligkafé", "the undone name in the file")
    # Another input builds the rows anew: the date that does not read is put back, marked.
    click(find(window, "button", w("Add an input to “%1$s”", "Boligkafé")))
    wait_for(lambda: len(_project(binary, path)["activities"][0].get("inputs", [])) == 1, "the input in the file")
    shows_invalid(window, start(), BAD_DATE, BAD_DATE)
    check(_project(binary, path)["activities"][0].get("period", {}).get("start") is None, "the bad date is not in the file")

    size_line = w("%1$s: %2$s", w("Estimated size of “%1$s”", "Barnefamilier med lav inntekt som leier"), "mange")
    date_line = w("%1$s: %2$s", w("%1$s for “%2$s”", w("From"), "Boligkafé"), BAD_DATE)
    quit_and_answer_back(app, window, w, date_line)
    quit_and_answer(app, window, w, size_line, away=w("Overview"), revealed=lambda: text_shown(window, w("Estimated size")) == "mange")


def test_new_measurement_row(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    window, path = open_demo(app, w)
    indicator_id = _indicator(saved(binary, path), INDICATOR)["id"]
    count = len([m for m in saved(binary, path)["measurements"] if m["indicatorID"] == indicator_id])
    click(find(window, "toggle", w("Impact")))
    click(find(window, "button", "9. %s" % w.term("Mål jevnlig", "Measure regularly")))
    choose(window, "button", INDICATOR, lambda: text_of(find(window, "entry", w("Indicator name"))) == INDICATOR, INDICATOR)
    row = str(count + 1)
    cell = lambda column: find(window, "entry", w("%1$s, row %2$s", w(column), row))
    type_into(cell("Date"), BAD_TARGET_DATE)
    type_into(cell("Value"), "9")
    find(window, "label", BAD_TARGET_DATE, contains=True)

    # Another indicator rebuilds the grid; back on this one the row is there again, marked.
    choose(window, "button", OTHER_INDICATOR, lambda: text_of(find(window, "entry", w("Indicator name"))) == OTHER_INDICATOR,
           OTHER_INDICATOR)
    choose(window, "button", INDICATOR, lambda: text_of(find(window, "entry", w("Indicator name"))) == INDICATOR, INDICATOR)
    shows_invalid(window, cell("Date"), BAD_TARGET_DATE, BAD_TARGET_DATE)
    check(text_of(cell("Value")) == "9", "the value of the new row is back too")

    line = w("%1$s: %2$s", w("New measurement of “%1$s”", INDICATOR), BAD_TARGET_DATE + " · 9")
    quit_and_answer(app, window, w, line, away=w("Overview"), revealed=lambda: text_shown(window, w("%1$s, row %2$s", w("Date"), row)) == BAD_TARGET_DATE)


def test_log_date(launch, home, binary, language):
    """The evaluation log: a bad date and a link saved beside it (its texts are text views, which GTK 4.8 does not let
    AT-SPI type into); an undo draws the entry again, and the bad date is still there."""
    from test_impact import click_shown, scroll_to
    w = Words(language)
    app = launch(language=language)
    window, path = open_demo(app, w)
    click(find(window, "toggle", w("Impact")))
    click(find(window, "button", "10. %s" % w.term("Evaluer og juster", "Evaluate and adjust")))
    shown_date = w.term("10.4.2026", "2026-04-10")
    date = find(window, "entry", w("%1$s (%2$s)", w("Date of the entry"), shown_date))
    type_into(date, BAD_TARGET_DATE)
    find(window, "label", BAD_TARGET_DATE, contains=True)
    link = find(window, "check", w("%1$s (%2$s)", w("About “%1$s”", OTHER_INDICATOR), shown_date))
    scroll_to(link, window)
    linked_before = link.getState().contains(__import__("pyatspi").STATE_CHECKED)
    click_shown(link, window)

    def linked():
        indicator_id = _indicator(saved(binary, path), OTHER_INDICATOR)["id"]
        entry = next(e for e in saved(binary, path)["evaluations"] if e["date"] == "2026-04-10")
        return indicator_id in entry["indicatorIDs"]
    wait_for(lambda: linked() != linked_before, "the link in the file beside a bad date")
    check(any(e["date"] == "2026-04-10" for e in saved(binary, path)["evaluations"]), "the bad date is not in the file")

    # Undo takes the link back and draws the entry again from the file: the bad date stays in its field.
    click(find(window, "button", w("Undo")))
    wait_for(lambda: linked() == linked_before, "the link undone in the file")
    shows_invalid(window, find(window, "entry", w("%1$s (%2$s)", w("Date of the entry"), shown_date)), BAD_TARGET_DATE, BAD_TARGET_DATE)

    quit_and_answer(app, window, w, w("%1$s: %2$s", w("%1$s (%2$s)", w("Date of the entry"), shown_date), BAD_TARGET_DATE),
                    away=w("Overview"), revealed=lambda: text_shown(window, w("%1$s (%2$s)", w("Date of the entry"), shown_date)) == BAD_TARGET_DATE)


NEW_ANCHOR = "Avtale med Husbanken om startlån"


def test_partner_anchor_points(launch, home, binary, language):
    """An emptied anchor point is kept in its row while another anchor point and the phone are saved."""
    w = Words(language)
    app = launch(language=language)
    window, path = open_demo(app, w)
    before = _partner(saved(binary, path), PARTNER)["anchorPoints"]
    up = w.term("Opp (fortøyning)", "Up (mooring)")
    click(find(window, "toggle", w("Partners")))
    choose(window, "button", PARTNER, lambda: text_of(find(window, "entry", w("Partner name"))) == PARTNER, PARTNER)

    type_into(find(window, "entry", w("Anchor point: %1$s", up)), "")
    empty_message = w.term("er tomt", "is empty")
    find(window, "label", empty_message, contains=True)
    type_into(find(window, "entry", w("New anchor point: %1$s", up)), NEW_ANCHOR)
    click(find(window, "button", w("Add anchor point: %1$s", up)))
    type_into(find(window, "entry", w("Telephone")), PHONE)

    def anchors():
        return [(a["direction"], a["text"]) for a in _partner(saved(binary, path), PARTNER)["anchorPoints"]]
    wait_for(lambda: ("up", NEW_ANCHOR) in anchors() and _partner(saved(binary, path), PARTNER)["contact"]["phone"] == PHONE,
             "the new anchor point and the phone in the file beside an emptied one")
    check(("up", before[0]["text"]) in anchors(), "the emptied anchor point keeps its text in the file: %r" % anchors())

    choose(window, "button", OTHER_PARTNER, lambda: text_of(find(window, "entry", w("Partner name"))) == OTHER_PARTNER, OTHER_PARTNER)
    choose(window, "button", PARTNER, lambda: text_of(find(window, "entry", w("Partner name"))) == PARTNER, PARTNER)
    shows_invalid(window, find(window, "entry", w("Anchor point: %1$s", up)), "", empty_message)

    quit_and_answer(app, window, w, w("%1$s: %2$s", w("Anchor point (%1$s) for “%2$s”", up, PARTNER), w("(empty)")))
