/// A choice among texts, named for assistive technologies (a `ChoiceButton`, see `Form.dropDown`).
@MainActor
public final class DropDown: GtkView {
    /// A choice among `items` named `name`; the first is chosen when there is one.
    public init(name: String, items: [String]) {
        super.init(Form.dropDown(name: name, items: items))
    }

    /// The chosen index (`ChoiceButton.noSelection` when there are no items).
    public var selected: Int { Form.selected(widget) }

    /// Chooses an index when it is not chosen already.
    public func select(_ index: Int) { Form.select(widget, index) }

    /// Runs `handler` with `owner` (held weakly) when the choice changes, also when `select` changes it.
    public func onSelect<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        Form.onSelect(widget) { [weak owner] in
            guard let owner else { return }
            handler(owner)
        }
    }

    /// Replaces the texts to choose among, keeping the choice where GtkDropDown kept it (see `ChoiceButton.setItems`).
    public func setItems(_ items: [String]) { ChoiceButton.of(widget).setItems(items) }
}
