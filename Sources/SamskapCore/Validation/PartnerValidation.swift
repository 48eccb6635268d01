import FoundationEssentials

extension Partner {
    /// Checks a partner: a name, a plausible e-mail address when one is given, no empty anchor points.
    public func validationIssues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if Wording.isBlank(name) {
            issues.append(.make(.error, .partnerNameEmpty, "partner.name", id,
                                text: LocalizedText("The partner needs a name. Type the name of the organisation, group or person.")))
        }
        let email = contact.email.trimmed()
        if !email.isEmpty && !Self.looksLikeEmail(email) {
            issues.append(.make(.error, .partnerEmailInvalid, "partner.contact.email", id,
                                text: LocalizedText("The e-mail address of %1$s does not look right (got “%2$s”). Write it as name@example.org, or leave the field empty.") { language in [Wording.name(name, language), "\(email)"] }))
        }
        for point in anchorPoints where Wording.isBlank(point.text) {
            issues.append(.make(.error, .anchorPointEmpty, "partner.anchorPoints.text", point.id,
                                text: LocalizedText("An anchor point with %1$s (%2$s) is empty. Write what and where, for example “Executive committee decision 12 March 2025”, or delete it.") { language in [Wording.name(name, language), "\(point.direction.name(language).lowercased())"] }))
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
