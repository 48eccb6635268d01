"""Bokmål for the texts of the plan on the Impact page (Sources/SamskapUI/Pages/Impact/Plan: target groups, activities,
inputs, the theory of change's links, plan advice) and the change of an indicator's target; make_po.py merges it into NB.

Terms as in the report and the model: målgruppe, aktivitet, innsatsfaktor, endringsteori, kobling, antakelse,
samarbeidspartner, medinitiativtaker/meddesigner/medgjennomfører.
"""

NB = {
    # A changed target, name or method
    "Say why the target, name or method changes; it is saved with the reason, and the earlier one is kept.":
        "Skriv hvorfor målet, navnet eller metoden endres; endringen lagres med begrunnelsen, og det forrige beholdes.",
    "Reason for the change": "Begrunnelse for endringen",
    "Changing a target, the name or the method keeps the earlier one with its dates. Say why it changes.":
        "Endrer du et mål, navnet eller metoden, beholdes det forrige med datoene sine. Skriv hvorfor det endres.",
    "Earlier targets": "Tidligere mål",
    "Until %1$s: target %2$s%3$s, “%4$s”. Reason: %5$s": "Til %1$s: mål %2$s%3$s, «%4$s». Begrunnelse: %5$s",
    # Step 3: target groups
    "_Add a target group": "_Legg til en målgruppe",
    "Add a target group": "Legg til en målgruppe",
    "Target groups": "Målgrupper",
    "Target group name": "Navn på målgruppen",
    "Estimated size": "Anslått størrelse",
    "about how many": "omtrent hvor mange",
    "Who they are and what they need": "Hvem de er og hva de trenger",
    "How they take part": "Hvordan de deltar",
    "Remove": "Fjern",
    "Remove the target group “%1$s”": "Fjern målgruppen «%1$s»",
    "“%1$s” is not a whole number. Type about how many people, e.g. 120.":
        "«%1$s» er ikke et helt tall. Skriv omtrent hvor mange personer, for eksempel 120.",
    "New target group": "Ny målgruppe",
    # Step 4: activities
    "Add an _activity": "Legg til en _aktivitet",
    "Add an activity": "Legg til en aktivitet",
    "New activity": "Ny aktivitet",
    "Main activities": "Hovedaktiviteter",
    "Activity name": "Navn på aktiviteten",
    "What happens": "Hva som skjer",
    "For the target groups": "For målgruppene",
    "Responsible partners": "Ansvarlige samarbeidspartnere",
    "Remove the activity": "Fjern aktiviteten",
    "Remove the activity “%1$s”": "Fjern aktiviteten «%1$s»",
    "To": "Til",
    "Activity %1$s date": "Aktivitetens dato %1$s",
    "Not placed": "Ikke plassert",
    "Who plans it": "Hvem som planlegger",
    "Who delivers it": "Hvem som leverer",
    "Citizens as %1$s": "Innbyggere som %1$s",
    # Inputs
    "Inputs": "Innsatsfaktorer",
    "Kind of input": "Type innsatsfaktor",
    "Amount": "Mengde",
    "how much": "hvor mye",
    "From partner": "Fra samarbeidspartner",
    "What exactly": "Hva nærmere bestemt",
    "what exactly": "hva nærmere bestemt",
    "Remove the input": "Fjern innsatsfaktoren",
    "Add an _input": "Legg til en _innsatsfaktor",
    "Add an input to “%1$s”": "Legg til en innsatsfaktor i «%1$s»",
    # The theory of change
    "Add a _link": "Legg til en _kobling",
    "Add a link": "Legg til en kobling",
    "Which activity leads to which result, and that result to the next. Say for each link why you believe it.":
        "Hvilken aktivitet fører til hvilket resultat, og det resultatet videre. Si for hver kobling hvorfor dere tror på den.",
    "Theory of change: the links": "Endringsteorien: koblingene",
    "Link from": "Kobling fra",
    "Leads to": "Fører til",
    "Why we believe it": "Hvorfor vi tror det",
    "Remove the link": "Fjern koblingen",
    "Note or reference": "Merknad eller kilde",
    "note or reference": "merknad eller kilde",
    # Plan advice
    "Advice on the plan": "Råd om planen",
    "No advice: the plan holds together.": "Ingen råd: planen henger sammen.",
    "Advice on the plan: %1$s": "Råd om planen: %1$s",
    # The frameworks explained
    "What is this? %1$s": "Hva er dette? %1$s",
    "Thin": "Tynn",
    "Thick": "Tykk",
}
