import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The statements of the short round, one per action field and value, each chosen from its dimension's statements
/// (the first until the coordinator picks another). Saved whole, in the model's order, as `ShortRound` reads them.
@MainActor
final class ShortRoundChooser {
    let root: GtkView
    private weak var main: MainWindow?
    private let dimensions: [ModelDimension]
    private var dropDowns: [DropDown] = []
    private var filling = false

    init(main: MainWindow) {
        self.main = main
        dimensions = (ProcessContent.model?.allDimensions ?? []).filter { !$0.statements.isEmpty }
        let (group, content) = Form.groupView(tr("Short round"))
        root = group
        guard !dimensions.isEmpty else {
            content.append(Label(tr("The model could not be read. Reinstall Samskap."), wrap: true))
            return
        }
        content.append(Label(tr("A short round asks one statement per action field and value. Choose which."),
                             classes: ["dim-label"], wrap: true))
        for (d, dimension) in dimensions.enumerated() {
            let name = trf("Short round statement for %1$s", dimension.name)
            let dropDown = DropDown(name: name, items: dimension.statements.map(\.text))
            // Statements are long sentences: the button takes the form's width and ends the shown one with an ellipsis.
            dropDown.expandsHorizontally = true
            // The handler finds its drop-down by index: one that captured it would keep it alive.
            dropDown.onSelect(self) { chooser in chooser.chose(chooser.dropDowns[d].selected, in: d) }
            dropDowns.append(dropDown)
            content.append(Form.field(dimension.name, dropDown).root)
        }
    }

    private func chose(_ index: Int, in d: Int) {
        guard !filling, let model = ProcessContent.model, dimensions[d].statements.indices.contains(index) else { return }
        let chosenID = dimensions[d].statements[index].id
        main?.editAgenda { agenda in
            agenda.shortRoundStatements = ShortRound.statements(chosen: agenda.shortRoundStatements, model: model).map { id in
                dimensions[d].statements.contains { $0.id == id } ? chosenID : id
            }
        }
    }

    /// Shows the saved choice of each dimension (the first statement when none is saved).
    func render(_ agenda: WorkshopAgenda) {
        guard let model = ProcessContent.model else { return }
        filling = true
        defer { filling = false }
        let chosen = Set(ShortRound.statements(chosen: agenda.shortRoundStatements, model: model))
        for (d, dimension) in dimensions.enumerated() {
            dropDowns[d].select(dimension.statements.firstIndex { chosen.contains($0.id) } ?? 0)
        }
    }
}
