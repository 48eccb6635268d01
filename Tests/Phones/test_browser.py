"""A real browser at a phone's size against `samskap phones`: its QR code (--qr) read back, join, answer, change an
answer, wait, see the results after the reveal; the plain form alone; screenshots of the phone page in nb and en,
light and dark. (Reading the QR code from the workshop screen is Tests/UI/test_workshop_phone_browser.py's.)"""
import os
import subprocess

import phones
from phone_browser import browser, join_anonymously, pick, scheme, send, shot, status, wait
from selenium.webdriver.common.by import By

SHOTS = os.environ.get("SAMSKAP_PHONE_SHOTS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".build", "phone-screenshots"))


def _shot(driver, name):
    shot(driver, SHOTS, name)


def test_phone_flow(binary, folder):
    project = phones.make_project(binary, folder)
    ids = phones.statements(binary)
    qr = os.path.join(folder, "qr.png")
    s = phones.Server(binary, project, extra=["--qr", qr])
    phone = None
    try:
        # The command's QR code (--qr) reads as its URL; the workshop window's own is read from the screen in Tests/UI.
        read = subprocess.run(["zbarimg", "-q", "--raw", qr], capture_output=True, text=True, timeout=60)
        assert read.stdout.strip() == s.url, (read.stdout, s.url)
        phone = browser(390, 844, "nb")
        phone.get(s.url)
        _shot(phone, "phone-join-nb-light.png")
        join_anonymously(phone)
        path = phone.current_url.split(str(s.port), 1)[1]
        _shot(phone, "phone-answer-nb-light.png")
        scheme(phone, True)
        _shot(phone, "phone-answer-nb-dark.png")
        scheme(phone, False)
        # Answer with the script: each choice is saved as it is made; then change one.
        pick(phone, "e", ids[0], 4)
        pick(phone, "i", ids[0], 5)
        wait(phone, lambda d: phones.phone_answers(project).get((path, ids[0])) == (4, 5), "the first answer saved")
        pick(phone, "e", ids[1], 3)
        pick(phone, "e", ids[0], 2)
        wait(phone, lambda d: phones.phone_answers(project).get((path, ids[0])) == (2, 5), "the changed answer saved")
        saved = status(phone, ids[0])
        wait(phone, lambda d: saved.text == "Lagret", "the change said saved")
        assert saved.get_attribute("role") == "status"
        send(phone)
        wait(phone, lambda d: d.find_elements(By.ID, "waiting"), "the waiting page")
        assert phone.find_element(By.ID, "waiting").text == "Takk – venter på resultatene"
        assert "Resultater" not in phone.page_source
        _shot(phone, "phone-waiting-nb-light.png")
        assert phones.phone_answers(project)[(path, ids[1])] == (3, None)
        # R on the big screen: the waiting page shows the aggregates by itself.
        s.command("reveal", r"^Revealed\.$")
        wait(phone, lambda d: d.find_elements(By.ID, "results"), "the results after the reveal")
        _shot(phone, "phone-results-nb-light.png")
        scheme(phone, True)
        _shot(phone, "phone-results-nb-dark.png")
        phone.quit()
        phone = None

        # English, light and dark, and the plain form alone: choices set without a change event (which the script
        # would save), so that only the form's own POST can have saved them. (chromedriver hangs on a click with
        # JavaScript switched off in the profile, so the script stays on.)
        phone = browser(390, 844, "en")
        phone.get(s.url)
        join_anonymously(phone)
        path = phone.current_url.split(str(s.port), 1)[1]
        assert "How do you experience it?" in phone.page_source
        _shot(phone, "phone-answer-en-light.png")
        scheme(phone, True)
        _shot(phone, "phone-answer-en-dark.png")
        scheme(phone, False)
        for prefix, value in [("e", 5), ("i", 1)]:
            phone.execute_script(f'document.querySelector(\'input[name="{prefix}.{ids[2]}"][value="{value}"]\').checked = true')
        assert (path, ids[2]) not in phones.phone_answers(project)
        send(phone)
        wait(phone, lambda d: d.find_elements(By.ID, "results"), "the results")  # revealed already: the results at once
        assert phones.phone_answers(project)[(path, ids[2])] == (5, 1)
        _shot(phone, "phone-results-en-light.png")
        s.stop()
    finally:
        if phone:
            phone.quit()
        if s.proc.poll() is None:
            s.kill()
    return f"screenshots in {os.path.normpath(SHOTS)}"
