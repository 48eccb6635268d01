"""Bokmål for the texts about values that are not saved: the mark in a form and the question on closing;
make_po.py merges it into NB."""

NB = {
    "%1$s for “%2$s”": "%1$s for «%2$s»",
    "%1$s for a new partner": "%1$s for en ny samarbeidspartner",
    "%1$s for a new indicator": "%1$s for en ny indikator",
    "%1$s for “%2$s”, %3$s": "%1$s for «%2$s», %3$s",
    "New measurement of “%1$s”": "Ny måling for «%1$s»",
    "Anchor point (%1$s) for “%2$s”": "Forankringspunkt (%1$s) for «%2$s»",
    "The field marked in red is not saved until you correct it. Everything else is saved.":
        "Feltet merket med rødt blir ikke lagret før du retter det. Alt annet er lagret.",
    "Values not saved": "Verdier som ikke er lagret",
    "One value is not saved": "Én verdi er ikke lagret",
    "Some values are not saved": "Noen verdier er ikke lagret",
    "What you typed below is not valid, so it is not saved. If you close now, it is lost.":
        "Det du skrev nedenfor er ikke gyldig, og derfor ikke lagret. Lukker du nå, går det tapt.",
    "_Go back and correct": "_Gå tilbake og rett",
    "Go back and correct": "Gå tilbake og rett",
    "_Close anyway": "_Lukk likevel",
    "Close anyway": "Lukk likevel",
    "(empty)": "(tomt)",
}
