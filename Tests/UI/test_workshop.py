"""Workshop mode in a real window: prepare an agenda of four screens, present it, enter three respondents with the
number keys, see "3 av 3" with no result in the accessible tree or on screen until R, read the most disputed field,
see a group below the anonymity threshold hidden, leave with Esc, and find every answer in `export-json`.
And: SIGKILL in the middle of a round, start again, and resume at the same screen with every answer kept."""
import json
import os
import sqlite3
import subprocess
import uuid
import tempfile

import pyatspi

from harness import App, check, click, find, wait_for
from saved import read_saved
from words import Words

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "process_three_partners.json")
PROJECT = "Møteplass Sagene"
ROUND_ID = "0F0F0F0F-0000-4000-8000-000000000001"
# The short round asks one statement per dimension, action fields first, then values (data/model).
DIMENSIONS = ["equal-standing", "shared-goals", "communication", "anchoring", "facilitation", "resource-focus",
              "complementary-competence", "openness", "democracy", "creativity", "leadership"]
# Worked by hand: Kommunikasjon has respondent scores 1, 3 and 5 (spread 4), Forankring 2, 3 and 4 (spread 2), every
# other dimension 3, 3, 3: the most disputed is Kommunikasjon.
DIFFERENT = {"communication": [1, 3, 5], "anchoring": [2, 3, 4]}
KEYSYMS = {"F5": 0xffc2, "Right": 0xff53, "Escape": 0xff1b, "r": ord("r")}
# The dark theme's experience colour (#56B4E9), which only the revealed results draw.
EXPERIENCE = (0x56, 0xB4, 0xE9)


