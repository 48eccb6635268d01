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

    /// Runs `handler` with `owner` (held weakly) and the chosen index when the choice changes, also when `select`
    /// changes it; the handler need not hold the drop-down (which would keep it alive).
    public func onSelect<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner, Int) -> Void) {
        let dropDown = widget  // the emitter: alive while it emits, never kept here
        Form.onSelect(dropDown) { [weak owner] in
            guard let owner else { return }
            handler(owner, Form.selected(dropDown))
        }
    }
}
