"""Bokmål for the texts of workshop mode (Sources/SamskapUI/Workshop and its actions); make_po.py merges it into NB.

The screens' own texts are drawn by SamskapGraphics and live in Sources/SamskapGraphics/Workshop/WorkshopTexts.swift.
Terms: verksted, agenda, skjerm, runde, deltaker, vis resultatene.
"""

NB = {
    "Present": "Presenter",
    "Prepare the workshop…": "Forbered verkstedet …",
    "The workshop": "Verkstedet",
    "Workshop": "Verksted",
    "Workshop screen": "Verkstedskjerm",
    "Workshop keys": "Tastene i verkstedet",
    "Workshop agenda": "Verkstedets agenda",
    "Add a screen": "Legg til en skjerm",
    "Add screen: %1$s": "Legg til skjerm: %1$s",
    "Screens in order": "Skjermene i rekkefølge",
    "(on show)": "(vises nå)",
    "Move screen %1$s up": "Flytt skjerm %1$s opp",
    "Move screen %1$s down": "Flytt skjerm %1$s ned",
    "Delete screen %1$s": "Slett skjerm %1$s",
    "No screens yet. Add the first with a button above.": "Ingen skjermer ennå. Legg til den første med en knapp over.",
    "Screen deleted. Ctrl+Z brings it back.": "Skjermen er slettet. Ctrl+Z henter den tilbake.",
    "The workshop has no screens yet. Add some first.": "Verkstedet har ingen skjermer ennå. Legg til noen først.",
    "The workshop has no screens yet. Prepare the agenda in the project window.":
        "Verkstedet har ingen skjermer ennå. Forbered agendaen i prosjektvinduet.",
    "Participant %1$s": "Deltaker %1$s",
    "Workshop %1$s": "Verksted %1$s",
    "→, Space or Page Down: next screen": "→, mellomrom eller Page Down: neste skjerm",
    "←, Page Up: previous screen": "←, Page Up: forrige skjerm",
    "R: reveal the results": "R: vis resultatene",
    "N: start a new round on a rating screen": "N: start en ny runde på en vurderingsskjerm",
    "1–5 twice per statement: experience, then importance; 0: don’t know":
        "1–5 to ganger per påstand: opplevelse, så viktighet; 0: vet ikke",
    "↑ ↓: highlight another value or action field": "↑ ↓: fremhev en annen verdi eller et annet handlingsfelt",
    "1–4 on the four rooms: count what the room says": "1–4 på de fire rommene: tell det rommet sier",
    "Space on the timer: start or stop; 0: reset": "Mellomrom på tidtakeren: start eller stopp; 0: nullstill",
    "T: dark, light or high contrast": "T: mørk, lys eller høy kontrast",
    "Esc: leave the workshop": "Esc: forlat verkstedet",
    "?: show or hide these keys": "?: vis eller skjul tastene",
}
