import FoundationEssentials
import SamskapCore
import SamskapGtk

extension PartnerForm {
    /// A partner's text fields: each is saved on its own (see `DraftStore.edit`).
    static let table = FieldTable<Partner>([
        "partner.name": .plain(\.name),
        "partner.contact.person": .plain(\.contact.person),
        "partner.contact.role": .plain(\.contact.role),
        "partner.contact.email": .plain(\.contact.email),
        "partner.contact.phone": .plain(\.contact.phone),
        "partner.resources": .plain(\.resources),
        "partner.competences": .plain(\.competences),
        "partner.ownAgenda": .plain(\.ownAgenda),
    ], issues: { $0.validationIssues() })

    /// Wires every field to an edit of the partner.
    func connect() {
        let typed: @MainActor (String, String) -> Void = { [weak self] field, text in self?.editText(field, text) }
        fields.bind("partner.name", nameEntry, caption: tr("Name"), message: nameMessage, typed: typed)
        fields.bind("partner.contact.person", personEntry, caption: tr("Contact person"), typed: typed)
        fields.bind("partner.contact.role", roleEntry, caption: tr("Role or title"), typed: typed)
        fields.bind("partner.contact.email", emailEntry, caption: tr("E-mail"), message: emailMessage, typed: typed)
        fields.bind("partner.contact.phone", phoneEntry, caption: tr("Telephone"), typed: typed)
        fields.bind("partner.resources", resourcesView, caption: tr("Resources"), typed: typed)
        fields.bind("partner.competences", competencesView, caption: tr("Competence and experience"), typed: typed)
        fields.bind("partner.ownAgenda", agendaView, caption: tr("Own agenda"), typed: typed)
        for (sector, radio) in sectorButtons {
            radio.onToggled(self) { form in
                // Looked up, not captured: a handler of the radio that held its wrapper would keep the radio alive for ever.
                guard !form.filling, form.sectorButtons[sector]?.isActive == true else { return }
                form.edit(nil) { $0.sector = sector }
            }
        }
        for (role, check) in roleChecks {
            check.onToggled(self) { form in
                guard !form.filling else { return }
                let on = form.roleChecks[role]?.isActive == true
                form.edit(nil) { if on { $0.citizenRoles.insert(role) } else { $0.citizenRoles.remove(role) } }
            }
        }
        anchors.onChange = { [weak self] points, key in self?.editAnchors(points, key) }
    }

    /// The partner the fields edit: as stored, or the new one not saved yet.
    var base: Partner? {
        if isNew { return new.pending }
        return shown.flatMap { window.state.document.partner($0.id) }
    }

    /// Shows the partner with the id (or the new one, or nothing).
    func render(partnerID: UUID?) {
        if isNew {
            page.show("form")
            return
        }
        guard let id = partnerID, let stored = window.state.document.partner(id) else {
            shown = nil
            page.show("none")
            return
        }
        page.show("form")
        if stored != shown { fill(stored) }
    }

    /// Starts a new partner, or goes back to the one left without a name: nothing is saved until it has one.
    func startNew() {
        fill(new.start(Partner(name: "", sector: .municipality)))
        page.show("form")
        nameEntry.grabFocus()
    }

    /// Leaves the new partner for another one; what was typed into it waits for `startNew`.
    func leaveNew() {
        new.leave(keeping: new.pending.map { !window.state.drafts.drafts(of: $0.id).isEmpty } ?? false)
    }

    /// Fills every field from a partner, then puts back what was typed and not saved, with its messages.
    func fill(_ partner: Partner) {
        filling = true
        defer { filling = false }
        shown = isNew ? nil : partner
        touched = []
        heading.text = isNew ? tr("New partner") : partner.name
        fields.fill(partner, id: partner.id)
        sectorButtons[partner.sector]?.isActive = true
        for (role, check) in roleChecks { check.isActive = partner.citizenRoles.contains(role) }
        anchors.show(partner.anchorPoints)
        anchors.showKept(keptAnchors(of: partner).mapValues(\.text))
        deleteButton.isVisible = !isNew
        showIssues()
    }

    /// A text field was typed in: saves it on its own when valid, else keeps it marked in its field.
    func editText(_ field: String, _ text: String) {
        guard !filling, let partner = base else { return }
        touched.insert(field)
        if let changed = fields.edit(field, text, of: partner.id, stored: partner, title: title(field, partner)) {
            save(changed, key: field)
        }
        showIssues()
    }

    /// A field and its partner in words, for the question on closing ("E-mail for “NAV Drammen”").
    private func title(_ field: String, _ partner: Partner) -> String {
        if let point = partner.anchorPoints.first(where: { Self.anchorField($0.id) == field }) {
            return trf("Anchor point (%1$s) for “%2$s”", term(point.direction), partner.name)
        }
        let caption = fields.caption(field)
        return partner.name.isBlank ? trf("%1$s for a new partner", caption) : trf("%1$s for “%2$s”", caption, partner.name)
    }

    /// Applies an edit of a choice (sector, roles, anchor points) to the partner as stored and saves it unless it
    /// brings an error of its own; values kept for other fields stay where they are.
    func edit(_ key: String?, _ change: (inout Partner) -> Void) {
        guard let before = base else { return }
        var partner = before
        change(&partner)
        guard partner != before else { return }
        if partner.anchorPoints.map(\.id) != before.anchorPoints.map(\.id) {
            anchors.show(partner.anchorPoints)
            anchors.showKept(keptAnchors(of: partner).mapValues(\.text))
        }
        let old = Set(before.validationIssues().filter(\.blocksSaving).map(\.rule))
        let new = partner.validationIssues().filter { $0.blocksSaving && !old.contains($0.rule) }
        if new.isEmpty {
            save(fields.settle(partner, id: partner.id), key: key)
        } else {
            anchors.showIssues(new.issues(for: "partner.anchorPoints.text"))
        }
        showIssues()
    }

