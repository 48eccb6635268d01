"""The presenter view in a real window, on one screen as a rehearsal (SAMSKAP_PRESENTER_VIEW=1): present the agenda,
find the project window turned into the presenter view, go to the next screen from it and see the workshop window
follow, write a note for the screen, see it go when the screen changes and come back with it, end the workshop and
find the pages again, and the note saved on its screen in `export-json`. And the phones started and stopped from the
presenter view, where their button is; and the timer's time left counted down in it."""
from harness import App, absent, all_nodes, check, click, find, text_of, wait_for
from saved import read_saved
from test_workshop_phones import listening, rating_screen
from test_workshop import PROJECT, key, prepare_and_present, prepared_project, screen_text, wait_screen
from words import Words

PRESENTER = {"SAMSKAP_PRESENTER_VIEW": "1"}
NOTE = "Spør først om kommunikasjon – der var vi mest uenige sist."
RATING = ("Vurderingsrunde", "Rating round")


def position(w, number, kind):
    return w("Screen %1$s of %2$s: %3$s", str(number), "4", w.term(*kind))


def test_presenter_view_drives_the_workshop(launch, home, binary, language):
    w = Words(language)
    path = prepared_project(App(binary, home, language=language), home)
    app = launch(path, language=language, extra_env=PRESENTER)
    workshop = prepare_and_present(app, w)
    wait_screen(workshop, w, PROJECT, "the title screen first")
    window = app.window(PROJECT)
    presenter = find(window, None, w("Presenter view"))
    find(presenter, "label", position(w, 1, ("Tittel", "Title")))
    # The next screen's preview is drawn by the workshop's renderer: its description is the rating screen's.
    upcoming = find(presenter, None, w("Preview of the next screen"))
    wait_for(lambda: w.term("0 av 3 har svart", "0 of 3 have answered") in upcoming.description,
             "the next screen's preview shows the rating screen (%r)" % upcoming.description)

    click(find(presenter, "button", w("Next screen")))
    wait_screen(workshop, w, w.term("0 av 3 har svart", "0 of 3 have answered"), "the workshop follows the presenter's Next")
    find(presenter, "label", position(w, 2, RATING))
    current = find(presenter, None, w("Preview of the current screen"))
    wait_for(lambda: current.description == screen_text(workshop, w), "the current preview says what the room sees")

    notes = find(presenter, "entry", w("Notes for this screen"))
    check(text_of(notes) == "", "a screen without notes shows an empty field: %r" % text_of(notes))
    notes.queryEditableText().insertText(0, NOTE, len(NOTE.encode("utf-8")))
    wait_for(lambda: text_of(notes) == NOTE, "the note typed (%r)" % text_of(notes))

    # Another screen shows its own (empty) notes; back again, the note is there: it belongs to its screen.
    click(find(presenter, "button", w("Previous screen")))
    wait_screen(workshop, w, PROJECT, "the workshop follows the presenter's Previous")
    wait_for(lambda: text_of(notes) == "", "the title screen's empty notes (%r)" % text_of(notes))
    click(find(presenter, "button", w("Next screen")))
    wait_for(lambda: text_of(notes) == NOTE, "the rating screen's note again (%r)" % text_of(notes))

    # A workshop key moves both: the presenter view follows what the workshop window does.
    key("Right")
    wait_screen(workshop, w, w.term("Resultatene vises når", "The results show when"), "the workshop at the results after →")
    find(presenter, "label", position(w, 3, ("Resultater", "Results")))
    check(text_of(notes) == "", "the results screen's own (empty) notes: %r" % text_of(notes))

    click(find(presenter, "button", w("End the workshop")))
    wait_for(lambda: w("Workshop") not in app.window_names(), "End closes the workshop window")
    absent(window, None, w("Presenter view"))
    find(window, "toggle", w("Overview"))
    click(find(window, "button", w("Main menu")))
    app.click_ending(find(app.root, "menu item", w("Quit")))
    app.wait_exit()
    saved, source = read_saved(binary, path)
    check(source == "export-json", "export-json reads the file")
    notes_saved = [s.get("notes", "") for s in saved["workshop"]["screens"]]
    check(notes_saved == ["", NOTE, "", ""], "the note saved on the rating screen only (%s): %r" % (source, notes_saved))


def test_phones_from_the_presenter_view(launch, home, binary, language):
    """The phones' button is the coordinator's: in the presenter view, not on the room's screen."""
    w = Words(language)
    path = prepared_project(App(binary, home, language=language), home)
    app = launch(path, language=language, extra_env=PRESENTER)
    workshop = rating_screen(app, w)
    presenter = find(app.window(PROJECT), None, w("Presenter view"))
    absent(workshop, "button", w("Let the phones answer"))

    click(find(presenter, "button", w("Let the phones answer")))
    chooser = app.window(w("Let the phones answer"))
    click(find(chooser, "button", "127.0.0.1", contains=True))
    address = find(presenter, None, w("Address for the phones"))
    url = wait_for(lambda: text_of(address) or None, "the address in the presenter view")
    check(url.startswith("http://127.0.0.1:") and "/s/" in url, "a join URL on the loopback: %r" % url)
    wait_screen(workshop, w, url, "the room's screen shows the same address")
    host, port = url.split("//")[1].split("/")[0].split(":")
    check(listening(host, int(port)), "the phones' page listens")

    click(find(presenter, "button", w("Stop the phones")))
    wait_for(lambda: not listening(host, int(port)), "nothing listens after Stop in the presenter view")
    find(presenter, "button", w("Let the phones answer"))
    click(find(presenter, "button", w("End the workshop")))
    wait_for(lambda: w("Workshop") not in app.window_names(), "End closes the workshop window")


def test_timer_in_the_presenter_view(launch, home, binary, language):
    """The timer screen's time left in the presenter view, stopped and running; no next screen after the last."""
    w = Words(language)
    path = prepared_project(App(binary, home, language=language), home)
    app = launch(path, language=language, extra_env=PRESENTER)
    window = app.window(PROJECT)
    click(find(window, "button", w("Main menu")))
    click(find(app.root, "menu item", w("Prepare the workshop…")))
    editor = app.window(w("Workshop agenda"))
    for kind in [("Tittel", "Title"), ("Tidtaker", "Timer")]:
        click(find(editor, "button", w("Add screen: %1$s", w.term(*kind))))
    click(find(editor, "button", w("Present")))
    workshop = app.window(w("Workshop"))
    presenter = find(window, None, w("Presenter view"))
    find(presenter, None, w("Preview of the next screen"))

    click(find(presenter, "button", w("Next screen")))
    find(presenter, "label", w("Screen %1$s of %2$s: %3$s", "2", "2", w.term("Tidtaker", "Timer")))
    find(presenter, "label", w("Timer stopped: %1$s left", "10:00"))
    find(presenter, "label", w("This is the last screen."))
    absent(presenter, None, w("Preview of the next screen"))
    key(" ")
    wait_screen(workshop, w, "09:5", "the timer runs on the workshop screen")
    running = w("Timer: %1$s left", "\x00").split("\x00")[0] + "09:5"
    wait_for(lambda: [n for n in all_nodes(presenter, "label") if n.name.startswith(running)],
             "the presenter view counts down with the workshop screen")
    click(find(presenter, "button", w("End the workshop")))
    wait_for(lambda: w("Workshop") not in app.window_names(), "End closes the workshop window")
