"""The workshop's exercises record what the room decides, in a real window by keys alone: on a position screen the
staircase step is chosen with ↓, Enter and a digit and recorded with Enter; Ctrl+Z takes it back; the circle's phase
is recorded the same way; in the four rooms a digit chooses a room and Enter opens a line for its note. Then
T saves the theme with the agenda. Then `export-json` of the saved file has the project's new position, its phase
history, the dated log entry, the note and the theme."""
import datetime
import json
import os
import sqlite3

import pyatspi

from harness import App, check, click, find, type_into, wait_for
from saved import read_saved
from test_workshop import FIXTURE, PROJECT, screen_text, wait_screen
from words import Words

KEYSYMS = {"Down": 0xff54, "Return": 0xff0d, "Right": 0xff53, "Escape": 0xff1b}
POSITION_SCREEN = "0E0E0E0E-0000-4000-8000-000000000001"
ROOMS_SCREEN = "0E0E0E0E-0000-4000-8000-000000000002"
AREA = "Bydel Sagene"
NOTE = "Før var det kafé i første etasje på Sagene – å få den tilbake"


def key(name):
    pyatspi.Registry.generateKeyboardEvent(KEYSYMS.get(name) or ord(name), None, pyatspi.KEY_SYM)


def ctrl(letter):
    pyatspi.Registry.generateKeyboardEvent(37, None, pyatspi.KEY_PRESS)  # Control_L by its key code (37 in the default map)
    key(letter)
    pyatspi.Registry.generateKeyboardEvent(37, None, pyatspi.KEY_RELEASE)


def screen(id, kind):
    return {"id": id, "kind": kind, "notes": "", "isRevealed": False, "allOnOneScreen": True, "isShortRound": True,
            "expectedCount": 0, "seconds": 600, "roomCounts": [0, 0, 0, 0], "roomNotes": ["", "", "", ""], "decisions": ""}


def prepared_project(cli, home):
    """The three partners' project with one staircase area at "Curious" and an agenda of a position and a rooms screen."""
    with open(FIXTURE, encoding="utf-8") as f:
        data = json.load(f)
    document = data["document"]
    document["project"]["staircase"] = [{"id": "0E0E0E0E-0000-4000-8000-000000000010", "area": AREA, "step": "curious"}]
    document["workshop"] = {"screens": [screen(POSITION_SCREEN, "position"), screen(ROOMS_SCREEN, "mental-rooms")],
                            "shortRoundStatements": [], "groups": []}
    source = os.path.join(home, "exercises.json")
    with open(source, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    path = os.path.join(home, PROJECT + ".samskap")
    result = cli.run_cli("import-json", source, "-o", path)
    check(result.returncode == 0, "import-json makes the project: %s" % result.stderr)
    return path


def read_theme(path):
    """The workshop's theme as the file holds it while the window has it open (read-only)."""
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    try:
        return db.execute("SELECT theme FROM workshop").fetchone()[0]
    finally:
        db.close()


def test_workshop_exercises_record_position_and_notes(launch, home, binary, language):
    w = Words(language)
    path = prepared_project(App(binary, home, language=language), home)
    app = launch(path, language=language)
    window = app.window(PROJECT)
    click(find(window, "button", w("Main menu")))
    click(find(app.root, "menu item", w("Present")))
    workshop = app.window(w("Workshop"))
    curious, ambitious, mature = w.term("Nysgjerrig", "Curious"), w.term("Ambisiøs", "Ambitious"), w.term("Moden", "Mature")
    wait_screen(workshop, w, "%s: %s" % (AREA, curious), "the position screen with the staircase as saved")

    # ↓ to the staircase row, Enter to choose, 3 for the third step: proposed, not yet saved.
    key("Down")
    key("Return")
    key("3")
    text = wait_screen(workshop, w, w.term("Foreslått: %s" % ambitious, "Proposed: %s" % ambitious), "the proposal")
    check(w.term("Registrert", "Recorded") not in text, "nothing recorded before Enter: %r" % text)
    key("Return")
    wait_screen(workshop, w, w.term("Registrert: %s" % ambitious, "Recorded: %s" % ambitious), "Enter records the step")
    # Ctrl+Z takes the recording back: the row shows the old step and the screen no longer claims it.
    ctrl("z")
    wait_for(lambda: w.term("Registrert", "Recorded") not in screen_text(workshop, w), "Ctrl+Z takes the recording back")
    wait_screen(workshop, w, "%s: %s" % (AREA, curious), "the step as before")
    # Again, with → from the proposal: Enter starts at the saved step, 3 moves to Ambitious, → to Mature.
    key("Return")
    key("3")
    key("Right")
    wait_screen(workshop, w, w.term("Foreslått: %s" % mature, "Proposed: %s" % mature), "→ moves the marker, not the screen")
    key("Return")
    wait_screen(workshop, w, w.term("Registrert: %s" % mature, "Recorded: %s" % mature), "the step recorded")
    # The circle: ↓, Enter, 2 (Focus it), Enter.
    focus = w.term("Fokuser", "Focus it")
    key("Down")
    key("Return")
    key("2")
    key("Return")
    wait_screen(workshop, w, w.term("Registrert: %s" % focus, "Recorded: %s" % focus), "the circle's phase recorded")

    # → to the four rooms (nothing is being chosen now), 2 counts and chooses the reminiscing room, Enter opens its note.
    key("Right")
    wait_screen(workshop, w, w.term("De fire rommene", "The four rooms"), "the rooms screen")
    key("2")
    key("Return")
    room = w.term("Mimrerommet", "The reminiscing room")
    entry = find(workshop, "entry", w("Note for the room chosen last"))
    type_into(entry, NOTE)
    key("Return")
    wait_screen(workshop, w, "%s: 1. %s" % (room, NOTE), "the note in its room on the screen")
    wait_for(lambda: not entry.getState().contains(pyatspi.STATE_SHOWING), "Enter closes the note line")
    # T turns the screens light; the agenda keeps it for a resumed workshop.
    key("t")
    wait_for(lambda: read_theme(path) == "light", "the theme is saved with the agenda")
    # Esc with the note line closed leaves the workshop.
    key("Escape")
    wait_for(lambda: w("Workshop") not in app.window_names(), "Esc leaves the workshop")
    click(find(app.window(PROJECT), "button", w("Main menu")))
    app.click_ending(find(app.root, "menu item", w("Quit")))
    app.wait_exit()

    saved, source = read_saved(binary, path)
    check(source == "export-json", "export-json reads the file")
    today = datetime.date.today().isoformat()
    project = saved["project"]
    check([(s["area"], s["step"]) for s in project["staircase"]] == [(AREA, "mature")], "the step: %r" % project["staircase"])
    check(project.get("circlePhase") == "focus", "the phase: %r" % project.get("circlePhase"))
    check(project["phaseHistory"] == [{"date": today, "phase": "focus"}], "the phase history: %r" % project["phaseHistory"])
    logged = [e for e in saved.get("evaluations", []) if e["date"] == today and AREA in e.get("adjusted", "")]
    check(len(logged) == 1, "one dated log entry for the step (the undone one is gone): %r" % saved.get("evaluations"))
    rooms = [s for s in saved["workshop"]["screens"] if s["id"] == ROOMS_SCREEN][0]
    check(rooms["roomCounts"] == [0, 1, 0, 0], "the count: %r" % rooms["roomCounts"])
    check(rooms["roomNotes"] == ["", NOTE, "", ""], "the note: %r" % rooms["roomNotes"])
    check(saved["workshop"].get("theme") == "light", "the theme in the export: %r" % saved["workshop"].get("theme"))
