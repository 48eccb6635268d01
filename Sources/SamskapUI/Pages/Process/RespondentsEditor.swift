import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The respondents of one round: partners or anonymous labels, how far each has answered, add and remove.
@MainActor
final class RespondentsEditor {
    let root: Box
    unowned let page: ProcessPage
    private let list: Box
    private let partnerDropDown: DropDown
    private let addPartnerButton: Button
    private let addAllButton: Button
    private let anonymousEntry: Entry
    private let anonymousMessage: Label
    /// The partners offered in the drop-down, in its order.
    private var offered: [Partner] = []
    private var offeredNames: [String] = []
    private var round: AssessmentRound?

    init(page: ProcessPage) {
        self.page = page
        root = Box(.vertical, spacing: 8)
        list = Box(.vertical, spacing: 2, classes: ["respondent-list"])
        list.setAccessibleName(tr("Respondents"))
        partnerDropDown = DropDown(name: tr("Partner to add as respondent"), items: [])
        partnerDropDown.expandsHorizontally = true
        addPartnerButton = Button(tr("Add partner"), accessibleName: tr("Add partner as respondent"))
        addAllButton = Button(tr("Add all partners"))
        let partnerRow = Box(.horizontal, spacing: 6)
        partnerRow.append(partnerDropDown, addPartnerButton, addAllButton)
        anonymousEntry = Entry(name: tr("Label of an anonymous respondent"), placeholder: tr("For example: Participant 4"))
        anonymousEntry.expandsHorizontally = true
        let addAnonymous = Button(tr("Add anonymous respondent"))
        let anonymousRow = Box(.horizontal, spacing: 6)
        anonymousRow.append(anonymousEntry, addAnonymous)
        anonymousMessage = FieldMessage.label()
        root.append(Label(tr("Respondents"), classes: ["field-caption"]), list, partnerRow, anonymousRow, anonymousMessage)

        addPartnerButton.onClicked(self) { $0.addChosenPartner() }
        addAllButton.onClicked(self) { $0.addAllPartners() }
        addAnonymous.onClicked(self) { $0.addAnonymous() }
        anonymousEntry.onActivate(self) { $0.addAnonymous() }
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
        list.removeAll()
        if respondents.isEmpty {
            list.append(Label(tr("No respondents yet: add the partners taking part, or anonymous labels."), classes: ["dim-label"], wrap: true))
        }
        for (index, respondent) in respondents.enumerated() {
            list.append(row(respondent, index: index, answered: answered[respondent.id] ?? 0, total: total, document: document))
        }
        let taken = Set(respondents.compactMap(\.partnerID))
        offered = document.partners.filter { !taken.contains($0.id) }
        let names = offered.isEmpty ? [tr("Every partner is a respondent")] : offered.map(\.name)
        if names != offeredNames {
            offeredNames = names
            partnerDropDown.setItems(names)
        }
        partnerDropDown.isSensitive = !offered.isEmpty
        addPartnerButton.isSensitive = !offered.isEmpty
        addAllButton.isSensitive = !offered.isEmpty
        if anonymousEntry.text.isEmpty {
            anonymousEntry.setPlaceholder(trf("For example: Participant %1$s", String(respondents.count + 1)))
        }
    }

    /// The name people see for a respondent: the partner's name or the label.
    static func name(of respondent: Respondent, in document: ProjectDocument) -> String {
        if let id = respondent.partnerID, let partner = document.partner(id) {
            return respondent.label.isEmpty ? partner.name : trf("%1$s (%2$s)", partner.name, respondent.label)
        }
        return respondent.label.isEmpty ? tr("Unnamed respondent") : respondent.label
    }

    private func row(_ respondent: Respondent, index: Int, answered: Int, total: Int, document: ProjectDocument) -> Box {
        let id = respondent.id
        let name = Self.name(of: respondent, in: document)
        let box = Box(.horizontal, spacing: 8, classes: ["respondent-row"])
        let nameLabel = Label(name, wrap: true)
        nameLabel.expandsHorizontally = true
        let progress = Label(trf("%1$s of %2$s answered", String(answered), String(total)),
                             classes: answered == total && total > 0 ? ["success"] : ["dim-label"])
        let enter = Button(icon: "document-edit-symbolic", name: trf("Enter answers for %1$s", name))
        enter.onClicked(self) { editor in
            editor.page.entry.start(respondentIndex: index)
            editor.page.show(view: "entry")
        }
        let remove = Button(icon: "list-remove-symbolic", name: trf("Remove %1$s and their answers", name))
        remove.onClicked(self) { $0.remove(id, name: name) }
        box.append(nameLabel, progress, enter, remove)
        return box
    }

    private func addChosenPartner() {
        guard let round, !offered.isEmpty else { return }
        let index = min(partnerDropDown.selected, offered.count - 1)
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
        var label = anonymousEntry.text.trimmingSpaces()
        if label.isEmpty {
            label = trf("Participant %1$s", String(page.window.state.document.respondents(in: round.id).count + 1))
        }
        let respondent = Respondent(roundID: round.id, label: label)
        let issue = respondent.validationIssues().first?.message(Translations.language)
        FieldMessage.show(anonymousMessage, on: anonymousEntry, issue)
        guard issue == nil, page.window.perform([.upsertRespondent(respondent)]) else { return }
        anonymousEntry.text = ""
    }

    private func remove(_ id: UUID, name: String) {
        guard page.window.perform([.deleteRespondent(id)]) else { return }
        page.window.toast.show(trf("Removed %1$s and their answers", name), actionTitle: tr("_Undo")) { [weak page] in
            page?.window.undo()
        }
    }
}