def prepared_project(cli, home):
    """The three partners' project with an open round in which the three partners are registered to answer."""
    with open(FIXTURE, encoding="utf-8") as f:
        data = json.load(f)
    document = data["document"]
    document["rounds"] = [{"id": ROUND_ID, "date": "2026-12-05", "label": "Verksted", "isClosed": False}]
    document["respondents"] = [{"id": "0F0F0F0F-0000-4000-8000-00000000010%d" % k, "roundID": ROUND_ID,
                                "partnerID": p["id"], "label": ""} for k, p in enumerate(document["partners"])]
    source = os.path.join(home, "workshop.json")
    with open(source, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    path = os.path.join(home, PROJECT + ".samskap")
    result = cli.run_cli("import-json", source, "-o", path)
    check(result.returncode == 0, "import-json makes the project: %s" % result.stderr)
    return path


def rows(path, sql, *args):
    """One number read from the project file while the window holds it (read-only; export-json waits for the lock)."""
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    try:
        return db.execute(sql, args).fetchone()[0]
    finally:
        db.close()


def answers_in_file(path):
    return rows(path, "SELECT count(*) FROM answer WHERE round_id = ?", uuid.UUID(ROUND_ID).bytes)


def key(name):
    pyatspi.Registry.generateKeyboardEvent(KEYSYMS.get(name) or ord(name), None, pyatspi.KEY_SYM)


def press_digits(digits):
    for digit in digits:
        key(digit)


def respondent_keys(r):
    return "".join(str(DIFFERENT.get(d, [3, 3, 3])[r]) + "4" for d in DIMENSIONS)


def screen_text(workshop, w):
    return find(workshop, None, w("Workshop screen")).description


def wait_screen(workshop, w, text, what):
    """Waits until the workshop screen's accessible description holds `text`; returns the whole description."""
    wait_for(lambda: text in screen_text(workshop, w), "%s (screen says: %r)" % (what, screen_text(workshop, w)))
    return screen_text(workshop, w)


def experience_pixels():
    """How many pixels of the screen have the colour of the revealed results."""
    shot = os.path.join(tempfile.mkdtemp(prefix="samskap-shot-"), "screen.rgb")
    subprocess.run(["import", "-window", "root", "-depth", "8", "rgb:" + shot], check=True, timeout=60)
    with open(shot, "rb") as f:
        data = f.read()
    target = bytes(EXPERIENCE)
    return sum(1 for i in range(0, len(data) - 2, 3) if data[i:i + 3] == target)


def prepare_and_present(app, w):
    window = app.window(PROJECT)
    click(find(window, "button", w("Main menu")))
    click(find(app.root, "menu item", w("Prepare the workshop…")))
    editor = app.window(w("Workshop agenda"))
    for kind in [w.term("Tittel", "Title"), w.term("Vurderingsrunde", "Rating round"), w.term("Resultater", "Results"),
                 w.term("Sammenligning av grupper", "Comparison of groups")]:
        click(find(editor, "button", w("Add screen: %1$s", kind)))
    find(editor, "label", "4. " + w.term("Sammenligning av grupper", "Comparison of groups"))
    click(find(editor, "button", w("Present")))
    return app.window(w("Workshop"))


def test_workshop_round_reveal_groups(launch, home, binary, language):
    w = Words(language)
    path = prepared_project(App(binary, home, language=language), home)
    app = launch(path, language=language)
    workshop = prepare_and_present(app, w)
    wait_screen(workshop, w, PROJECT, "the title screen first")
    check(rows(path, "SELECT count(*) FROM workshop_screen") == 4, "the agenda of four screens is in the file")

    key("Right")
    wait_screen(workshop, w, w.term("0 av 3 har svart", "0 of 3 have answered"), "the rating screen counts nobody yet")
    for r in range(3):
        press_digits(respondent_keys(r))
        wait_screen(workshop, w, w.term("%d av 3 har svart" % (r + 1), "%d of 3 have answered" % (r + 1)), "respondent %d in" % (r + 1))

    key("Right")
    text = wait_screen(workshop, w, w.term("Resultatene vises når", "The results show when"), "the results wait for R")
    check(w.term("Mest uenige", "Most disputed") not in text and w.term("Kommunikasjon", "Communication") not in text,
          "no result in the accessible tree before R: %r" % text)
    check(experience_pixels() == 0, "no chart on screen before R")

    key("r")
    text = wait_screen(workshop, w, w.term("Mest uenige", "Most disputed"), "the results after R")
    after = text.split(w.term("Mest uenige", "Most disputed") + ". ", 1)[1]
    check(after.startswith(w.term("Kommunikasjon", "Communication")), "the most disputed is Kommunikasjon: %r" % after)
    wait_for(lambda: experience_pixels() > 1000, "the chart is on screen after R")

    key("Right")
    key("r")
    text = wait_screen(workshop, w, w.term("skjult, bare 1 har svart", "hidden, only 1 answered"), "a group below the threshold")
    check(w.term("Svakest", "Weakest") not in text, "no figures of a hidden group: %r" % text)

    key("Escape")
    wait_for(lambda: w("Workshop") not in app.window_names(), "Esc leaves the workshop")
    app.window(PROJECT)
    # Quit (the file is locked while open), then read every answer with `samskap export-json`.
    click(find(app.window(PROJECT), "button", w("Main menu")))
    app.click_ending(find(app.root, "menu item", w("Quit")))
    app.wait_exit()
    saved, source = read_saved(binary, path)
    check(source == "export-json", "export-json reads the file")
    check(len(saved["workshop"]["screens"]) == 4, "the agenda is in the export")
    answers = [a for a in saved["answers"] if a["roundID"] == ROUND_ID]
    check(len(answers) == 33, "every answer in %s: %d" % (source, len(answers)))
    by_respondent = {}
    for a in answers:
        by_respondent.setdefault(a["respondentID"], []).append(a["experience"])
    check(sorted(sorted(v) for v in by_respondent.values()) ==
          sorted(sorted(DIFFERENT.get(d, [3, 3, 3])[r] for d in DIMENSIONS) for r in range(3)), "the scores as typed")


def test_workshop_resumes_after_sigkill(launch, home, binary, language):
    w = Words(language)
    path = prepared_project(App(binary, home, language=language), home)
    app = launch(path, language=language)
    workshop = prepare_and_present(app, w)
    key("Right")
    wait_screen(workshop, w, w.term("0 av 3 har svart", "0 of 3 have answered"), "the rating screen")
    typed = respondent_keys(0) + respondent_keys(1)[:10]
    press_digits(typed)
    wait_screen(workshop, w, w.term("2 av 3 har svart", "2 of 3 have answered"), "the second respondent under way")
    wait_for(lambda: answers_in_file(path) == 16, "the answers are in the file as they are typed")
    app.process.kill()
    app.process.wait()

    again = launch(path, language=language)
    window = again.window(PROJECT)
    click(find(window, "button", w("Main menu")))
    click(find(again.root, "menu item", w("Present")))
    workshop = again.window(w("Workshop"))
    wait_screen(workshop, w, w.term("2 av 3 har svart", "2 of 3 have answered"), "resumed at the rating screen with the answers")
    check(answers_in_file(path) == 16, "every answer given before the kill: %d" % answers_in_file(path))
    key("Escape")
