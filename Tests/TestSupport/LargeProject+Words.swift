import Foundation

extension LargeProject {
    /// The word lists the generator draws from: Norwegian, with æ, ø and å where they belong.
    enum Words {
        static let places = ["Ålesund", "Tønsberg", "Bodø", "Førde", "Drammen", "Ørsta", "Løten", "Skjåk", "Vågå", "Bø",
                             "Tromsø", "Sør-Varanger", "Kåfjord", "Hønefoss", "Sørum", "Ås", "Lærdal", "Hå"]
        static let firstNames = ["Åse", "Bjørn", "Kjersti", "Øystein", "Ingrid", "Håkon", "Solveig", "Mathias", "Fatima",
                                 "Ahmed", "Siri", "Jørgen", "Marte", "Ærling", "Lærke", "Tråls", "Amina", "Søren"]
        static let lastNames = ["Bjørnstad", "Ødegaard", "Aasen", "Sæther", "Kvæl", "Løvås", "Haugen", "Johansen", "Nærø",
                                "Sørli", "Hålien", "Bråten", "Mæland", "Øien"]
        static let roles = ["Koordinator", "Daglig leder", "Rådgiver", "Frivillig", "Enhetsleder", "Forsker"]
        static let organisations: [Sector: [String]] = [
            .municipality: ["Helse og omsorg,", "Oppvekst,", "Frisklivssentralen", "Tildelingskontoret", "Boligkontoret"],
            .publicAgency: ["NAV", "Husbanken", "Statsforvalteren i", "Kriminalomsorgen", "Bufetat"],
            .business: ["Bakeriet", "Sparebanken", "Rørleggeren", "Byggmesteren", "Kjøpmannen"],
            .civilSociety: ["Frivilligsentralen", "Røde Kors", "Idrettslaget", "Kirkens Bymisjon", "Sanitetsforeningen"],
            .socialEntrepreneur: ["Kaffebrenneriet", "Sykkelverkstedet", "Gjenbruksbutikken", "Språkkafeen"],
            .citizens: ["Brukerrådet", "Pårørendegruppa", "Ungdomsrådet", "Eldrerådet", "Kvinnenettverket"],
            .research: ["Universitetet i Sørøst-Norge,", "NTNU Samfunnsforskning,", "Høgskulen på Vestlandet,", "NOVA,"],
        ]
        static let competences = ["Språkopplæring", "Kjennskap til bydelen", "Rekruttering av frivillige", "Forskning på effekt",
                                  "Økonomistyring", "Erfaring som bruker"]
        static let anchors = ["Vedtak i formannskapet", "Omtalt i budsjettet for 2023", "Fast punkt på ledermøtet",
                              "Avtale med økonomiavdelingen", "Presentert for brukerrådet", "Med i kommuneplanens samfunnsdel"]
        static let goals = ["Færre eldre sitter alene", "Flere møteplasser i bydelene", "Kvinnene bestemmer innholdet selv",
                            "Tjenestene når fram tidligere", "Frivillige og ansatte lærer av hverandre", "Arbeidet lever videre etter 2024"]
        static let subGoals = ["Rekruttere flere frivillige", "Prøve ut en ny tjeneste", "Lære mer om målgruppen",
                               "Få flere i arbeid", "Styrke språket"]
        static let units = ["deltakere", "%", "familier", "timer", "kr", "personer", "samlinger"]
        static let methods = ["Register", "Spørreundersøkelse", "Telling", "Intervju", "Observasjon"]
        static let indicatorNames: [IndicatorLevel: [String]] = [
            .output: ["Antall deltakere på språkkafé", "Samlinger holdt", "Frivillige som er lært opp", "Hjemmebesøk"],
            .outcome: ["Deltakere som har fått en venn", "Andel som deltar jevnlig", "Familier i egen bolig", "Fikk jobbtilbud"],
            .impact: ["Andel i arbeid etter ett år", "Opplevd ensomhet (skala)", "Innleggelser på sykehjem", "Legebesøk per år"],
            .societal: ["Sparte utgifter i omsorgstjenesten", "Sosioøkonomisk gevinst", "Skatteinntekter fra nye jobber"],
        ]
        static let notes = ["Flere ler og prater under samlingene nå.", "To kvinner har startet sin egen turgruppe.",
                            "Noen syns tidspunktet er vanskelig.", "Pårørende sier mødrene er gladere.", "Få nye kom i høst."]
        static let learned = ["Kveldstid passer best for de fleste.", "Tolk må bestilles i god tid.",
                              "Brukerne vil lede samlingene selv.", "Informasjon på morsmål virker."]

        /// A name as it can stand in an e-mail address: æ → ae, ø → o, å → aa, lower case.
        static func ascii(_ name: String) -> String {
            name.lowercased().replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "o")
                .replacingOccurrences(of: "å", with: "aa")
        }
    }
}
