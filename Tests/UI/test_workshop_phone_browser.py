"""A phone's real browser in a real workshop: present a rating screen, press P, choose 127.0.0.1, photograph the whole
X screen and read the QR code with zbarimg; a headless chromium at a phone's size (390×844) opens that URL, joins,
answers every statement, changes one answer and sends the form; it sees the waiting page while the workshop screen
counts one phone, and the results once the coordinator presses R. `export-json` then holds the changed answer."""
import os
import sys

from harness import App, check, click, find, wait_for
from saved import read_saved
from test_workshop import PROJECT, ROUND_ID, key, prepared_project, wait_screen
from test_workshop_phones import answered, qr_on_screen, rating_screen, start_phones_on_loopback
from words import Words

sys.path.append(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Phones"))
import phone_browser  # noqa: E402
import phones  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

# The phone page's own texts (SamskapPhones/PhonePageTexts.swift), in the phone's language.
WAITING = {"nb": "Takk – venter på resultatene", "en": "Thank you – waiting for the results"}
RESULTS = {"nb": "Resultater", "en": "Results"}


def url_in_qr_code():
    """The URL the room's phones read from the projection, once the QR code is on the screen."""
    text = qr_on_screen()
    return text if text.startswith("http://") else None


def test_phone_browser_in_the_workshop(launch, home, binary, language):
    w = Words(language)
    path = prepared_project(App(binary, home, language=language), home)
    app = launch(path, language=language)
    workshop = rating_screen(app, w)
    start_phones_on_loopback(app, w)
    url = wait_for(url_in_qr_code, "a URL in the QR code on the workshop screen", timeout=30)

    phone = phone_browser.phone(language)
    try:
        phone.get(url)
        check(phone.find_elements(By.CSS_SELECTOR, 'button[value="anonymous"]'),
              "the QR code's URL %s opens the page to join; the phone shows %r" % (url, phone.find_element(By.TAG_NAME, "body").text[:200]))
        phone_browser.join_anonymously(phone)
        me = phone.current_url.split(url.split("/s/")[0], 1)[1]  # "/s/TOKEN/p/SECRET/", as phones.phone_answers keys it
        ids = phone_browser.statements_on_page(phone)
        check(ids, "the answer page lists the round's statements")
        chosen = {s: (k % 5 + 1, 5 - k % 5) for k, s in enumerate(ids)}
        for statement, (experience, importance) in chosen.items():
            phone_browser.pick(phone, "e", statement, experience)
            phone_browser.pick(phone, "i", statement, importance)
        wait_for(lambda: all(phones.phone_answers(path).get((me, s)) == v for s, v in chosen.items()),
                 "every answer chosen on the phone saved in the file as it was made", timeout=30)
        # A change of mind on the first statement: saved in place of the first answer.
        changed = ids[0]
        chosen[changed] = (3 if chosen[changed][0] != 3 else 4, chosen[changed][1])
        phone_browser.pick(phone, "e", changed, chosen[changed][0])
        saved_text = phone.find_element(By.ID, "answers").get_attribute("data-saved")
        status = phone_browser.status(phone, changed)
        phone_browser.wait(phone, lambda d: status.text == saved_text, "the changed answer said saved")
        wait_for(lambda: phones.phone_answers(path).get((me, changed)) == chosen[changed], "the changed answer in the file")

        phone_browser.send(phone)
        phone_browser.wait(phone, lambda d: d.find_elements(By.ID, "waiting"), "the waiting page")
        waiting = phone.find_element(By.ID, "waiting").text
        check(waiting == WAITING[language], "the waiting page in the phone's language: %r" % waiting)
        check(not phone.find_elements(By.ID, "results") and RESULTS[language] not in phone.page_source,
              "no result on the phone before R")
        wait_screen(workshop, w, answered(w, 1), "the workshop screen counts the phone")

        key("r")
        # The waiting page reloads by itself.
        phone_browser.wait(phone, lambda d: d.find_elements(By.ID, "results"), "the results on the phone after R")
        check(RESULTS[language] in phone.page_source, "the phone shows the results after R")
        if os.environ.get("SAMSKAP_SHOTS"):
            phone_browser.shot(phone, os.environ["SAMSKAP_SHOTS"], "workshop-phone-results-%s.png" % language)
    finally:
        phone.quit()

    key("Escape")
    wait_for(lambda: w("Workshop") not in app.window_names(), "Esc leaves the workshop")
    click(find(app.window(PROJECT), "button", w("Main menu")))
    app.click_ending(find(app.root, "menu item", w("Quit")))
    app.wait_exit()
    saved, source = read_saved(binary, path)
    check(source == "export-json", "export-json reads the file")
    answers = {a["statementID"]: (a["experience"], a["importance"]) for a in saved["answers"] if a["roundID"] == ROUND_ID}
    check(answers == chosen, "the phone's answers in %s, the changed one as changed: %r, expected %r" % (source, answers, chosen))
