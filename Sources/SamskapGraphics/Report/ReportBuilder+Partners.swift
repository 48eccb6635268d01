import SamskapCore

/// Section 3: who takes part, what they bring and where the work is anchored.
extension ReportBuilder {
    func buildPartners() {
        heading(1, t(ReportSection.partners.term))
        guard !document.partners.isEmpty else {
            note(tr("No partners have been added yet.", in: language))
            return
        }
        // The sector as the partner form names it (one term per thing), so not lowercased: it may begin with NAV.
        let sectors = document.partnersBySector.map { "\(t($0.0.term)) (\($0.1))" }
        paragraph(trn("%1$s partner takes part: %2$s.", "%1$s partners take part: %2$s.", document.partners.count, in: language,
                      "\(document.partners.count)", format.list(sectors)))
        let roles = document.coveredCitizenRoles
        let roleNames = CitizenRole.allCases.filter(roles.contains).map { t($0.term).lowercased() }
        if roles.count == CitizenRole.allCases.count {
            paragraph(trf("Citizens take part in all three roles: %1$s. That is a good sign.", in: language, "\(format.list(roleNames))"))
        } else {
            let missing = CitizenRole.allCases.filter { !roles.contains($0) }.map { t($0.term).lowercased() }
            paragraph(trf("Citizens take part in %1$s of three roles. The role of %2$s is missing.", in: language, "\(roles.count)", "\(format.list(missing))"))
        }
        chart(.partners, height: 260)

        heading(2, tr("The partners at a glance", in: language))
        table([Column(share: 0.19), Column(share: 0.14), Column(share: 0.14), Column(share: 0.29), Column(share: 0.24)],
              header: [tr("Partner", in: language), tr("Sector", in: language), tr("Roles", in: language),
                       tr("What they bring", in: language), tr("Anchor points", in: language)],
              rows: document.partners.map(partnerRow))

        let agendas = document.partners.filter { !$0.ownAgenda.isEmpty }
        if !agendas.isEmpty {
            heading(2, tr("Own agendas", in: language))
            paragraph(tr("Own agendas are legitimate as long as they do not overshadow the shared vision.", in: language), color: ReportStyle.muted)
            keyValues(agendas.map { ($0.name, $0.ownAgenda) })
        }
    }

    private func partnerRow(_ partner: Partner) -> [Cell] {
        var name = partner.name
        let contact = [partner.contact.person, partner.contact.role].filter { !$0.isEmpty }.joined(separator: ", ")
        if !contact.isEmpty { name += "\n" + contact }
        let roles = CitizenRole.allCases.filter(partner.citizenRoles.contains).map { t($0.term) }
        let brings = [partner.resources, partner.competences].filter { !$0.isEmpty }.joined(separator: "\n")
        let anchors = AnchorDirection.allCases.flatMap { direction in
            partner.anchorPoints.filter { $0.direction == direction }.map { "\(t(direction.term)): \($0.text)" }
        }
        return [.text(name), .text(t(partner.sector.term)), roles.isEmpty ? .muted("–") : .text(roles.joined(separator: "\n")),
                brings.isEmpty ? .muted("–") : .text(brings), anchors.isEmpty ? .muted("–") : .text(anchors.joined(separator: "\n"))]
    }
}
