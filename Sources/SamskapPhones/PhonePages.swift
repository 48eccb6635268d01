import SamskapCore

/// The answer page's HTML: plain forms that work without the script, labels a screen reader reads, texts in the
/// phone's language, and nothing loaded from anywhere but this server.
@MainActor
public final class PhonePages {
    let models: [Language: ModelContent]
    /// The statements' part of the answer page, the same for every phone of a language: made once, since 200
    /// phones asking for 60 KB pages would otherwise cost the window its frames.
    private var statementsHTML: [String: String] = [:]

    /// Pages that show the statements of these models (bokmål and English).
    public init(models: [Language: ModelContent]) { self.models = models }

    func codePage(_ language: PhoneLanguage, wrong: Bool) -> String {
        let t = PhonePageTexts.of(language)
        return document(language, title: t.title, css: nil, body: """
        <main><h1>\(escape(t.codeHeading))</h1>
        <form method="post" action="/code">
        <label for="code">\(escape(t.codeLabel))</label>
        <input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="12" required>
        <button type="submit">\(escape(t.codeButton))</button>
        </form></main>
        """)
    }

    func joinPage(_ language: PhoneLanguage, base: String, offers: [OfferedRespondent], round: PhoneRound) -> String {
        let t = PhonePageTexts.of(language)
        let offered = offers.map { offer in
            "<button type=\"submit\" name=\"as\" value=\"\(offer.id.uuidString)\" class=\"secondary\">\(escape(t.joinAs)) \(escape(offer.name))</button>"
        }.joined(separator: "\n")
        return document(language, title: t.title, css: base, body: """
        <main><h1>\(escape(t.joinHeading))</h1>
        <p>\(escape(t.joinIntro))</p>
        <form method="post" action="\(base)join" class="choices">
        <button type="submit" name="as" value="anonymous">\(escape(t.joinAnonymous))</button>
        \(offered)
        </form></main>
        """)
    }

    func answerPage(_ language: PhoneLanguage, base: String, name: String, round: PhoneRound) -> String {
        let t = PhonePageTexts.of(language)
        return document(language, title: t.title, css: base, body: """
        <main><h1>\(escape(trf("Assessment round: %1$s", in: language.language, round.label)))</h1>
        <p>\(escape(t.youAre)) <strong>\(escape(name))</strong>. \(escape(t.scaleLow)), \(escape(t.scaleHigh)).</p>
        <noscript><p>\(escape(t.noScript))</p></noscript>
        <form method="post" action="\(base)answer" id="answers" data-saved="\(escape(t.saved))" data-failed="\(escape(t.notSaved))">
        \(statements(language, round: round))
        <button type="submit">\(escape(t.send))</button>
        </form></main>
        <script src="/s/\(tokenOf(base))/page.js"></script>
        """)
    }

    private func statements(_ language: PhoneLanguage, round: PhoneRound) -> String {
        let key = "\(language.rawValue)|\(round.asksImportance)|\(round.statementIDs.joined(separator: ","))"
        if let made = statementsHTML[key] { return made }
        let t = PhonePageTexts.of(language)
        let model = models[language.language] ?? models[.nb]
        var sections: [String] = []
        for dimension in model?.allDimensions ?? [] {
            let statements = dimension.statements.filter { round.statementIDs.contains($0.id) }
            guard !statements.isEmpty else { continue }
            let items = statements.map { statement in
                let scales = [scale("e", t.experience, statement.id)] + (round.asksImportance ? [scale("i", t.importance, statement.id)] : [])
                return """
                <fieldset class="statement" data-statement="\(escape(statement.id))">
                <legend>\(escape(statement.text))</legend>
                \(scales.joined(separator: "\n"))
                <p class="status" role="status" aria-live="polite"></p>
                </fieldset>
                """
            }
            sections.append("<section><h2>\(escape(dimension.name))</h2>\n\(items.joined(separator: "\n"))</section>")
        }
        let made = sections.joined(separator: "\n")
        statementsHTML[key] = made
        return made
    }

    func waitingPage(_ language: PhoneLanguage, base: String, round: PhoneRound, results: RoundResults?) -> String {
        let t = PhonePageTexts.of(language)
        guard let results else {
            let change = round.isOpen ? "<p><a class=\"button secondary\" href=\"\(base)\">\(escape(t.changeAnswers))</a></p>" : "<p>\(escape(t.closed))</p>"
            return document(language, title: t.waiting, css: base, refresh: true, body: """
            <main><h1 id="waiting">\(escape(t.waiting))</h1><p>\(escape(t.waitingDetail))</p>\(change)</main>
            """)
        }
        let model = models[language.language] ?? models[.nb]
        let rows = results.dimensions.map { result -> String in
            let name = model?.dimension(id: result.dimensionID)?.name ?? result.dimensionID
            guard !result.isHidden, let experience = result.experienceMean else {
                return "<li><span class=\"name\">\(escape(name))</span> <span class=\"hidden\">\(escape(t.tooFew))</span></li>"
            }
            let importance = result.importanceMean.map { " · \(escape(t.importanceFigure)) \(decimal($0, language))" } ?? ""
            return """
            <li><span class="name">\(escape(name))</span>
            <span class="figure">\(escape(t.experienceFigure)) \(decimal(experience, language))\(importance) (\(result.respondentCount) \(escape(t.respondents)))</span>
            <span class="bar" style="width:\(Int((experience / 5 * 100).rounded()))%"></span></li>
            """
        }
        return document(language, title: t.resultsHeading, css: base, body: """
        <main><h1 id="results">\(escape(t.resultsHeading))</h1><ul class="results">\(rows.joined(separator: "\n"))</ul></main>
        """)
    }

    private func scale(_ prefix: String, _ question: String, _ statementID: String) -> String {
        let name = "\(prefix).\(statementID)"
        let options = (1...5).map { value in
            "<label><input type=\"radio\" name=\"\(escape(name))\" value=\"\(value)\"><span>\(value)</span></label>"
        }.joined()
        return "<fieldset class=\"scale\"><legend>\(escape(question))</legend><div class=\"options\">\(options)</div></fieldset>"
    }

    private func tokenOf(_ base: String) -> String { base.split(separator: "/").dropFirst().first.map(String.init) ?? "" }

    private func document(_ language: PhoneLanguage, title: String, css base: String?, refresh: Bool = false, body: String) -> String {
        let style = base.map { "<link rel=\"stylesheet\" href=\"/s/\(tokenOf($0))/page.css\">" } ?? "<style>\(PhonePageAssets.css)</style>"
        return """
        <!doctype html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        \(refresh ? "<meta http-equiv=\"refresh\" content=\"3\">" : "")
        <title>\(escape(title))</title>\(style)</head>
        <body>\(body)</body></html>
        """
    }

    private func decimal(_ value: Double, _ language: PhoneLanguage) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10)\(language == .en ? "." : ",")\(tenths % 10)"
    }

    private func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
