import FoundationEssentials

extension Partner {
    /// Checks a partner: a name, a plausible e-mail address when one is given, no empty anchor points.
    public func validationIssues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if Wording.isBlank(name) {
            issues.append(.make(.error, .partnerNameEmpty, "partner.name", id,
                                nb: "Samarbeidspartneren trenger et navn. Skriv navnet på organisasjonen, gruppen eller personen.",
                                en: "The partner needs a name. Type the name of the organisation, group or person."))
        }
        let email = contact.email.trimmed()
        if !email.isEmpty && !Self.looksLikeEmail(email) {
            issues.append(.make(.error, .partnerEmailInvalid, "partner.contact.email", id,
                                nb: "E-postadressen til \(Wording.name(name, .nb)) ser ikke riktig ut (fikk «\(email)»). Skriv den som navn@eksempel.no, eller la feltet stå tomt.",
                                en: "The e-mail address of \(Wording.name(name, .en)) does not look right (got “\(email)”). Write it as name@example.org, or leave the field empty."))
        }
        for point in anchorPoints where Wording.isBlank(point.text) {
            issues.append(.make(.error, .anchorPointEmpty, "partner.anchorPoints.text", point.id,
                                nb: "Et forankringspunkt hos \(Wording.name(name, .nb)) (\(point.direction.name(.nb).lowercased())) er tomt. Skriv hva og hvor, for eksempel «Vedtak i formannskapet 12.3.2025», eller slett det.",
                                en: "An anchor point with \(Wording.name(name, .en)) (\(point.direction.name(.en).lowercased())) is empty. Write what and where, for example “Executive committee decision 12 March 2025”, or delete it."))
        }
        return issues
    }

    /// One @, something before it, a domain with a dot after it, and no spaces: the shape, not deliverability.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }
}
