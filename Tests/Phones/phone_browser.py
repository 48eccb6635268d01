"""A phone's browser for the tests: Debian's chromium, headless, driven by selenium through chromium-driver, at a
phone's size with a phone's language; and the few gestures the tests make on the answer page. Used by
Tests/Phones/test_browser.py (against `samskap phones`) and Tests/UI/test_workshop_phone_browser.py (against the
workshop window)."""
import os

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

PHONE_SIZE = (390, 844)
ACCEPT_LANGUAGES = {"nb": "nb-NO,nb", "nn": "nn-NO,nn", "en": "en-GB,en"}


def browser(width, height, language="nb"):
    """A headless chromium; below 600 px wide it poses as a touch phone (its user agent and pixel ratio)."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--lang={language}",
                     f"--window-size={width},{height}", "--hide-scrollbars"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": ACCEPT_LANGUAGES[language]})
    if width < 600:
        options.add_experimental_option("mobileEmulation", {
            "deviceMetrics": {"width": width, "height": height, "pixelRatio": 2.0, "touch": True},
            "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"})
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.set_page_load_timeout(30)
    return driver


def phone(language="nb"):
    return browser(*PHONE_SIZE, language=language)


def wait(driver, condition, what="the page", timeout=20):
    """Polls the page until `condition(driver)` holds and returns its value; fails saying what it waited for and what
    the page shows."""
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: condition(d))
    except TimeoutException:
        shown = driver.find_element(By.TAG_NAME, "body").text[:300]
        raise AssertionError(f"timed out waiting for {what} at {driver.current_url}; the page shows {shown!r}") from None


def scheme(driver, dark):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})


def shot(driver, folder, name):
    os.makedirs(folder, exist_ok=True)
    driver.save_screenshot(os.path.join(folder, name))


def join_anonymously(driver):
    """On the join page: the anonymous button; returns once the answer form is there."""
    driver.find_element(By.CSS_SELECTOR, 'button[value="anonymous"]').click()
    wait(driver, lambda d: d.find_elements(By.ID, "answers"), "the answer form after joining")


def pick(driver, prefix, statement, value):
    """Taps the choice as a finger would: on its label (the transparent radio button covers it)."""
    driver.find_element(By.CSS_SELECTOR, f'input[name="{prefix}.{statement}"][value="{value}"]').find_element(By.XPATH, "..").click()


def statements_on_page(driver):
    """The statement ids of the answer form, in its order."""
    return [f.get_attribute("data-statement") for f in driver.find_elements(By.CSS_SELECTOR, "fieldset.statement")]


def status(driver, statement):
    """The line under a statement that says whether its answer was saved."""
    return driver.find_element(By.CSS_SELECTOR, f'fieldset[data-statement="{statement}"] .status')


def send(driver):
    """The form's own button: sends every answer and leads to the waiting page (or the results once revealed)."""
    driver.find_element(By.CSS_SELECTOR, "#answers > button[type=submit]").click()
