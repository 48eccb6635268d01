"""The Impact page on the demo project: the ten steps, an indicator from scratch and one from the
catalogue, measurements typed and pasted into the grid (an invalid one is marked and not saved),
CSV export and import with errors by line and column; every result checked in the file without the window."""
import os
import sqlite3
import tempfile

import pyatspi

from harness import absent, all_nodes, check, click, find, poll, text_of, type_into, wait_for
import saved
from words import Words

DEMO = "Trygg bolig Drammen"
INDICATOR = "Kvinner på språkkafé i Åsgårdstrand – «Møteplassen» æøå ÆØÅ, en lang indikator som må bryte linjen pent"


def read_saved(binary, path):
    """The saved document through `samskap export-json`, read from a snapshot: the window keeps the file locked
    while it is open, and SQLite's backup copies it consistently, the pages in the WAL included."""
    copy = os.path.join(tempfile.mkdtemp(prefix="samskap-snapshot-"), "snapshot.samskap")
    source = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    target = sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    document, how = saved.read_saved(binary, copy)
    if how != "export-json":
        raise AssertionError("samskap export-json could not read the snapshot of " + path)
    return document, how


def click_shown(node, window):
    """Clicks a check or radio button, which GTK 4.8 gives no AT-SPI action (the harness clicks it with the
    mouse): fails unless the button lies inside the window, where a click can reach it."""
    frame = window.queryComponent().getExtents(pyatspi.WINDOW_COORDS)

    def on_screen():  # the page scrolls to the focused field first
        box = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        return frame.y < box.y and box.y + box.height < frame.y + frame.height

    wait_for(on_screen, "%r on screen in %r" % (node.name, frame))
    click(node)


