"""Bokmål for the Impact page (Sources/SamskapUI/Pages/Impact), joined into make_po.py's NB."""

NB = {
    # The page and the ten steps
    "Impact": "Effektmåling",
    "Indicator catalogue": "Indikatorkatalogen",
    "Search the catalogue": "Søk i katalogen",
    "Search every area": "Søk i alle områder",
    "No indicator in the catalogue matches the search.": "Ingen indikator i katalogen passer med søket.",
    "The problem, as the Overview has it": "Problemet, slik det står på Oversikt",
    "Not written yet.": "Ikke skrevet ennå.",
    "Change the problem on the Overview": "Endre problemet på Oversikt",
    "The overall goals, as Vision and goals has them": "De overordnede målene, slik de står under Visjon og mål",
    "None set yet.": "Ingen satt ennå.",
    "Change under _Vision and goals": "Endre under _Visjon og mål",
    "Change the goals under Vision and goals": "Endre målene under Visjon og mål",
    "The ten steps": "De ti trinnene",
    "%1$s of 10 done": "%1$s av 10 ferdige",
    "Not started": "Ikke påbegynt",
    "Started": "Påbegynt",
    "Done": "Ferdig",
    "Step %1$s of 10": "Trinn %1$s av 10",
    "Example": "Eksempel",
    "Your text for the step": "Teksten deres for trinnet",
    "Your text for step %1$s": "Teksten deres for trinn %1$s",
    "What you write for the step": "Det dere skriver for trinnet",
    "The step is _done": "Trinnet er _ferdig",
    "The step is done": "Trinnet er ferdig",
    "_Previous step": "_Forrige trinn",
    "Previous step": "Forrige trinn",
    "N_ext step": "_Neste trinn",
    "Next step": "Neste trinn",
    # Guidance, in our own words
    "Describe the problem as those who live with it see it: who it affects, how it shows, and why no single service can solve it alone.":
        "Beskriv problemet slik de som lever med det, ser det: hvem det rammer, hvordan det viser seg, og hvorfor ingen tjeneste kan løse det alene.",
    "Write the few overall goals the partners agree on: what should be different when the work has succeeded.":
        "Skriv de få overordnede målene samarbeidspartnerne er enige om: hva som skal være annerledes når arbeidet har lyktes.",
    "Who is the work for, and who else is affected? Describe each group: how many, what they need and what they already bring.":
        "Hvem er arbeidet for, og hvem andre berøres? Beskriv hver gruppe: hvor mange, hva de trenger, og hva de allerede har med seg.",
    "List the main activities, then explain why they should lead to the change you want: if we do this, then that happens, because …":
        "List opp hovedaktivitetene, og forklar hvorfor de skal føre til endringen dere ønsker: hvis vi gjør dette, skjer dette, fordi …",
    "Choose what you will measure at each level of the results chain: output, outcome and impact. Reuse known indicators from the catalogue where they fit, and let the users help choose.":
        "Velg hva dere skal måle på hvert nivå i resultatkjeden: resultat, virkning og effekt. Bruk kjente indikatorer fra katalogen der de passer, og la brukerne være med og velge.",
    "For each indicator, decide how it is measured, where the data come from, who collects them and how often. Combine figures with interviews and observations.":
        "Bestem for hver indikator hvordan den måles, hvor dataene kommer fra, hvem som samler dem inn, og hvor ofte. Kombiner tall med intervjuer og observasjoner.",
    "Set a target value and a date for each indicator: realistic, agreed with the partners and on the better side of the starting point.":
        "Sett en målverdi og en dato for hver indikator: realistisk, avtalt med samarbeidspartnerne og på riktig side av utgangspunktet.",
    "Measure where you start before the work changes anything, and note the date. Without a starting point you cannot show progress.":
        "Mål hvor dere starter før arbeidet endrer noe, og noter datoen. Uten et utgangspunkt kan dere ikke vise fremgang.",
    "Measure at the agreed times and type or paste the figures into the table. Look at them together and steer by them, not only at the end.":
        "Mål til de avtalte tidene, og skriv eller lim inn tallene i tabellen. Se på dem sammen og styr etter dem, ikke bare til slutt.",
    "Meet regularly to read the measurements: what did we learn, what do we adjust, and what went wrong? Setbacks belong in the log too.":
        "Møtes jevnlig for å lese målingene: hva lærte vi, hva justerer vi, og hva gikk galt? Tilbakeslag hører også hjemme i loggen.",
    # Examples: one made-up project from problem to evaluation
    "Many older women who came to Norway as adults live alone in our district. They seldom go out in winter, speak little Norwegian and do not know the offers that exist. The health centre, the mosque and the volunteer centre each see a part of it.":
        "Mange eldre kvinner som kom til Norge som voksne, bor alene i bydelen vår. De går sjelden ut om vinteren, snakker lite norsk og kjenner ikke tilbudene som finnes. Helsestasjonen, moskeen og frivilligsentralen ser hver sin del av det.",
    "The women meet others at least once a week. They know where to turn for help. The district has a meeting place they have helped to shape.":
        "Kvinnene treffer andre minst én gang i uka. De vet hvor de kan få hjelp. Bydelen har en møteplass de selv har vært med på å forme.",
    "About 60 women over 65 born abroad. Their daughters and granddaughters, who often interpret. The staff at the health centre, whose way of working will change.":
        "Om lag 60 kvinner over 65 år født i utlandet. Døtrene og barnebarna, som ofte tolker. De ansatte på helsestasjonen, som skal endre måten de jobber på.",
    "A weekly cooking group in the volunteer centre’s kitchen with a bilingual host. If the women meet where they feel at home, they make friends and hear about other offers, because trust grows through people they know.":
        "En ukentlig matlagingsgruppe på kjøkkenet til frivilligsentralen, med en tospråklig vert. Hvis kvinnene møtes der de føler seg hjemme, får de venner og hører om andre tilbud, fordi tillit vokser gjennom folk de kjenner.",
    "Output: women who took part in the cooking group. Outcome: women who meet others every week outside the group. Impact: women who say they seldom feel lonely, a year later.":
        "Resultat: kvinner som deltok i matlagingsgruppen. Virkning: kvinner som treffer andre hver uke utenom gruppen. Effekt: kvinner som sier at de sjelden føler seg ensomme, ett år etter.",
    "The host counts participants every week. Twice a year the health centre asks each woman three short questions in her own language.":
        "Verten teller deltakerne hver uke. To ganger i året stiller helsestasjonen hver kvinne tre korte spørsmål på hennes eget språk.",
    "30 women in the cooking group by June next year; half of them meeting others every week by the end of the project.":
        "30 kvinner i matlagingsgruppen innen juni neste år; halvparten av dem treffer andre hver uke ved prosjektslutt.",
    "In September, 4 of the 25 women we spoke with met others every week.":
        "I september traff 4 av de 25 kvinnene vi snakket med, andre hver uke.",
    "At the end of each quarter the host pastes the attendance figures from the spreadsheet.":
        "Ved slutten av hvert kvartal limer verten inn oppmøtetallene fra regnearket.",
    "Few came during Ramadan. We moved the group to the evening that month, and attendance rose again.":
        "Få kom i ramadan. Vi flyttet gruppen til kvelden den måneden, og oppmøtet steg igjen.",
    # Indicators
    "Indicators": "Indikatorer",
    "No indicators yet. Start from a known one in the catalogue, or make your own.":
        "Ingen indikatorer ennå. Start med en kjent indikator fra katalogen, eller lag din egen.",
    "From the _catalogue…": "Fra _katalogen …",
    "_New indicator": "_Ny indikator",
    "New indicator from scratch": "Ny indikator fra bunnen av",
    "New indicator": "Ny indikator",
    "Added “%1$s” from the catalogue": "La til «%1$s» fra katalogen",
    "From the catalogue: %1$s": "Fra katalogen: %1$s",
    "The new indicator is saved as soon as it has a name.": "Den nye indikatoren lagres så snart den har et navn.",
    "What is measured": "Hva som måles",
    "Indicator name": "Indikatornavn",
    "For example: Participants who met others every week": "For eksempel: Deltakere som traff andre hver uke",
    "Level in the results chain": "Nivå i resultatkjeden",
    "Kind": "Type",
    "Direction": "Retning",
    "How it is measured": "Hvordan det måles",
    "Unit": "Enhet",
    "For example: participants, %": "For eksempel: deltakere, %",
    "Method": "Metode",
    "Who collects which data, when and how.": "Hvem som samler inn hvilke data, når og hvordan.",
    "Data source": "Datakilde",
    "Responsible partner": "Ansvarlig samarbeidspartner",
    "Nobody chosen": "Ingen valgt",
    "Frequency": "Hyppighet",
    "Baseline and target": "Utgangspunkt og mål",
    "Baseline value": "Utgangsverdi",
    "Baseline date": "Dato for utgangspunktet",
    "Target value": "Målverdi",
    "Target date": "Måldato",
    "_Key indicator: shown first in summaries and the report": "_Nøkkelindikator: vises først i sammendrag og rapporten",
    "Key indicator": "Nøkkelindikator",
    "_Delete indicator": "_Slett indikatoren",
    "“%1$s” is not a number. Type for example 12 or 12,5.": "«%1$s» er ikke et tall. Skriv for eksempel 12 eller 12,5.",
    # The catalogue
    "Known indicators": "Kjente indikatorer",
    "Close the catalogue": "Lukk katalogen",
    "Policy area": "Område",
    "Pick one to add it as a new indicator; then set baseline, target and who measures.":
        "Velg én for å legge den til som ny indikator; sett deretter utgangspunkt, mål og hvem som måler.",
    "Indicators in the area": "Indikatorer på området",
    "The indicator catalogue could not be read. You can still make indicators from scratch.":
        "Indikatorkatalogen kunne ikke leses. Du kan fortsatt lage indikatorer fra bunnen av.",
    "Add “%1$s”": "Legg til «%1$s»",
    # The measurement grid
    "Measurements": "Målinger",
    "Measurements of “%1$s”": "Målinger av «%1$s»",
    "Value": "Verdi",
    "Note": "Notat",
    "Source": "Kilde",
    "%1$s, row %2$s": "%1$s, rad %2$s",
    "Delete measurement, row %1$s": "Slett målingen, rad %1$s",
    "Type or paste from a spreadsheet: date, value, note, source. A new row is saved as soon as it has a date and a value.":
        "Skriv, eller lim inn fra et regneark: dato, verdi, notat, kilde. En ny rad lagres så snart den har en dato og en verdi.",
    "Type or paste from a spreadsheet: date, value, note, source. A new row is saved as soon as it has a date and a note.":
        "Skriv, eller lim inn fra et regneark: dato, verdi, notat, kilde. En ny rad lagres så snart den har en dato og et notat.",
    "Type the date of the measurement, for example 1.3.2026.": "Skriv datoen for målingen, for eksempel 1.3.2026.",
    "Pasted 1 measurement.": "Limte inn 1 måling.",
    "Pasted %1$s measurements.": "Limte inn %1$s målinger.",
    "Pasted %1$s measurements; %2$s rows are not saved until the cells marked in red are corrected.":
        "Limte inn %1$s målinger; %2$s rader lagres ikke før cellene som er merket med rødt, er rettet.",
    "Deleted the measurement": "Slettet målingen",
    # CSV
    "Import measurements (CSV)…": "Importer målinger (CSV) …",
    "Export measurements (CSV)…": "Eksporter målinger (CSV) …",
    "_Import measurements (CSV)…": "_Importer målinger (CSV) …",
    "E_xport measurements (CSV)…": "_Eksporter målinger (CSV) …",
    "Import measurements": "Importer målinger",
    "Export measurements": "Eksporter målinger",
    "CSV files": "CSV-filer",
    "%1$s – measurements.csv": "%1$s – målinger.csv",
    "Nothing was imported from %1$s. %2$s": "Ingenting ble importert fra %1$s. %2$s",
    "Could not read %1$s: %2$s": "Kunne ikke lese %1$s: %2$s",
    "Saved %1$s measurements in %2$s": "Lagret %1$s målinger i %2$s",
    "Could not save %1$s: %2$s": "Kunne ikke lagre %1$s: %2$s",
    # The evaluation log
    "Evaluation log": "Evalueringslogg",
    "_New log entry": "_Nytt loggnotat",
    "No entries yet. After each round of measurements, write down what you learned and what you change.":
        "Ingen notater ennå. Skriv ned hva dere lærte og hva dere endrer, etter hver runde med målinger.",
    "Date of the entry": "Dato for notatet",
    "Type the date of the entry, for example 1.3.2026.": "Skriv datoen for notatet, for eksempel 1.3.2026.",
    "Delete the entry": "Slett notatet",
    "Deleted the log entry": "Slettet loggnotatet",
    "What we learned": "Hva vi lærte",
    "What we adjust": "Hva vi justerer",
    "What went wrong": "Hva som gikk galt",
    "Setbacks and negative experiences belong here too.": "Tilbakeslag og negative erfaringer hører også hjemme her.",
    "About the indicators": "Gjelder indikatorene",
    "About “%1$s”": "Gjelder «%1$s»",
}
