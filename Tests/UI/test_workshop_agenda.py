"""The agenda editor's settings in a real window: add a timer and a rating screen, choose the timer, give it 300 seconds
(and "abc", which is refused with a message and saves nothing), name group 1 with two sectors, undo the last with
Ctrl+Z, and find in the file (read-only while open, then `export-json`) what was kept."""
import json
import os
import sqlite3
import subprocess

import pyatspi

from harness import App, all_nodes, check, click, find, is_checked, text_of, type_into, wait_for
from saved import read_saved
from test_workshop import PROJECT, prepared_project
from words import Words

GROUP_NAME = "Innbyggere og frivillige"
CONTROL_L = 37  # by its key code in the X server's default map


def agenda_in_file(path):
    """The screens (JSON of each, in order) and the groups as the window saved them, read while it holds the file."""
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    try:
        screens = [json.loads(r[0]) for r in db.execute("SELECT screen FROM workshop_screen ORDER BY position")]
        row = db.execute("SELECT groups FROM workshop").fetchone()
        return screens, json.loads(row[0]) if row else []
    finally:
        db.close()


def screenshots(name):
    """With SAMSKAP_AGENDA_SHOTS=DIR, the screen as it is now into DIR/NAME.png (to look at the editor by eye)."""
    folder = os.environ.get("SAMSKAP_AGENDA_SHOTS")
    if folder:
        subprocess.run(["import", "-window", "root", os.path.join(folder, name + ".png")], check=True, timeout=60)


def test_agenda_screen_settings_groups_undo(launch, home, binary, language):
    w = Words(language)
    path = prepared_project(App(binary, home, language=language), home)
    app = launch(path, language=language)
    window = app.window(PROJECT)
    click(find(window, "button", w("Main menu")))
    click(find(app.root, "menu item", w("Prepare the workshop…")))
    editor = app.window(w("Workshop agenda"))
    find(editor, "label", w("Choose a screen in the list to see its settings."))
    timer, rating = w("Timer"), w("Rating round")
    click(find(editor, "button", w("Add screen: %1$s", timer)))
    click(find(editor, "button", w("Add screen: %1$s", rating)))
    # The screen just added is chosen: the rating screen's settings show, the timer's length does not.
    find(editor, None, w("Expected respondents"))
    check(w("Length in seconds") not in [n.name for n in all_nodes(editor, "entry")], "no timer length beside a rating screen")

    click(find(editor, "list item", w("Screen %1$s: %2$s", "1", timer)))
    seconds = find(editor, "entry", w("Length in seconds"))
    check(text_of(seconds) == "600", "a new timer runs ten minutes: %r" % text_of(seconds))
    type_into(seconds, "300")
    wait_for(lambda: agenda_in_file(path)[0][0]["seconds"] == 300, "the timer's 300 seconds in the file")

    type_into(seconds, "abc")
    refused = w("“%1$s” is not a whole number of seconds from 10 to 36000. Type e.g. 300 for five minutes.", "abc")
    find(editor, "label", refused)
    check(seconds.getState().contains(pyatspi.STATE_INVALID), "the field is marked invalid for screen readers")
    check(agenda_in_file(path)[0][0]["seconds"] == 300, "nothing saved from “abc”")
    screenshots("agenda-timer-%s" % language)

    type_into(find(editor, "entry", w("Name of group %1$s", "1")), GROUP_NAME)
    citizens = find(editor, "check", w("Group %1$s: %2$s", "1", w("Users, citizens and relatives")))
    volunteers = find(editor, "check", w("Group %1$s: %2$s", "1", w("Civil society and volunteers")))
    click(citizens)
    click(volunteers)
    # Saved in the sectors' own order (civil society before citizens), whatever order they were checked in.
    wait_for(lambda: agenda_in_file(path)[1][:1] == [{"name": GROUP_NAME, "sectors": ["civilSociety", "citizens"]}],
             "group 1 with its name and two sectors in the file: %r" % (agenda_in_file(path)[1],))
    check(find(editor, "label", refused) is not None, "the refused length still shows its message after other edits")

    # Ctrl+Z in the editor (the pointer rests on it after the click) takes back the last change: the second sector.
    pyatspi.Registry.generateKeyboardEvent(CONTROL_L, None, pyatspi.KEY_PRESS)
    pyatspi.Registry.generateKeyboardEvent(ord("z"), None, pyatspi.KEY_SYM)
    pyatspi.Registry.generateKeyboardEvent(CONTROL_L, None, pyatspi.KEY_RELEASE)
    wait_for(lambda: agenda_in_file(path)[1][:1] == [{"name": GROUP_NAME, "sectors": ["citizens"]}],
             "Ctrl+Z took back the second sector: %r" % (agenda_in_file(path)[1],))
    wait_for(lambda: not is_checked(volunteers), "the undone sector is unchecked in the editor")
    check(is_checked(citizens), "the first sector stays checked")

    click(find(app.window(PROJECT), "button", w("Main menu")))
    app.click_ending(find(app.root, "menu item", w("Quit")))
    app.wait_exit()
    saved, source = read_saved(binary, path)
    check(source == "export-json", "export-json reads the file")
    screens = saved["workshop"]["screens"]
    check([s["kind"] for s in screens] == ["timer", "rating"], "the two screens in order: %r" % [s["kind"] for s in screens])
    check(screens[0]["seconds"] == 300, "the timer runs 300 seconds: %r" % screens[0]["seconds"])
    check(saved["workshop"]["groups"][0] == {"name": GROUP_NAME, "sectors": ["citizens"]},
          "group 1 as left after the undo: %r" % saved["workshop"]["groups"])

