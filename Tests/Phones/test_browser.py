"""A real browser at a phone's size: Debian's chromium, headless, driven by selenium. Reads the QR code from a
screenshot of the join screen with zbarimg, joins, answers, changes an answer, waits, sees the results after the
reveal; the plain form alone; screenshots of the phone page in nb and en, light and dark."""
import os
import shutil
import subprocess
import time

import phones

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

SHOTS = os.environ.get("SAMSKAP_PHONE_SHOTS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".build", "phone-screenshots"))


def _browser(width, height, language="nb", script=True):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--lang={language}",
                     f"--window-size={width},{height}", "--hide-scrollbars"]:
        options.add_argument(argument)
    prefs = {"intl.accept_languages": "nb-NO,nb" if language == "nb" else "en-GB,en"}
    if not script:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    if width < 600:
        options.add_experimental_option("mobileEmulation", {
            "deviceMetrics": {"width": width, "height": height, "pixelRatio": 2.0, "touch": True},
            "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"})
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.set_page_load_timeout(30)
    return driver


def _wait(driver, condition, timeout=20):
    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: condition(d))


def _scheme(driver, dark):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})


def _shot(driver, name):
    os.makedirs(SHOTS, exist_ok=True)
    driver.save_screenshot(os.path.join(SHOTS, name))


def _url_from_join_screen(server, qr, folder):
    """The join screen as the big screen shows it (the workshop window's own is on its branch): the QR code the
    server drew, the URL and the code, photographed at 1920×1080 and read back with zbarimg."""
    screen = os.path.join(folder, "join-screen.html")
    with open(screen, "w", encoding="utf-8") as f:
        f.write(f"""<!doctype html><html><body style="margin:0;background:#222;color:#fff;font:48px sans-serif;display:flex;
                 align-items:center;gap:80px;padding:40px"><img src="qr.png" style="height:800px">
                 <div><p>{server.url}</p><p style="font-size:120px;letter-spacing:.2em">{server.code}</p></div></body></html>""")
    desktop = _browser(1920, 1080)
    try:
        desktop.get("file://" + screen)
        _wait(desktop, lambda d: d.execute_script("return document.images[0].complete && document.images[0].naturalWidth > 0"))
        shot = os.path.join(folder, "join-screen.png")
        desktop.save_screenshot(shot)
    finally:
        desktop.quit()
    os.makedirs(SHOTS, exist_ok=True)
    shutil.copy(shot, os.path.join(SHOTS, "join-screen.png"))
    read = subprocess.run(["zbarimg", "-q", "--raw", shot], capture_output=True, text=True, timeout=60)
    return read.stdout.strip()


def _pick(driver, prefix, statement, value):
    """Taps the choice as a finger would: on its label (the transparent radio button covers it)."""
    driver.find_element(By.CSS_SELECTOR, f'input[name="{prefix}.{statement}"][value="{value}"]').find_element(By.XPATH, "..").click()


def test_phone_flow(binary, folder):
    project = phones.make_project(binary, folder)
    ids = phones.statements(binary)
    qr = os.path.join(folder, "qr.png")
    s = phones.Server(binary, project, extra=["--qr", qr])
    phone = None
    try:
        url = _url_from_join_screen(s, qr, folder)
        assert url == s.url, (url, s.url)
        phone = _browser(390, 844, "nb")
        phone.get(url)
        _shot(phone, "phone-join-nb-light.png")
        phone.find_element(By.CSS_SELECTOR, 'button[value="anonymous"]').click()
        _wait(phone, lambda d: d.find_elements(By.ID, "answers"))
        path = phone.current_url.split(str(s.port), 1)[1]
        _shot(phone, "phone-answer-nb-light.png")
        _scheme(phone, True)
        _shot(phone, "phone-answer-nb-dark.png")
        _scheme(phone, False)
        # Answer with the script: each choice is saved as it is made; then change one.
        _pick(phone, "e", ids[0], 4)
        _pick(phone, "i", ids[0], 5)
        _wait(phone, lambda d: phones.phone_answers(project).get((path, ids[0])) == (4, 5))
        _pick(phone, "e", ids[1], 3)
        _pick(phone, "e", ids[0], 2)
        _wait(phone, lambda d: phones.phone_answers(project).get((path, ids[0])) == (2, 5))
        status = phone.find_element(By.CSS_SELECTOR, f'fieldset[data-statement="{ids[0]}"] .status')
        _wait(phone, lambda d: status.text == "Lagret")
        assert status.get_attribute("role") == "status"
        phone.find_element(By.CSS_SELECTOR, "#answers > button[type=submit]").click()
        _wait(phone, lambda d: d.find_elements(By.ID, "waiting"))
        assert phone.find_element(By.ID, "waiting").text == "Takk – venter på resultatene"
        assert "Resultater" not in phone.page_source
        _shot(phone, "phone-waiting-nb-light.png")
        assert phones.phone_answers(project)[(path, ids[1])] == (3, None)
        # R on the big screen: the waiting page shows the aggregates by itself.
        s.command("reveal", r"^Revealed\.$")
        _wait(phone, lambda d: d.find_elements(By.ID, "results"))
        _shot(phone, "phone-results-nb-light.png")
        _scheme(phone, True)
        _shot(phone, "phone-results-nb-dark.png")
        phone.quit()
        phone = None

        # English, light and dark, and the plain form alone: choices set without a change event (which the script
        # would save), so that only the form's own POST can have saved them. (chromedriver hangs on a click with
        # JavaScript switched off in the profile, so the script stays on.)
        phone = _browser(390, 844, "en")
        phone.get(url)
        phone.find_element(By.CSS_SELECTOR, 'button[value="anonymous"]').click()
        _wait(phone, lambda d: d.find_elements(By.ID, "answers"))
        path = phone.current_url.split(str(s.port), 1)[1]
        assert "How do you experience it?" in phone.page_source
        _shot(phone, "phone-answer-en-light.png")
        _scheme(phone, True)
        _shot(phone, "phone-answer-en-dark.png")
        _scheme(phone, False)
        for prefix, value in [("e", 5), ("i", 1)]:
            phone.execute_script(f'document.querySelector(\'input[name="{prefix}.{ids[2]}"][value="{value}"]\').checked = true')
        assert (path, ids[2]) not in phones.phone_answers(project)
        phone.find_element(By.CSS_SELECTOR, "#answers > button[type=submit]").click()
        _wait(phone, lambda d: d.find_elements(By.ID, "results"))  # revealed already: the results at once
        assert phones.phone_answers(project)[(path, ids[2])] == (5, 1)
        _shot(phone, "phone-results-en-light.png")
        s.stop()
    finally:
        if phone:
            phone.quit()
        if s.proc.poll() is None:
            s.kill()
    return f"screenshots in {os.path.normpath(SHOTS)}"
