"""From the start screen: create a project, add a partner through the form, validation, edit,
delete and undo, quit, open the file again and find everything; check the file without the window."""
import os

import pyatspi

from harness import absent, check, click, find, type_into, wait_for, all_nodes, text_of
from saved import read_saved
from words import Words

PROJECT = "Nabolagsløftet Ålesund – «Sammen» 2026"
PARTNER = "Frivilligsentralen i Ålesund"
RENAMED = "Frivilligsentralen Ålesund og omegn"
ANCHOR = "Vedtak i formannskapet 12.3.2026"
ESCAPE = 0xff1b
ENTER = 0xff0d


def create_project(app, w, folder, name=PROJECT):
    start = app.window("Samskap")
    click(find(start, "button", w("_New project…")))
    dialog = app.window(w("New project"))
    type_into(find(dialog, "entry", w("Project name")), name)
    type_into(find(dialog, "entry", w("Folder")), folder)
    click(find(dialog, "button", w("C_reate")))
    return app.window(name)


def test_create_edit_undo_reopen(launch, home, binary, language):
    w = Words(language)
    folder = os.path.join(home, "prosjekter")
    os.makedirs(folder)
    path = os.path.join(folder, PROJECT + ".samskap")

    app = launch(language=language)
    window = create_project(app, w, folder)
    check(os.path.exists(path), "the project file is created at " + path)
    wait_for(lambda: "Samskap" not in app.window_names(), "the start screen to close")

    # Add a partner through the form.
    click(find(window, "toggle", w("Partners")))
    click(find(window, "button", w("Add the _first partner")))
    type_into(find(window, "entry", w("Partner name")), PARTNER)
    click(find(window, "radio", w.term("Sivilsamfunn og frivillighet", "Civil society and volunteers")))
    click(find(window, "check", w.term("Meddesigner", "Co-designer")))
    up = w.term("Opp (fortøyning)", "Up (mooring)")
    type_into(find(window, "entry", w("New anchor point: %1$s", up)), ANCHOR)
    click(find(window, "button", w("Add anchor point: %1$s", up)))
    find(window, "entry", w("Anchor point: %1$s", up))

    saved, how = read_saved(binary, path)
    partners = saved["partners"]
    check(len(partners) == 1 and partners[0]["name"] == PARTNER, "the partner is saved (%s): %r" % (how, partners))
    check(partners[0]["sector"] == "civilSociety", "the sector is saved: %r" % partners[0]["sector"])
    check("coDesigner" in partners[0]["citizenRoles"], "the citizen role is saved: %r" % partners[0]["citizenRoles"])
    check([a["text"] for a in partners[0]["anchorPoints"]] == [ANCHOR], "the anchor point is saved")

    # An invalid value shows a message under the field and is not saved.
    email = find(window, "entry", w("E-mail"))
    type_into(email, "ikke en epost")
    # The start of the message, from the catalogue in the language of the run (up to the value typed).
    bad_email = w("The e-mail address of %1$s does not look right (got “%2$s”). Write it as name@example.org, "
                  "or leave the field empty.", w("“%1$s”", PARTNER), "ikke en epost").split("ikke en epost")[0]
    find(window, "label", bad_email, contains=True)
    saved, _ = read_saved(binary, path)
    check(saved["partners"][0]["contact"]["email"] == "", "an invalid e-mail is not saved")
    type_into(email, "post@frivillig-alesund.no")
    wait_for(lambda: not all_nodes(window, "label", bad_email, contains=True),
             "the message to go")

    # Edit.
    type_into(find(window, "entry", w("Partner name")), RENAMED)
    find(window, "button", RENAMED)

    # Delete asks first: Escape and Enter (the question's default) keep the partner; Delete deletes it; then undo
    # from the toast.
    def ask_delete():
        click(find(window, "button", w("_Delete partner…")))
        return app.window(w("Delete partner"))
    for key, name in ((ESCAPE, "Escape"), (ENTER, "Enter")):
        ask_delete()
        pyatspi.Registry.generateKeyboardEvent(key, None, pyatspi.KEY_SYM)
        wait_for(lambda: w("Delete partner") not in app.window_names(), "%s to close the question" % name)
        saved, _ = read_saved(binary, path)
        check([p["name"] for p in saved["partners"]] == [RENAMED], "%s keeps the partner: %r" % (name, saved["partners"]))
    click(find(ask_delete(), "button", w("_Delete")))
    absent(window, "button", RENAMED)
    click(find(window, "button", w("_Undo")))
    find(window, "button", RENAMED)
    saved, _ = read_saved(binary, path)
    check([p["name"] for p in saved["partners"]] == [RENAMED], "undo restores the file: %r" % saved["partners"])
    check(saved["partners"][0]["contact"]["email"] == "post@frivillig-alesund.no", "the valid e-mail is saved")

    # Quit from the main menu, start again on the file.
    click(find(window, "toggle", w("Main menu")))
    app.click_ending(find(app.root, "menu item", w("Quit")))
    app.wait_exit()

    again = launch(path, language=language)
    window = again.window(PROJECT)
    click(find(window, "toggle", w("Partners")))
    click(find(window, "button", RENAMED))
    check(text_of(find(window, "entry", w("E-mail"))) == "post@frivillig-alesund.no", "the e-mail is back")
    check(find(window, "check", w.term("Meddesigner", "Co-designer")).getState().contains(__import__("pyatspi").STATE_CHECKED),
          "the citizen role is back")
    check(text_of(find(window, "entry", w("Anchor point: %1$s", up))) == ANCHOR, "the anchor point is back")
