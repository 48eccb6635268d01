"""Phones in the real workshop window: present a rating screen, press P, choose 127.0.0.1, read the address from the
accessible tree, let two phones join and answer over HTTP as Tests/Phones does, see the workshop screen count them,
reveal with R (the phones learn it through the file's session), leave with Esc, and find that nothing listens on the
port any more and `export-json` has the phones' answers.

A second test: the app is killed while the phones answer; presenting the same screen again offers to resume, the
phones' same address (token and port) works again, and quitting with the workshop open ends the session."""
import http.client
import json
import os
import shutil
import socket
import subprocess
import tempfile
import urllib.parse

import pyatspi

from harness import App, check, click, find, text_of, wait_for
from saved import read_saved
from test_workshop import PROJECT, ROUND_ID, key, prepared_project, rows, screen_text, wait_screen
from words import Words

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def statements():
    """The model's statement ids in the phones' order, as Tests/Phones reads them."""
    with open(os.path.join(ROOT, "data", "model", "nb.json"), encoding="utf-8") as f:
        model = json.load(f)
    return [s["id"] for d in model["fields"] + model["values"] for s in d["statements"]]


class Phone:
    """A phone on the room's network, talking to the address the workshop screen shows (requests as Tests/Phones
    sends them: a form to join, JSON for an answer, the Host header the URL names)."""

    def __init__(self, url):
        parts = urllib.parse.urlsplit(url)
        self.host, self.port, self.base = parts.hostname, parts.port, parts.path  # "/s/TOKEN/"
        self.participant = None

    def request(self, method, path, body=None, content_type="application/x-www-form-urlencoded"):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            headers = {"Host": "%s:%d" % (self.host, self.port)}
            if body is not None:
                headers["Content-Type"] = content_type
            conn.request(method, path, body=body.encode() if body is not None else None, headers=headers)
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
        finally:
            conn.close()

    def join(self):
        status, headers, _ = self.request("POST", self.base + "join", "as=anonymous")
        check(status == 303, "the phone joins (303), got %d" % status)
        self.participant = headers["Location"]

    def answer(self, statement, experience, importance):
        status, _, body = self.request("POST", self.participant + "answer",
                                       json.dumps({"statement": statement, "experience": experience, "importance": importance}),
                                       content_type="application/json")
        check(status == 200, "the answer is saved (200), got %d: %s" % (status, body[:200]))


def listening(host, port):
    try:
        socket.create_connection((host, port), timeout=2).close()
        return True
    except OSError:
        return False


def qr_on_screen():
    """The text of the QR code on the whole X screen, photographed as the room's phones see the projection."""
    shot = os.path.join(tempfile.mkdtemp(prefix="samskap-qr-"), "screen.png")
    subprocess.run(["import", "-window", "root", shot], check=True, timeout=60)
    if os.environ.get("SAMSKAP_SHOTS"):
        os.makedirs(os.environ["SAMSKAP_SHOTS"], exist_ok=True)
        shutil.copy(shot, os.path.join(os.environ["SAMSKAP_SHOTS"], "workshop-phones.png"))
    read = subprocess.run(["zbarimg", "-q", "--raw", shot], capture_output=True, text=True, timeout=60)
    return read.stdout.strip()


def rating_screen(app, w):
    """Prepares an agenda of a title and a rating screen, presents it and moves to the rating screen."""
    window = app.window(PROJECT)
    click(find(window, "button", w("Main menu")))
    click(find(app.root, "menu item", w("Prepare the workshop…")))
    editor = app.window(w("Workshop agenda"))
    for kind in [w.term("Tittel", "Title"), w.term("Vurderingsrunde", "Rating round")]:
        click(find(editor, "button", w("Add screen: %1$s", kind)))
    click(find(editor, "button", w("Present")))
    workshop = app.window(w("Workshop"))
    key("Right")
    wait_screen(workshop, w, answered(w, 0), "the rating screen counts nobody yet")
    return workshop


def answered(w, n):
    """The start of the screen's count, "2 av …", whatever the number expected."""
    return w("%1$s of %2$s have answered", str(n), "\x00").split("\x00")[0]


def start_phones_on_loopback(app, w):
    """P on the rating screen, and 127.0.0.1 in the chooser of addresses."""
    key("p")
    chooser = app.window(w("Let the phones answer"))
    click(find(chooser, "button", "127.0.0.1", contains=True))


