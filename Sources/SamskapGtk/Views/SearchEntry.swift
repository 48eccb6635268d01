import CGtk

/// A search field (GtkSearchEntry): it reports a search once the user pauses typing.
@MainActor
public final class SearchEntry: GtkView {
    /// A search field named `name`, with `name` as its hint while empty.
    public init(name: String) {
        super.init(gtk_search_entry_new()!)
        Accessibility.setLabel(widget, name)
        samskap_set_placeholder(widget, name)
    }

    /// The text searched for.
    public var text: String { CStrings.text(ofEditable: widget) }

    /// Runs `handler` with `owner` (held weakly) when the search changes.
    public func onSearchChanged<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        connect("search-changed", owner: owner, handler)
    }

    /// A search field named `name`, with `placeholder` as its hint while empty.
    public convenience init(name: String, placeholder: String) {
        self.init(name: name)
        samskap_set_placeholder(widget, placeholder)
    }
}