def scroll_to(node, window):
    """Turns the mouse wheel beside the page's content (inner scrollers would take it) until the node is on screen."""
    frame = window.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    for _ in range(60):
        box = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        if frame.y + 80 < box.y and box.y + box.height < frame.y + frame.height - 40:
            return
        button = "b5c" if box.y > frame.y + frame.height // 2 else "b4c"
        pyatspi.Registry.generateMouseEvent(frame.x + frame.width - 12, frame.y + frame.height // 2, button)
        # At either end of the page the wheel moves nothing: the loop then ends on its count, as before.
        poll(lambda: node.queryComponent().getExtents(pyatspi.WINDOW_COORDS).y != box.y, timeout=2.0)


def open_impact(app, w):
    click(find(app.window("Samskap"), "button", w("Open the _demo project")))
    window = app.window(DEMO)
    click(find(window, "toggle", w("Impact")))
    return window


def step_button(window, w, number, nb, en):
    return find(window, "button", "%d. %s" % (number, w.term(nb, en)))


def saved_indicator(binary, path, name):
    saved, _ = read_saved(binary, path)
    found = [i for i in saved["indicators"] if i["name"] == name]
    return (found[0] if found else None), saved


def test_indicator_and_grid(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    window = open_impact(app, w)
    path = os.path.join(home, "data", "samskap", "demo.samskap")
    before, _ = read_saved(binary, path)

    # The guided sequence: step 5 opens the indicators; each step has guidance and an example.
    click(step_button(window, w, 5, "Definer indikatorer", "Define indicators"))
    find(window, "label", w("Step %1$s of 10", "5"))
    find(window, "label", w("Example"))

    # An indicator from scratch: name, level, unit, baseline and target.
    click(find(window, "button", w("New indicator from scratch")))
    find(window, "label", w("New indicator"))  # the editor now holds the new, empty indicator
    type_into(find(window, "entry", w("Indicator name")), INDICATOR)
    click_shown(find(window, "radio", w.term("Virkning", "Outcome")), window)
    type_into(find(window, "entry", w("Unit")), "deltakere")
    type_into(find(window, "entry", w("Baseline value")), "4")
    type_into(find(window, "entry", w("Baseline date")), "1.9.2025")
    type_into(find(window, "entry", w("Target value")), "30,5")
    type_into(find(window, "entry", w("Target date")), "30.6.2026")
    indicator = wait_for(lambda: (lambda i: i if i and i["target"].get("value") == 30.5 and i["target"].get("date") else None)(
        saved_indicator(binary, path, INDICATOR)[0]), "the new indicator in the file")
    check(indicator["level"] == "outcome", "the level is saved: %r" % indicator["level"])
    check(indicator["unit"] == "deltakere", "the unit is saved: %r" % indicator["unit"])
    check(indicator["baseline"] == {"value": 4, "date": "2025-09-01"}, "the baseline is saved: %r" % indicator["baseline"])
    check(indicator["target"]["date"] == "2026-06-30", "the target date is saved: %r" % indicator["target"])

    # A number field that does not read is marked and not saved.
    target = find(window, "entry", w("Target value"))
    type_into(target, "tretti")
    find(window, "label", w("“%1$s” is not a number. Type for example 12 or 12,5.", "tretti"))
    # Replacing the text empties the field for a moment, which is a valid edit; the word never reaches the file.
    check(saved_indicator(binary, path, INDICATOR)[0]["target"].get("value") in (None, 30.5), "an unreadable target is not saved")
    type_into(target, "30,5")
    wait_for(lambda: saved_indicator(binary, path, INDICATOR)[0]["target"].get("value") == 30.5, "the corrected target in the file")

    # Three measurements in the grid, one of them invalid.
    row = lambda column, n: find(window, "entry", w("%1$s, row %2$s", w(column), str(n)))
    type_into(row("Date", 1), "1.10.2025")
    type_into(row("Value", 1), "7")
    type_into(row("Date", 2), "1.1.2026")
    type_into(row("Value", 2), "12,5")
    type_into(row("Note", 2), "Økt oppmøte etter at vi flyttet til kjøkkenet")
    type_into(row("Date", 3), "1.4.2026")
    type_into(row("Value", 3), "tolv")
    find(window, "label", "tolv", contains=True)
    check(row("Value", 3).getState().contains(pyatspi.STATE_INVALID), "the invalid cell is marked for screen readers (GTK 4.8 says INVALID)")

    def own_measurements():
        saved, _ = read_saved(binary, path)
        return sorted([m for m in saved["measurements"] if m["indicatorID"] == indicator["id"]], key=lambda m: m["date"])
    wait_for(lambda: len(own_measurements()) == 2, "two measurements in the file")
    saved_ms = own_measurements()
    check([m["value"] for m in saved_ms] == [7, 12.5], "exactly the two valid measurements are saved: %r" % saved_ms)
    check(saved_ms[1]["note"] == "Økt oppmøte etter at vi flyttet til kjøkkenet", "the note is saved with æøå")

    # A block pasted from a spreadsheet, heading included, into the new row: two more measurements, one undo step.
    type_into(row("Date", 4), "Dato\tVerdi\tNotat\r\n1.5.2026\t14\tMai\r\n2026-06-01\t15.5\tJuni\r\n")
    wait_for(lambda: len(own_measurements()) == 4, "the pasted measurements in the file")
    check([m["value"] for m in own_measurements()] == [7, 12.5, 14, 15.5], "decimal comma and point both read")
    find(window, "entry", w("%1$s, row %2$s", w("Date"), "6"))  # rows 4 and 5 pasted, 6 the new row
    click(find(window, "button", w("Undo")))
    wait_for(lambda: len(own_measurements()) == 2, "the paste undone in one step")
    click(find(window, "button", w("Redo")))
    wait_for(lambda: len(own_measurements()) == 4, "the paste redone")

    # An indicator from the catalogue, in the window's language.
    click(find(window, "button", w("From the _catalogue…")))
    catalogue = app.window(w("Indicator catalogue"))  # a window of its own, seen wherever the page is scrolled
    type_into(find(catalogue, None, w("Search the catalogue")), w.term("startet i tiltaket", "started in the programme"))
    entry = w.term("Deltakere som har startet i tiltaket", "Participants who have started in the programme")
    # The search lists what matches in every area once typing pauses; then the one match is chosen.
    wait_for(lambda: len([b for b in all_nodes(catalogue, "button") if b.name.startswith(w("Add “%1$s”", "\x00").split("\x00")[0])]) == 1,
             "the search narrows the catalogue to the one match")
    click(find(catalogue, "button", w("Add “%1$s”", entry)))
    picked = wait_for(lambda: saved_indicator(binary, path, entry)[0], "the catalogue indicator in the file")
    check(picked["catalogueID"] == "employment.participants-started", "the catalogue id is kept: %r" % picked)
    check(picked["unit"] == w.term("personer", "people"), "the unit comes in the window's language: %r" % picked["unit"])
    saved, _ = read_saved(binary, path)
    check(len(saved["indicators"]) == len(before["indicators"]) + 2, "two indicators added")

    # Deleting the picked indicator; the toast's Undo brings it back.
    click(find(window, "button", w("_Delete indicator")))
    wait_for(lambda: saved_indicator(binary, path, entry)[0] is None, "the indicator deleted from the file")
    click(find(window, "button", w("_Undo")))
    wait_for(lambda: saved_indicator(binary, path, entry)[0], "the indicator back in the file")

    # Step 10: a new log entry (dated today, on top), redated and linked to the new indicator.
    # (GTK 4.8 offers no editable text over AT-SPI for text views, so the three texts are not typed here.)
    click(step_button(window, w, 10, "Evaluer og juster", "Evaluate and adjust"))
    click(find(window, "button", w("_New log entry")))
    count = len(before["evaluations"])
    wait_for(lambda: len(read_saved(binary, path)[0]["evaluations"]) == count + 1, "the new log entry in the file")
    # Each field's name carries the entry's date, so that a screen reader tells the entries apart.
    today = find(window, "entry", w("Date of the entry"), contains=True)  # the newest entry comes first
    check(text_of(today) in today.name, "the date field is named with its date: %r" % today.name)
    type_into(today, "2.11.2026")
    shown_date = w.term("2.11.2026", "2026-11-02")
    click_shown(find(window, "check", w("%1$s (%2$s)", w("About “%1$s”", INDICATOR), shown_date)), window)

    def new_entry():
        entries = [e for e in read_saved(binary, path)[0]["evaluations"] if e["date"] == "2026-11-02"]
        return entries[0] if entries and entries[0]["indicatorIDs"] else None
    entry = wait_for(new_entry, "the redated, linked log entry in the file")
    check(entry["indicatorIDs"] == [indicator["id"]], "the entry is linked to the indicator: %r" % entry)


def test_csv(launch, home, binary, language):
    w = Words(language)
    out = os.path.join(home, "målinger ut.csv")
    source = os.path.join(home, "målinger inn.csv")
    app = launch(language=language, extra_env={"SAMSKAP_TEST_EXPORT_CSV": out, "SAMSKAP_TEST_IMPORT_CSV": source})
    window = open_impact(app, w)
    path = os.path.join(home, "data", "samskap", "demo.samskap")
    click(step_button(window, w, 9, "Mål jevnlig", "Measure regularly"))

    click(find(window, "button", w("E_xport measurements (CSV)…")))
    wait_for(lambda: os.path.exists(out), "the exported file")
    saved, _ = read_saved(binary, path)
    with open(out, encoding="utf-8-sig") as f:
        lines = [l for l in f.read().splitlines() if l]
    check(len(lines) == len(saved["measurements"]) + 1, "a header and one line per measurement: %d lines" % len(lines))

    # A file with a bad value on line 3: nothing imported, the message names line and column.
    name = saved["indicators"][0]["name"]
    with open(source, "w", encoding="utf-8") as f:
        f.write("indikator;dato;verdi\n%s;1.10.2026;3\n%s;1.11.2026;tolv\n" % (name, name))
    click(find(window, "button", w("_Import measurements (CSV)…")))
    find(window, "label", w.term("Linje 3", "Line 3"), contains=True)
    again, _ = read_saved(binary, path)
    check(len(again["measurements"]) == len(saved["measurements"]), "nothing is imported from a file with an error")

    with open(source, "w", encoding="utf-8") as f:
        f.write("indikator;dato;verdi\n%s;1.10.2026;3\n%s;1.11.2026;4,5\n" % (name, name))
    click(find(window, "button", w("_Import measurements (CSV)…")))
    wait_for(lambda: len(read_saved(binary, path)[0]["measurements"]) == len(saved["measurements"]) + 2, "two imported measurements")
    # One undo takes back the whole import.
    click(find(window, "button", w("Undo")))
    wait_for(lambda: len(read_saved(binary, path)[0]["measurements"]) == len(saved["measurements"]), "the import undone in one step")


def test_grid_keyboard(launch, home, binary, language):
    """Up and Down move between rows in the same column, Enter goes down; typed text reaches the file."""
    w = Words(language)
    app = launch(language=language)
    window = open_impact(app, w)
    path = os.path.join(home, "data", "samskap", "demo.samskap")

    # Alt+4 opens the page from another page.
    click(find(window, "toggle", w("Partners")))
    search = find(window, "entry", w("Search partners"))
    box = search.queryComponent().getExtents(pyatspi.WINDOW_COORDS)  # a click gives the window the keyboard
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, "b1c")
    wait_for(lambda: search.getState().contains(pyatspi.STATE_FOCUSED), "the cursor in the partner search")
    pyatspi.Registry.generateKeyboardEvent(64, None, pyatspi.KEY_PRESS)  # Alt_L by its key code (64 in the X server's default map)
    pyatspi.Registry.generateKeyboardEvent(ord("4"), None, pyatspi.KEY_SYM)
    pyatspi.Registry.generateKeyboardEvent(64, None, pyatspi.KEY_RELEASE)
    find(window, "label", w("The ten steps"))

    # Marking a step done is saved, and the list says so in words.
    click(step_button(window, w, 9, "Mål jevnlig", "Measure regularly"))
    click_shown(find(window, "check", w("The step is done")), window)
    wait_for(lambda: read_saved(binary, path)[0]["impactSteps"][8]["isDone"], "step 9 done in the file")
    check(step_button(window, w, 9, "Mål jevnlig", "Measure regularly").description == w("Done"),
          "the step's state is its description")
    cell = lambda column, n: find(window, "entry", w("%1$s, row %2$s", w(column), str(n)))
    focused = lambda node: node.getState().contains(pyatspi.STATE_FOCUSED)

    first = cell("Value", 1)
    scroll_to(first, window)
    box = first.queryComponent().getExtents(pyatspi.WINDOW_COORDS)  # a mouse click puts the cursor in the cell
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, "b1c")
    wait_for(lambda: focused(first), "the cursor in the first value cell")
    pyatspi.Registry.generateKeyboardEvent(0xff54, None, pyatspi.KEY_SYM)  # Down
    wait_for(lambda: focused(cell("Value", 2)), "Down to the value of row 2")
    pyatspi.Registry.generateKeyboardEvent(0xff0d, None, pyatspi.KEY_SYM)  # Enter
    wait_for(lambda: focused(cell("Value", 3)), "Enter down to the value of row 3")
    pyatspi.Registry.generateKeyboardEvent(0xff52, None, pyatspi.KEY_SYM)  # Up
    wait_for(lambda: focused(cell("Value", 2)), "Up to the value of row 2")

    # A new measurement by keyboard alone: date, Enter to the value, value, Enter to the next new row's date.
    count = len(read_saved(binary, path)[0]["measurements"])
    new_row = cell("Date", 8)
    scroll_to(new_row, window)
    box = new_row.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, "b1c")
    wait_for(lambda: focused(new_row), "the cursor in the new row's date")
    type_keys("2026-07-01")
    pyatspi.Registry.generateKeyboardEvent(0xff0d, None, pyatspi.KEY_SYM)
    wait_for(lambda: focused(cell("Value", 8)), "Enter to the value of the new row")
    type_keys("6")
    wait_for(lambda: len(read_saved(binary, path)[0]["measurements"]) == count + 1, "the typed measurement in the file")
    pyatspi.Registry.generateKeyboardEvent(0xff0d, None, pyatspi.KEY_SYM)
    wait_for(lambda: focused(cell("Date", 9)), "Enter to the date of the next new row")

    # A date on its way ("1.7") is not scolded while the cursor is in it; leaving it with Tab shows the message.
    type_keys("1.7")
    message = w("“%1$s” is not a date. Write it as 1.3.2026.", "1.7")
    # The field's text is checked as it changes: once the field holds all three keys, a message would show.
    wait_for(lambda: text_of(cell("Date", 9)) == "1.7", "the three keys in the date field")
    check(not all_nodes(window, "label", message), "no message while the date is being typed")
    pyatspi.Registry.generateKeyboardEvent(0xff09, None, pyatspi.KEY_SYM)  # Tab
    wait_for(lambda: focused(cell("Value", 9)), "Tab to the value")
    find(window, "label", message)

    # A second unsaved row under it; deleting the first leaves no empty row behind, only the one at the end.
    type_into(cell("Date", 10), "1.8")
    find(window, "entry", w("%1$s, row %2$s", w("Date"), "11"))
    click(find(window, "button", w("Delete measurement, row %1$s", "9")))
    wait_for(lambda: text_of(cell("Date", 9)) == "1.8", "the second unsaved row moves up to row 9")
    check(text_of(cell("Date", 10)) == "", "row 10 is the one empty row")
    absent(window, "entry", w("%1$s, row %2$s", w("Date"), "11"))


def type_keys(text):
    """Types text with key events, one key at a time (digits, '-', '.')."""
    for ch in text:
        pyatspi.Registry.generateKeyboardEvent(ord(ch), None, pyatspi.KEY_SYM)
