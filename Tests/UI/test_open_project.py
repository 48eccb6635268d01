"""Opening a project file from the command line."""
import os

from fixtures import write_project
from harness import check, find

NAME = "Møteplass for eldre innvandrerkvinner i Årdal – «Sammen ut»"
PARTNERS = [("Årdal frivilligsentral", "civilSociety"), ("NAV Årdal", "publicAgency"),
            ("Kvinnegruppa Ærlig Øyeblikk", "citizens")]


def test_open_shows_name_and_partners(launch, home, binary, language):
    path = write_project(os.path.join(home, "projects", "sammen ut.samskap"), NAME, PARTNERS)
    app = launch(path, language=language)
    window = app.window(NAME)
    check(window.name == NAME, "window title is the project name")
    for partner, _ in PARTNERS:
        find(window, "label", partner)
    sector = "Sivilsamfunn og frivillighet" if language == "nb" else "Civil society and volunteers"
    find(window, "label", sector)