    /// The anchor points as typed: a point emptied keeps its saved text in the file and its empty text in its row,
    /// kept in the window's `DraftStore`, while the other points are saved.
    func editAnchors(_ points: [AnchorPoint], _ key: String?) {
        guard let partner = base else { return }
        let drafts = window.state.drafts
        let stored = Dictionary(uniqueKeysWithValues: partner.anchorPoints.map { ($0.id, $0) })
        var saved: [AnchorPoint] = []
        for point in points {
            let field = Self.anchorField(point.id)
            guard point.text.isBlank else {
                drafts.discard(partner.id, field)
                saved.append(point)
                continue
            }
            if let old = stored[point.id] { saved.append(old) }
            var alone = partner
            alone.anchorPoints = [point]
            let message = alone.validationIssues().first { $0.rule == .anchorPointEmpty }?.message(Translations.language) ?? ""
            drafts.keep(.init(text: point.text, message: message, title: title(field, alone)), partner.id, field)
        }
        // Points removed take what was kept for them along.
        let ids = Set(points.map(\.id))
        for id in partner.anchorPoints.map(\.id) where !ids.contains(id) { drafts.discard(partner.id, Self.anchorField(id)) }
        edit(key) { $0.anchorPoints = saved }
        showIssues()
    }

    /// The field under which an anchor point's text is kept, under its partner's id.
    static func anchorField(_ id: UUID) -> String { "partner.anchorPoints.text." + id.uuidString }

    /// The anchor points' texts kept unsaved, by point.
    func keptAnchors(of partner: Partner) -> [UUID: DraftStore.Draft] {
        var kept: [UUID: DraftStore.Draft] = [:]
        for point in partner.anchorPoints {
            if let draft = window.state.drafts.draft(partner.id, Self.anchorField(point.id)) { kept[point.id] = draft }
        }
        return kept
    }

    /// Saves the partner; a new one only once it has a name (until then it waits in `new`).
    private func save(_ partner: Partner, key: String?) {
        let wasNew = isNew
        if wasNew {
            new.update(partner)
            guard !partner.validationIssues().hasErrors else {
                // What was typed into a partner without a name is not saved either: closing asks about it.
                let message = partner.validationIssues().issues(for: "partner.name").first?.message(Translations.language) ?? ""
                window.state.drafts.keep(.init(text: "", message: message, title: title("partner.name", partner)), partner.id, "partner.name")
                return
            }
            new.saved()
            window.page(PartnersPage.self)?.selectedID = partner.id
        }
        shown = partner
        heading.text = partner.name
        deleteButton.isVisible = true
        window.state.drafts.retitle(partner.id) { title($0, partner) }
        let merged = wasNew ? "partner.\(partner.id).name" : key.map { "partner.\(partner.id).\($0)" }
        if !window.perform([.upsertPartner(partner)], coalescing: merged), wasNew {
            new.update(partner)
        }
    }

    /// Puts each message under its field: a value kept unsaved first, else what is wrong with the partner as
    /// stored; and says what is saved.
    func showIssues() {
        guard let partner = base else { return }
        let issues = partner.validationIssues()
        // A new partner's missing name is said by the status line until the user has typed in the field.
        let quiet: Set<String> = isNew && !touched.contains("partner.name") ? ["partner.name"] : []
        fields.showMessages(of: partner.id, stored: issues, quiet: quiet)
        var anchorMessages = keptAnchors(of: partner).mapValues(\.message)
        for issue in issues.issues(for: "partner.anchorPoints.text") {
            if let id = issue.recordID, anchorMessages[id] == nil { anchorMessages[id] = issue.message(Translations.language) }
        }
        anchors.showMessages(anchorMessages)
        let text: String
        if isNew {
            text = tr("The new partner is saved as soon as it has a name.")
        } else if fields.hasKept(partner.id) {
            text = tr("The field marked in red is not saved until you correct it. Everything else is saved.")
        } else {
            text = tr("Every change is saved at once.")
        }
        status.text = text
    }

    /// Asks once before deleting the partner shown; Escape and Enter keep it (the toast offers Undo as well).
    func askDelete() {
        guard let partner = shown else { return }
        MessageDialog.ask(parent: window.window, title: tr("Delete partner"),
                          heading: trf("Delete “%1$s”?", partner.name),
                          body: tr("Their sub-goals are deleted with them. You can undo it afterwards."),
                          responses: [.init(id: "cancel", label: tr("_Cancel")),
                                      .init(id: "delete", label: tr("_Delete"), appearance: .destructive)],
                          preferred: "cancel", safe: "cancel") { [weak self] response in
            // The partner asked about, even if another one is shown by now.
            if response == "delete" { self?.delete(partner.id) }
        }
    }

    func delete(_ id: Partner.ID) {
        guard let partner = window.state.document.partner(id) else { return }
        let page = window.page(PartnersPage.self)
        page?.selectedID = nil
        guard window.perform([.deletePartner(partner.id)]) else { return }
        // Deleting is the user's own choice: what was typed into the partner and not saved goes with it.
        window.state.drafts.discard(recordID: partner.id)
        window.toast.show(trf("Deleted “%1$s”", partner.name), actionTitle: tr("_Undo")) { [weak window] in
            window?.undo()
            window?.page(PartnersPage.self)?.select(partner.id)
        }
    }
}
