#!/usr/bin/python3
"""Writes nb.po and en.po from samskap.pot and the bokmål translations below.

Regenerate the template first:
  xgettext -L C --from-code=UTF-8 --keyword=tr --keyword=trf -o Resources/po/samskap.pot $(find Sources/SamskapUI Sources/SamskapPresentation -name '*.swift' | sort)
then run this script. It fails when a text of the template has no bokmål translation.
(The window reads the .po files directly at start; no compiled .mo files are needed.)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

NB = {
    "New project…": "Nytt prosjekt …",
    "Open…": "Åpne …",
    "Open the demo project": "Åpne demoprosjektet",
    "Quit": "Avslutt",
    "About Samskap": "Om Samskap",
    "Keyboard shortcuts": "Tastatursnarveier",
    "Save a copy…": "Lagre en kopi …",
    "Close": "Lukk",
    "Undo": "Angre",
    "Redo": "Gjør om",
    "Search partners": "Søk i samarbeidspartnere",
    "Open the main menu": "Åpne hovedmenyen",
    "Overview": "Oversikt",
    "Partners": "Samarbeidspartnere",
    "Vision and goals": "Visjon og mål",
    "Main menu": "Hovedmeny",
    "Application": "Programmet",
    "Project window": "Prosjektvinduet",
    "Plan, follow and measure co-creative social innovation in a municipality.":
        "Planlegg, følg og mål samskapende sosial innovasjon i en kommune.",
    "New anchor point: %1$s": "Nytt forankringspunkt: %1$s",
    "Add": "Legg til",
    "Add anchor point: %1$s": "Legg til forankringspunkt: %1$s",
    "For example: Meeting with the users’ council": "For eksempel: Møte med brukerrådet",
    "For example: Executive committee decision 12.3.2025": "For eksempel: Vedtak i formannskapet 12.3.2025",
    "For example: Agreement with the finance department": "For eksempel: Avtale med økonomiavdelingen",
    "Anchor point: %1$s": "Forankringspunkt: %1$s",
    "Remove anchor point “%1$s”": "Fjern forankringspunktet «%1$s»",
    "Municipality": "Kommune",
    "Type a name or number": "Skriv navn eller nummer",
    "Matching municipalities": "Kommuner som passer",
    "No municipality matches “%1$s”. Check the spelling, or type the four-digit number.":
        "Ingen kommune passer med «%1$s». Sjekk stavemåten, eller skriv det firesifrede nummeret.",
    "Choose a municipality from the list.": "Velg en kommune i listen.",
    "“%1$s” is not a date. Write it as 1.3.2026.": "«%1$s» er ikke en dato. Skriv den som 1.3.2026.",
    "%1$s: %2$s": "%1$s: %2$s",
    "Choose who plans and who delivers to place the project between thin and thick co-creation.":
        "Velg hvem som planlegger og hvem som leverer, så plasseres prosjektet mellom tynn og tykk samskaping.",
    "Project": "Prosjekt",
    "Project name": "Prosjektnavn",
    "Start date": "Startdato",
    "d.m.yyyy": "d.m.åååå",
    "End date": "Sluttdato",
    "Starts": "Starter",
    "Ends": "Slutter",
    "The problem": "Problemet",
    "In the words of those who live with it.": "Med ordene til dem som lever med det.",
    "Where the work stands": "Hvor arbeidet står",
    "Phase in the circle of social innovation": "Fase i sirkelen for sosial innovasjon",
    "Not set": "Ikke valgt",
    "Who plans and designs": "Hvem planlegger og utformer",
    "Who delivers": "Hvem leverer",
    "Thin or thick co-creation": "Tynn eller tykk samskaping",
    "Summary": "Sammendrag",
    "No partners yet.": "Ingen samarbeidspartnere ennå.",
    "Partners by sector": "Samarbeidspartnere etter sektor",
    "Citizen roles covered": "Innbyggerroller som er dekket",
    "Citizens take part in all three roles.": "Innbyggerne deltar i alle tre rollene.",
    "No overall goals yet.": "Ingen overordnede mål ennå.",
    "Overall goals": "Overordnede mål",
    "New partner": "Ny samarbeidspartner",
    "Every change is saved at once.": "Alle endringer lagres med en gang.",
    "The new partner is saved as soon as it has a name.": "Den nye samarbeidspartneren lagres så snart den har et navn.",
    "Not saved until the field marked in red is corrected.": "Ikke lagret før feltet som er merket med rødt, er rettet.",
    "Delete “%1$s” with their sub-goals? You can undo it afterwards.":
        "Slette «%1$s» med delmålene? Du kan angre etterpå.",
    "Deleted “%1$s”": "Slettet «%1$s»",
    "_Undo": "_Angre",
    "Partner": "Samarbeidspartner",
    "Partner name": "Navn på samarbeidspartner",
    "Name": "Navn",
    "Sector": "Sektor",
    "Citizen roles": "Innbyggerroller",
    "Contact person": "Kontaktperson",
    "Role or title": "Rolle eller tittel",
    "E-mail": "E-post",
    "Telephone": "Telefon",
    "What they bring": "Hva de bidrar med",
    "Resources": "Ressurser",
    "Competence and experience": "Kompetanse og erfaring",
    "Time, money, rooms, networks.": "Tid, penger, lokaler, nettverk.",
    "Own agenda": "Egen agenda",
    "What they want for themselves": "Hva de vil oppnå for egen del",
    "Legitimate, as long as it does not overshadow the shared vision.":
        "Legitimt, så lenge det ikke overskygger den felles visjonen.",
    "Anchor points": "Forankring",
    "_Delete partner…": "_Slett samarbeidspartner …",
    "Delete": "Slett",
    "Cancel": "Avbryt",
    "Choose a partner in the list, or add one.": "Velg en samarbeidspartner i listen, eller legg til en.",
    "Sector filter": "Filtrer på sektor",
    "All sectors": "Alle sektorer",
    "Partner list": "Liste over samarbeidspartnere",
    "No partner matches the search.": "Ingen samarbeidspartner passer med søket.",
    "_Add partner": "_Legg til samarbeidspartner",
    "Partners are the organisations, groups and people who create the project together.":
        "Samarbeidspartnerne er organisasjonene, gruppene og menneskene som skaper prosjektet sammen.",
    "Add the _first partner": "Legg til den _første samarbeidspartneren",
    "Step on the staircase of a co-creating municipality, per unit or area":
        "Trinn på trappen mot en samskapende kommune, per enhet eller område",
    "New unit or area": "Ny enhet eller nytt område",
    "For example: Health and care": "For eksempel: Helse og omsorg",
    "Add unit or area": "Legg til enhet eller område",
    "Unit or area": "Enhet eller område",
    "Step of %1$s": "Trinnet til %1$s",
    "Remove %1$s": "Fjern %1$s",
    "Name the unit or area, or remove the row.": "Gi enheten eller området et navn, eller fjern raden.",
    "No overall goals yet. Write the first one below.": "Ingen overordnede mål ennå. Skriv det første nedenfor.",
    "Goal %1$s": "Mål %1$s",
    "Move goal %1$s up": "Flytt mål %1$s opp",
    "Move goal %1$s down": "Flytt mål %1$s ned",
    "Remove goal %1$s": "Fjern mål %1$s",
    "Add partners to record their sub-goals.": "Legg til samarbeidspartnere for å skrive inn delmålene deres.",
    "Sub-goal of %1$s": "Delmål for %1$s",
    "Remove sub-goal “%1$s”": "Fjern delmålet «%1$s»",
    "New sub-goal of %1$s": "Nytt delmål for %1$s",
    "What does this partner want to achieve?": "Hva vil denne samarbeidspartneren oppnå?",
    "Add sub-goal": "Legg til delmål",
    "Add sub-goal of %1$s": "Legg til delmål for %1$s",
    "Shared vision": "Felles visjon",
    "The future you want together": "Framtiden dere vil ha sammen",
    "A picture of a desired future, not a slogan.": "Et bilde av en ønsket framtid, ikke et slagord.",
    "New goal": "Nytt mål",
    "What do you want to achieve together?": "Hva vil dere oppnå sammen?",
    "Add goal": "Legg til mål",
    "Partners’ sub-goals": "Samarbeidspartnernes delmål",
    "Open a project": "Åpne et prosjekt",
    "_Open": "_Åpne",
    "Save a copy": "Lagre en kopi",
    "_Save": "_Lagre",
    "Choose a folder": "Velg en mappe",
    "_Choose": "_Velg",
    "_Cancel": "_Avbryt",
    "Samskap projects": "Samskap-prosjekter",
    "New project": "Nytt prosjekt",
    "For example: Together against loneliness": "For eksempel: Sammen mot ensomhet",
    "Folder": "Mappe",
    "C_reate": "_Opprett",
    "C_hoose…": "_Velg …",
    "Choose folder": "Velg mappe",
    "The project will be saved as %1$s": "Prosjektet lagres som %1$s",
    "Co-creative social innovation: partners, shared goals and what the work achieves.":
        "Samskapende sosial innovasjon: samarbeidspartnere, felles mål og hva arbeidet oppnår.",
    "_New project…": "_Nytt prosjekt …",
    "_Open…": "_Åpne …",
    "Open the _demo project": "Åpne _demoprosjektet",
    "Recent projects": "Nylig brukte prosjekter",
    "Open %1$s": "Åpne %1$s",
    "Open a project file: samskap FILE.samskap": "Åpne en prosjektfil: samskap FIL.samskap",
    "The project file could not be read or written (%1$s).": "Prosjektfilen kunne ikke leses eller skrives (%1$s).",
    "%1$s (copy)": "%1$s (kopi)",
    "Saved a copy as %1$s": "Lagret en kopi som %1$s",
    "Pages": "Sider",
    "Dismiss": "Lukk meldingen",
}

# A page's own translations may live beside this file and join NB here.
from process_nb import NB as _PROCESS_NB  # noqa: E402
NB.update(_PROCESS_NB)
from charts_nb import NB as _CHARTS_NB  # noqa: E402
NB.update(_CHARTS_NB)
from impact_nb import NB as _IMPACT_NB  # noqa: E402
NB.update(_IMPACT_NB)
from drafts_nb import NB as _DRAFTS_NB  # noqa: E402
NB.update(_DRAFTS_NB)
from shell_nb import NB as _SHELL_NB  # noqa: E402
NB.update(_SHELL_NB)
from fixes11_nb import NB as _FIXES11_NB  # noqa: E402
NB.update(_FIXES11_NB)
from plan_nb import NB as _PLAN_NB  # noqa: E402
NB.update(_PLAN_NB)
from workshop_nb import NB as _WORKSHOP_NB  # noqa: E402
NB.update(_WORKSHOP_NB)


def unquote(text):
    body = text.strip()[1:-1]
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}[m.group(1)], body)


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def entries(pot):
    """(comment lines, msgid) of each entry of the template, header left out."""
    out, comments, msgid, target = [], [], None, None
    for line in open(pot, encoding="utf-8").read().split("\n") + [""]:
        if not line.strip():
            if msgid:
                out.append((comments, msgid))
            comments, msgid, target = [], None, None
        elif line.startswith("#"):
            comments.append(line)
        elif line.startswith("msgid "):
            msgid, target = unquote(line[6:]), "id"
        elif line.startswith("msgstr "):
            target = "str"
        elif line.startswith('"') and target == "id":
            msgid += unquote(line)
    return out


def write(language, translate):
    header = ('msgid ""\nmsgstr ""\n"Project-Id-Version: samskap\\n"\n"Language: %s\\n"\n'
              '"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
              '"Content-Transfer-Encoding: 8bit\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n' % language)
    parts = [header]
    for comments, msgid in entries(os.path.join(HERE, "samskap.pot")):
        parts.append("\n".join([c for c in comments if c.startswith("#:") or c.startswith("#,")]
                               + ["msgid " + quote(msgid), "msgstr " + quote(translate(msgid))]))
    with open(os.path.join(HERE, language + ".po"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(parts) + "\n")


def main():
    missing = [m for _, m in entries(os.path.join(HERE, "samskap.pot")) if m not in NB]
    if missing:
        print("No bokmål for:\n  " + "\n  ".join(missing))
        return 1
    write("nb", lambda m: NB[m])
    write("en", lambda m: m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
