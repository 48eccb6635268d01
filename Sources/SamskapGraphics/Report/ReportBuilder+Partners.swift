import SamskapCore

/// Section 3: who takes part, what they bring and where the work is anchored.
extension ReportBuilder {
    func buildPartners() {
        heading(1, t(ReportSection.partners.term))
        guard !document.partners.isEmpty else {
            note(t("Ingen samarbeidspartnere er lagt inn ennå.", "No partners have been added yet."))
            return
        }
        // The sector as the partner form names it (one term per thing), so not lowercased: it may begin with NAV.
        let sectors = document.partnersBySector.map { "\(t($0.0.term)) (\($0.1))" }
        paragraph(t("\(document.partners.count) samarbeidspartnere tar del: \(format.list(sectors)).",
                    "\(document.partners.count) partners take part: \(format.list(sectors))."))
        let roles = document.coveredCitizenRoles
        let roleNames = CitizenRole.allCases.filter(roles.contains).map { t($0.term).lowercased() }
        if roles.count == CitizenRole.allCases.count {
            paragraph(t("Innbyggerne er med i alle tre roller: \(format.list(roleNames)). Det er et godt tegn.",
                        "Citizens take part in all three roles: \(format.list(roleNames)). That is a good sign."))
        } else {
            let missing = CitizenRole.allCases.filter { !roles.contains($0) }.map { t($0.term).lowercased() }
            paragraph(t("Innbyggerne er med i \(roles.count) av tre roller. Rollen som \(format.list(missing)) mangler.",
                        "Citizens take part in \(roles.count) of three roles. The role of \(format.list(missing)) is missing."))
        }
        chart(.partners, height: 260)

        heading(2, t("Oversikt over samarbeidspartnerne", "The partners at a glance"))
        table([Column(share: 0.19), Column(share: 0.14), Column(share: 0.14), Column(share: 0.29), Column(share: 0.24)],
              header: [t("Samarbeidspartner", "Partner"), t("Sektor", "Sector"), t("Roller", "Roles"),
                       t("Hva de bidrar med", "What they bring"), t("Forankring", "Anchor points")],
              rows: document.partners.map(partnerRow))

        let agendas = document.partners.filter { !$0.ownAgenda.isEmpty }
        if !agendas.isEmpty {
            heading(2, t("Egne agendaer", "Own agendas"))
            paragraph(t("Egne agendaer er legitime så lenge de ikke skygger for den felles visjonen.",
                        "Own agendas are legitimate as long as they do not overshadow the shared vision."), color: ReportStyle.muted)
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