def phones_on_loopback(app, workshop, w):
    start_phones_on_loopback(app, w)
    url = wait_for(lambda: text_of(find(workshop, None, w("Address for the phones"))) or None, "the address on the screen")
    check(url.startswith("http://127.0.0.1:") and "/s/" in url, "a join URL on the loopback: %r" % url)
    wait_screen(workshop, w, url, "the screen's description says the URL the room reads")
    wait_for(lambda: qr_on_screen() == url, "the QR code on the workshop screen reads as the URL")
    return url


def test_phones_answer_in_the_workshop(launch, home, binary, language):
    w = Words(language)
    path = prepared_project(App(binary, home, language=language), home)
    app = launch(path, language=language)
    workshop = rating_screen(app, w)
    url = phones_on_loopback(app, workshop, w)
    phone = Phone(url)
    ids = statements()
    first, second = Phone(url), Phone(url)
    first.join()
    second.join()
    first.answer(ids[0], 4, 5)
    wait_screen(workshop, w, answered(w, 1), "the first phone's answer counted on the workshop screen")
    first.answer(ids[1], 2, 3)
    second.answer(ids[0], 1, 5)
    wait_screen(workshop, w, answered(w, 2), "both phones counted on the workshop screen")

    key("r")
    wait_for(lambda: rows(path, "SELECT is_revealed FROM phone_session") == 1, "R reveals to the phones too")
    key("Escape")
    wait_for(lambda: w("Workshop") not in app.window_names(), "Esc leaves the workshop")
    wait_for(lambda: not listening(phone.host, phone.port), "nothing listens on the port after Esc")
    check(rows(path, "SELECT count(*) FROM phone_session") == 0, "the session is ended in the file")

    click(find(app.window(PROJECT), "button", w("Main menu")))
    app.click_ending(find(app.root, "menu item", w("Quit")))
    app.wait_exit()
    saved, source = read_saved(binary, path)
    check(source == "export-json", "export-json reads the file")
    phones_answers = sorted((a["statementID"], a["experience"], a["importance"]) for a in saved["answers"]
                            if a["roundID"] == ROUND_ID)
    check(phones_answers == sorted([(ids[0], 4, 5), (ids[1], 2, 3), (ids[0], 1, 5)]),
          "the phones' answers in %s: %r" % (source, phones_answers))


def test_phones_resume_after_a_crash(launch, home, binary, language):
    w = Words(language)
    path = prepared_project(App(binary, home, language=language), home)
    app = launch(path, language=language)
    workshop = rating_screen(app, w)
    url = phones_on_loopback(app, workshop, w)
    phone = Phone(url)
    phone.join()
    phone.answer(statements()[0], 3, 4)
    wait_screen(workshop, w, answered(w, 1), "the phone's answer counted")
    app.process.kill()
    app.process.wait()
    check(not listening(phone.host, phone.port), "the killed app listens no more")

    again = launch(path, language=language)
    click(find(again.window(PROJECT), "button", w("Main menu")))
    click(find(again.root, "menu item", w("Present")))
    workshop = again.window(w("Workshop"))
    wait_screen(workshop, w, answered(w, 1), "back on the rating screen with the phone's answer")
    click(find(workshop, "button", w("Resume the phones")))
    resumed = wait_for(lambda: text_of(find(workshop, None, w("Address for the phones"))) or None, "the address again")
    check(resumed == url, "the same address, so the phones carry on: %r, was %r" % (resumed, url))
    phone.answer(statements()[1], 5, 5)
    wait_for(lambda: rows(path, "SELECT count(*) FROM answer WHERE statement_id = ?", statements()[1]) == 1,
             "the phone answers again after the resume")
    check(answered(w, 1) in screen_text(workshop, w), "still one respondent")
    # A click on the screen (a mouse on the projector) steps forward; on the last screen it stays, and the app with it.
    extents = find(workshop, None, w("Workshop screen")).queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    pyatspi.Registry.generateMouseEvent(extents.x + extents.width // 2, extents.y + extents.height // 2, "b1c")
    wait_screen(workshop, w, resumed, "the click kept the phones' screen")
    # Quitting (Ctrl+Q) with the workshop and its phones open ends the session too.
    pyatspi.Registry.generateKeyboardEvent(37, None, pyatspi.KEY_PRESS)  # Control_L by its key code (37 in the default map)
    key("q")
    pyatspi.Registry.generateKeyboardEvent(37, None, pyatspi.KEY_RELEASE)
    again.wait_exit()
    check(not listening(phone.host, phone.port), "nothing listens after quitting")
    check(rows(path, "SELECT count(*) FROM phone_session") == 0, "quitting ends the session in the file")
