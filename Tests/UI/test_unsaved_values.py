"""Issue 11: a value that does not validate never costs the others. Per form: one bad and two good fields, away and
back (the bad value is still there, marked), quit (the question names it), reopen (the good values are in the file)."""
import os

from harness import check, click, find, text_of, type_into, wait_for
from unsaved import DEMO, open_demo, quit_and_answer, saved, shows_invalid
from words import Words

PARTNER = "NAV Drammen"
OTHER_PARTNER = "Frivilligsentralen"
BAD_EMAIL = "kari.nordmann@bergen"
PHONE = "32 21 40 00"
PERSON = "Kari Nordmann-Ås"


def _partner(document, name):
    return next(p for p in document["partners"] if p["name"] == name)


def test_partner(launch, home, binary, language):
    w = Words(language)
    app = launch(language=language)
    window, path = open_demo(app, w)
    bad_message = w.term("ser ikke riktig ut", "does not look right")

    click(find(window, "toggle", w("Partners")))
    click(find(window, "button", PARTNER))
    email = find(window, "entry", w("E-mail"))
    type_into(email, BAD_EMAIL)
    find(window, "label", bad_message, contains=True)
    type_into(find(window, "entry", w("Telephone")), PHONE)
    type_into(find(window, "entry", w("Contact person")), PERSON)
    wait_for(lambda: (lambda p: p["contact"]["phone"] == PHONE and p["contact"]["person"] == PERSON)(
        _partner(saved(binary, path), PARTNER)), "the phone and the contact person in the file beside a bad e-mail")

    # Another partner, another page, and back: the bad e-mail is still in its field, marked.
    click(find(window, "button", OTHER_PARTNER))
    wait_for(lambda: text_of(find(window, "entry", w("E-mail"))) != BAD_EMAIL, "the other partner in the form")
    click(find(window, "toggle", w("Overview")))
    click(find(window, "toggle", w("Partners")))
    click(find(window, "button", PARTNER))
    shows_invalid(window, find(window, "entry", w("E-mail")), BAD_EMAIL, bad_message)
    # Replacing the text empties the field for a moment, a valid edit that is saved; the bad address never is.
    email_saved = _partner(saved(binary, path), PARTNER)["contact"]["email"]
    check(email_saved != BAD_EMAIL, "the bad e-mail is not in the file")

    quit_and_answer(app, window, w, w("%1$s: %2$s", w("%1$s for “%2$s”", w("E-mail"), PARTNER), BAD_EMAIL))

    again = launch(os.path.join(home, "data", "samskap", "demo.samskap"), language=language)
    window = again.window(DEMO)
    click(find(window, "toggle", w("Partners")))
    click(find(window, "button", PARTNER))
    wait_for(lambda: text_of(find(window, "entry", w("Telephone"))) == PHONE, "the phone back after reopening")
    check(text_of(find(window, "entry", w("Contact person"))) == PERSON, "the contact person back after reopening")
    check(text_of(find(window, "entry", w("E-mail"))) == email_saved, "the e-mail as it was saved")
