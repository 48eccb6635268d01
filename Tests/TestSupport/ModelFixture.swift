import Foundation

/// A small model content for tests that must not depend on `data/model/*.json`: the four values and seven
/// action fields with the ids of `data/model` (kebab-case), three statements each (`<id>.1` … `<id>.3`) and two prompts.
///
/// Built through JSON because `ModelContent` has no public memberwise initialiser.
public enum ModelFixture {
    /// The value ids, in the figure's order.
    public static let valueIDs = ["openness", "democracy", "creativity", "leadership"]
    /// The action field ids, in the figure's order.
    public static let fieldIDs = ["equal-standing", "shared-goals", "communication", "anchoring", "facilitation",
                                  "resource-focus", "complementary-competence"]

    private static let names: [String: ContentText] = [
        "openness": ContentText(["nb": "Åpenhet", "en": "Openness"]),
        "democracy": ContentText(["nb": "Demokrati", "en": "Democracy"]),
        "creativity": ContentText(["nb": "Kreativitet", "en": "Creativity"]),
        "leadership": ContentText(["nb": "Ledelse", "en": "Leadership"]),
        "equal-standing": ContentText(["nb": "Ivaretakelse av likeverdighet", "en": "Safeguarding equal standing"]),
        "shared-goals": ContentText(["nb": "Arbeide med felles mål", "en": "Working towards shared goals"]),
        "communication": ContentText(["nb": "Kommunikasjon", "en": "Communication"]),
        "anchoring": ContentText(["nb": "Forankring", "en": "Anchoring"]),
        "facilitation": ContentText(["nb": "Tilrettelegging", "en": "Facilitation"]),
        "resource-focus": ContentText(["nb": "Arbeide med ressursfokus", "en": "Resource focus"]),
        "complementary-competence": ContentText(["nb": "Kompetanse-komplementaritet", "en": "Complementary competences"]),
    ]

    private struct StatementJSON: Encodable { var id: String; var text: String }
    private struct DimensionJSON: Encodable {
        var id: String; var number: Int; var name: String; var summary: String
        var statements: [StatementJSON]; var prompts: [String]
    }
    private struct ContentJSON: Encodable {
        var language: Language; var version: Int; var values: [DimensionJSON]; var fields: [DimensionJSON]
    }

    /// The fixture in a language; `statementsPerDimension` may be 3–5.
    public static func make(_ language: Language = .nb, statementsPerDimension: Int = 3) -> ModelContent {
        func dimension(_ id: String, _ number: Int) -> DimensionJSON {
            let name = names[id]?.text(language) ?? id
            let statements = (1...statementsPerDimension).map { n in
                StatementJSON(id: "\(id).\(n)", text: language == .nb ? "\(name): påstand \(n)" : "\(name): statement \(n)")
            }
            return DimensionJSON(id: id, number: number, name: name,
                                 summary: language == .nb ? "Om \(name.lowercased())." : "About \(name.lowercased()).",
                                 statements: statements,
                                 prompts: language == .nb ? ["Hvor ser vi \(name.lowercased())?", "Hva mangler?"]
                                                          : ["Where do we see \(name.lowercased())?", "What is missing?"])
        }
        let json = ContentJSON(language: language, version: 1,
                               values: valueIDs.enumerated().map { dimension($1, $0 + 1) },
                               fields: fieldIDs.enumerated().map { dimension($1, $0 + 1) })
        do {
            return try JSONDecoder().decode(ModelContent.self, from: JSONEncoder().encode(json))
        } catch {
            preconditionFailure("the model fixture no longer matches ModelContent: \(error)")
        }
    }

    /// The real model from `data/model`, or the fixture while that file is missing.
    public static func realOrFixture(_ language: Language = .nb) -> ModelContent {
        (try? ModelContent.load(language)) ?? make(language)
    }
}
