import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The respondents of one round: partners or anonymous labels, how far each has answered, add and remove.
@MainActor
final class RespondentsEditor {
    let root: Widget
    unowned let page: ProcessPage
    private let list: Widget
    private let partnerDropDown: Widget
    private let addPartnerButton: Widget
    private let addAllButton: Widget
    private let anonymousEntry: Widget
    private let anonymousMessage: Widget
    /// The partners offered in the drop-down, in its order.
    private var offered: [Partner] = []
    private var offeredNames: [String] = []
    private var round: AssessmentRound?

    init(page: ProcessPage) {
        self.page = page
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        list = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2, classes: ["respondent-list"])
        Accessibility.setLabel(list, tr("Respondents"))
        partnerDropDown = Form.dropDown(name: tr("Partner to add as respondent"), items: [])
        gtk_widget_set_hexpand(partnerDropDown, 1)
        addPartnerButton = Widgets.button(tr("Add partner"), accessibleName: tr("Add partner as respondent")) {}
        addAllButton = Widgets.button(tr("Add all partners")) {}
        let partnerRow = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        Widgets.append(partnerRow, partnerDropDown, addPartnerButton, addAllButton)
        anonymousEntry = Widgets.entry(name: tr("Label of an anonymous respondent"), placeholder: tr("For example: Participant 4"))
        gtk_widget_set_hexpand(anonymousEntry, 1)
        let addAnonymous = Widgets.button(tr("Add anonymous respondent")) {}
        let anonymousRow = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        Widgets.append(anonymousRow, anonymousEntry, addAnonymous)
        anonymousMessage = FieldMessage.make()
        Widgets.append(root, Widgets.label(tr("Respondents"), classes: ["field-caption"]), list, partnerRow, anonymousRow, anonymousMessage)

        Signals.connect(addPartnerButton, "clicked") { [weak self] in self?.addChosenPartner() }
        Signals.connect(addAllButton, "clicked") { [weak self] in self?.addAllPartners() }
        Signals.connect(addAnonymous, "clicked") { [weak self] in self?.addAnonymous() }
        Signals.connect(anonymousEntry, "activate") { [weak self] in self?.addAnonymous() }
    }

    /// Shows the respondents of a round.
    func render(round: AssessmentRound) {
        self.round = round
        let document = page.window.state.document
        let respondents = document.respondents(in: round.id)
        let total = ProcessContent.statements.count
        var answered: [UUID: Int] = [:]
        for answer in document.answers(in: round.id) where answer.experience != nil || answer.importance != nil || answer.dontKnow {
            answered[answer.respondentID, default: 0] += 1
        }
        Widgets.removeChildren(list)
        if respondents.isEmpty {
            Widgets.append(list, Widgets.label(tr("No respondents yet: add the partners taking part, or anonymous labels."), classes: ["dim-label"], wrap: true))
        }
        for (index, respondent) in respondents.enumerated() {
            Widgets.append(list, row(respondent, index: index, answered: answered[respondent.id] ?? 0, total: total, document: document))
        }
        let taken = Set(respondents.compactMap(\.partnerID))
        offered = document.partners.filter { !taken.contains($0.id) }
        let names = offered.isEmpty ? [tr("Every partner is a respondent")] : offered.map(\.name)
        if names != offeredNames {
            offeredNames = names
            Self.setItems(partnerDropDown, names)
        }
        gtk_widget_set_sensitive(partnerDropDown, offered.isEmpty ? 0 : 1)
        gtk_widget_set_sensitive(addPartnerButton, offered.isEmpty ? 0 : 1)
        gtk_widget_set_sensitive(addAllButton, offered.isEmpty ? 0 : 1)
        if CStrings.text(ofEditable: anonymousEntry).isEmpty {
            samskap_set_placeholder(anonymousEntry, trf("For example: Participant %1$s", String(respondents.count + 1)))
        }
    }

    /// The name people see for a respondent: the partner's name or the label.
    static func name(of respondent: Respondent, in document: ProjectDocument) -> String {
        if let id = respondent.partnerID, let partner = document.partner(id) {
            return respondent.label.isEmpty ? partner.name : trf("%1$s (%2$s)", partner.name, respondent.label)
        }
        return respondent.label.isEmpty ? tr("Unnamed respondent") : respondent.label
    }

    private func row(_ respondent: Respondent, index: Int, answered: Int, total: Int, document: ProjectDocument) -> Widget {
        let id = respondent.id
        let name = Self.name(of: respondent, in: document)
        let box = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8, classes: ["respondent-row"])
        let nameLabel = Widgets.label(name, wrap: true)
        gtk_widget_set_hexpand(nameLabel, 1)
        let progress = Widgets.label(trf("%1$s of %2$s answered", String(answered), String(total)),
                                     classes: answered == total && total > 0 ? ["success"] : ["dim-label"])
        let enter = Widgets.iconButton("document-edit-symbolic", name: trf("Enter answers for %1$s", name)) { [weak self] in
            guard let self else { return }
            self.page.entry.start(respondentIndex: index)
            self.page.show(view: "entry")
        }
        let remove = Widgets.iconButton("list-remove-symbolic", name: trf("Remove %1$s and their answers", name)) { [weak self] in
            guard let self else { return }
            self.remove(id, name: name)
        }
        Widgets.append(box, nameLabel, progress, enter, remove)
        return box
    }

    private func addChosenPartner() {
        guard let round, !offered.isEmpty else { return }
        let index = min(Form.selected(partnerDropDown), offered.count - 1)
        page.window.perform([.upsertRespondent(Respondent(roundID: round.id, partnerID: offered[index].id))])
    }

    private func addAllPartners() {
        guard let round, !offered.isEmpty else { return }
        let count = offered.count
        if page.window.perform(offered.map { .upsertRespondent(Respondent(roundID: round.id, partnerID: $0.id)) }) {
            page.window.toast.show(trf("Added %1$s partners as respondents.", String(count)))
        }
    }

    private func addAnonymous() {
        guard let round else { return }
        var label = CStrings.text(ofEditable: anonymousEntry).trimmingSpaces()
        if label.isEmpty {
            label = trf("Participant %1$s", String(page.window.state.document.respondents(in: round.id).count + 1))
        }
        let respondent = Respondent(roundID: round.id, label: label)
        let issue = respondent.validationIssues().first?.message(Translations.language)
        FieldMessage.show(anonymousMessage, on: anonymousEntry, issue)
        guard issue == nil, page.window.perform([.upsertRespondent(respondent)]) else { return }
        gtk_editable_set_text(samskap_editable(anonymousEntry), "")
    }

    private func remove(_ id: UUID, name: String) {
        guard page.window.perform([.deleteRespondent(id)]) else { return }
        page.window.toast.show(trf("Removed %1$s and their answers", name), actionTitle: tr("_Undo")) { [weak page] in
            page?.window.undo()
        }
    }

    /// Replaces the items of a drop-down made by `Form.dropDown`.
    static func setItems(_ dropDown: Widget, _ items: [String]) {
        ChoiceButton.of(dropDown).setItems(items)
    }
}
