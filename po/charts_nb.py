"""Bokmål for the texts of the charts in the window (Sources/SamskapUI/Charts, the Overview's charts) and the
Report page (Sources/SamskapUI/Pages/Report); make_po.py merges it into NB.

Terms as in the report and the CLI: figur, runde, respondent, handlingsfelt, verdi, innbyggerrolle.
"""

NB = {
    # Charts
    "Charts": "Figurer",
    "Round %1$s (%2$s), %3$s respondents.": "Runde %1$s (%2$s), %3$s respondenter.",
    "No round of answers yet, so the chart has no scores.": "Ingen svarrunde ennå, så figuren har ingen skårer.",
    "%1$s: no score": "%1$s: ingen skåre",
    "%1$s: %2$s.": "%1$s: %2$s.",
    "The partners largely agree.": "Samarbeidspartnerne er stort sett enige.",
    "Most disputed: %1$s.": "Mest omstridt: %1$s.",
    "Largest gaps between importance and experience: %1$s.": "Størst avstand mellom viktighet og opplevelse: %1$s.",
    "%1$s rounds, from %2$s to %3$s.": "%1$s runder, fra %2$s til %3$s.",
    "No indicators yet.": "Ingen indikatorer ennå.",
    "%1$s indicators. %2$s.": "%1$s indikatorer. %2$s.",
    "%1$s overall goals, %2$s sub-goals, %3$s indicators.": "%1$s hovedmål, %2$s delmål, %3$s indikatorer.",
    "Not placed between thin and thick co-creation yet.": "Ikke plassert mellom tynn og tykk samskaping ennå.",
    "No step of the staircase marked yet.": "Ingen trinn på trappen er markert ennå.",
    "%1$s steps of the staircase marked.": "%1$s trinn på trappen er markert.",
    "No citizen roles covered yet.": "Ingen innbyggerroller er dekket ennå.",
    "Citizen roles covered: %1$s.": "Innbyggerroller som er dekket: %1$s.",
    "%1$s partners.": "%1$s samarbeidspartnere.",
    "SVG (sharp at any size)": "SVG (skarp i alle størrelser)",
    "PNG, %1$s × %2$s pixels": "PNG, %1$s × %2$s piksler",
    "PNG, the size shown on screen": "PNG, størrelsen på skjermen",
    "Export “%1$s”": "Eksporter «%1$s»",
    "Export chart…": "Eksporter figur …",
    "Export chart": "Eksporter figur",
    "The chart is still being drawn. Try again in a moment.": "Figuren tegnes fortsatt. Prøv igjen om et øyeblikk.",
    "SVG pictures": "SVG-bilder",
    "PNG pictures": "PNG-bilder",
    "Saved the chart as %1$s": "Lagret figuren som %1$s",
    "Could not save the chart as “%1$s” (%2$s). Choose a folder you can write to and try again.":
        "Klarte ikke å lagre figuren som «%1$s» (%2$s). Velg en mappe du kan skrive i, og prøv igjen.",
    # Report page
    "Report": "Rapport",
    "Export the report as PDF…": "Eksporter rapporten som PDF …",
    "Print the report…": "Skriv ut rapporten …",
    "Export the report as PDF": "Eksporter rapporten som PDF",
    "PDF documents": "PDF-dokumenter",
    "Saved the report (%1$s pages) as %2$s": "Lagret rapporten (%1$s sider) som %2$s",
    "Could not write the report to “%1$s” (%2$s). Choose a folder you can write to and try again.":
        "Klarte ikke å skrive rapporten til «%1$s» (%2$s). Velg en mappe du kan skrive i, og prøv igjen.",
    "Sections": "Deler",
    "The title page and the contents are always included.": "Tittelsiden og innholdslisten er alltid med.",
    "Language of the report": "Rapportens språk",
    "_Export PDF…": "_Eksporter PDF …",
    "Export PDF…": "Eksporter PDF …",
    "_Print…": "Skriv _ut …",
    "Print…": "Skriv ut …",
    "Preview of page one": "Forhåndsvisning av side 1",
    "Page one": "Side 1",
    "Open the handbook's _example: a refugee incubator": "Åpne håndbokens _eksempel: en inkubator for flyktninger",
    "Towards the users and the other partners: who knows about the work and takes part in it.":
        "Mot brukerne og de andre samarbeidspartnerne: hvem som kjenner til arbeidet og er med i det.",
    "Towards leaders and politicians: decisions, budgets and plans that carry the work on.":
        "Mot ledere og politikere: vedtak, budsjetter og planer som bærer arbeidet videre.",
    "Towards the support functions of this partner's own organisation: finance, archives, IT, staff.":
        "Mot støttefunksjonene i samarbeidspartnerens egen organisasjon: økonomi, arkiv, IT, personal.",
    "Projects": "Prosjekter",
    "Editing": "Redigering",
    "Pages": "Sider",
    "The report": "Rapporten",
    "The window": "Vinduet",
    "%1$s – report": "%1$s – rapport",
    "The model content could not be read (%1$s). Reinstall Samskap or set SAMSKAP_DATA_DIR.":
        "Modellinnholdet kunne ikke leses (%1$s). Installer Samskap på nytt, eller sett SAMSKAP_DATA_DIR.",
    "1 page": "1 side",
    "%1$s pages": "%1$s sider",
    "The title page of a report of %1$s pages.": "Tittelsiden i en rapport på %1$s sider.",
    "Printing is not available.": "Utskrift er ikke tilgjengelig.",
    "The report could not be printed (%1$s). Check the printer and try again.":
        "Rapporten kunne ikke skrives ut (%1$s). Sjekk skriveren, og prøv igjen.",
}
