import CGtk
import FoundationEssentials
import SamskapCore

extension PartnerForm {
    /// Wires every field to an edit of the draft.
    func connect() {
        let texts: [(Widget, String, (inout Partner, String) -> Void)] = [
            (nameEntry, "partner.name", { $0.name = $1 }),
            (personEntry, "partner.contact.person", { $0.contact.person = $1 }),
            (roleEntry, "partner.contact.role", { $0.contact.role = $1 }),
            (emailEntry, "partner.contact.email", { $0.contact.email = $1 }),
            (phoneEntry, "partner.contact.phone", { $0.contact.phone = $1 }),
        ]
        for (entry, key, setter) in texts {
            Signals.connect(entry, "changed") { [unowned self] in
                guard !self.filling else { return }
                self.touched.insert(key)
                self.edit(key) { setter(&$0, CStrings.text(ofEditable: entry)) }
            }
        }
        let views: [(Widget, String, (inout Partner, String) -> Void)] = [
            (resourcesView, "partner.resources", { $0.resources = $1 }),
            (competencesView, "partner.competences", { $0.competences = $1 }),
            (agendaView, "partner.ownAgenda", { $0.ownAgenda = $1 }),
        ]
        for (view, key, setter) in views {
            Form.onChange(ofTextView: view) { [unowned self] in
                guard !self.filling else { return }
                self.edit(key) { setter(&$0, CStrings.text(ofTextView: view)) }
            }
        }
        for (sector, radio) in sectorButtons {
            Signals.connect(radio, "toggled") { [unowned self] in
                guard !self.filling, gtk_check_button_get_active(samskap_check_button(radio)) != 0 else { return }
                self.edit(nil) { $0.sector = sector }
            }
        }
        for (role, check) in roleChecks {
            Signals.connect(check, "toggled") { [unowned self] in
                guard !self.filling else { return }
                let on = gtk_check_button_get_active(samskap_check_button(check)) != 0
                self.edit(nil) { if on { $0.citizenRoles.insert(role) } else { $0.citizenRoles.remove(role) } }
            }
        }
        anchors.onChange = { [unowned self] points, key in self.edit(key) { $0.anchorPoints = points } }
    }

    /// Shows the partner with the id (or the new draft, or nothing).
    func render(partnerID: UUID?) {
        if isNew {
            Widgets.showStackChild(root, "form")
            return
        }
        guard let id = partnerID, let stored = window.state.document.partner(id) else {
            draft = nil
            shown = nil
            Widgets.showStackChild(root, "none")
            return
        }
        Widgets.showStackChild(root, "form")
        if stored != shown { fill(stored) }
    }

    /// Starts a new partner: nothing is saved until it has a name.
    func startNew() {
        isNew = true
        fill(Partner(name: "", sector: .municipality))
        Widgets.showStackChild(root, "form")
        gtk_widget_grab_focus(nameEntry)
    }

    /// Fills every field from a partner and clears the messages.
    func fill(_ partner: Partner) {
        filling = true
        defer { filling = false }
        draft = partner
        shown = isNew ? nil : partner
        touched = []
        gtk_label_set_text(samskap_label(heading), isNew ? tr("New partner") : partner.name)
        Form.setText(ofEntry: nameEntry, partner.name)
        Form.setText(ofEntry: personEntry, partner.contact.person)
        Form.setText(ofEntry: roleEntry, partner.contact.role)
        Form.setText(ofEntry: emailEntry, partner.contact.email)
        Form.setText(ofEntry: phoneEntry, partner.contact.phone)
        Form.setText(ofTextView: resourcesView, partner.resources)
        Form.setText(ofTextView: competencesView, partner.competences)
        Form.setText(ofTextView: agendaView, partner.ownAgenda)
        if let radio = sectorButtons[partner.sector] { gtk_check_button_set_active(samskap_check_button(radio), 1) }
        for (role, check) in roleChecks {
            gtk_check_button_set_active(samskap_check_button(check), partner.citizenRoles.contains(role) ? 1 : 0)
        }
        anchors.show(partner.anchorPoints)
        gtk_widget_set_visible(deleteButton, isNew ? 0 : 1)
        hideConfirm()
        showIssues(partner.validationIssues())
    }

    /// Applies an edit to the draft; saves it when valid, else shows what is wrong and saves nothing.
    func edit(_ key: String?, _ change: (inout Partner) -> Void) {
        guard var partner = draft else { return }
        change(&partner)
        guard partner != draft else { return }
        if partner.anchorPoints.map(\.id) != draft?.anchorPoints.map(\.id) { anchors.show(partner.anchorPoints) }
        draft = partner
        let issues = partner.validationIssues()
        showIssues(issues)
        guard !issues.hasErrors else { return }
        let wasNew = isNew
        shown = partner
        isNew = false
        if wasNew { window.page(PartnersPage.self)?.selectedID = partner.id }
        gtk_label_set_text(samskap_label(heading), partner.name)
        gtk_widget_set_visible(deleteButton, 1)
        let merged = wasNew ? "partner.\(partner.id).name" : key.map { "partner.\(partner.id).\($0)" }
        if !window.perform([.upsertPartner(partner)], coalescing: merged) {
            isNew = wasNew
        }
    }

    /// Puts each message under its field (fields the user has touched) and says when the draft is not saved.
    func showIssues(_ issues: [ValidationIssue]) {
        let language = Translations.language
        let nameIssue = touched.contains("partner.name") ? issues.issues(for: "partner.name").first : nil
        FieldMessage.show(nameMessage, on: nameEntry, nameIssue?.message(language))
        FieldMessage.show(emailMessage, on: emailEntry, issues.issues(for: "partner.contact.email").first?.message(language))
        anchors.showIssues(issues.issues(for: "partner.anchorPoints.text"))
        let text: String
        if !issues.hasErrors {
            text = isNew ? "" : tr("Every change is saved at once.")
        } else if isNew {
            text = tr("The new partner is saved as soon as it has a name.")
        } else {
            text = tr("Not saved until the field marked in red is corrected.")
        }
        gtk_label_set_text(samskap_label(status), text)
    }

    func askDelete() {
        guard let partner = shown else { return }
        gtk_label_set_text(samskap_label(confirmLabel),
                           trf("Delete “%1$s” with their sub-goals? You can undo it afterwards.", partner.name))
        gtk_widget_set_visible(confirm, 1)
        gtk_widget_set_visible(deleteButton, 0)
    }

    func hideConfirm() {
        gtk_widget_set_visible(confirm, 0)
        gtk_widget_set_visible(deleteButton, isNew ? 0 : 1)
    }

    func delete() {
        guard let partner = shown else { return }
        hideConfirm()
        let page = window.page(PartnersPage.self)
        page?.selectedID = nil
        guard window.perform([.deletePartner(partner.id)]) else { return }
        window.toast.show(trf("Deleted “%1$s”", partner.name), actionTitle: tr("_Undo")) { [weak window] in
            window?.undo()
            window?.page(PartnersPage.self)?.select(partner.id)
        }
    }
}
