import SamskapGtk
/// One page of the project window, in the sidebar; renders from the window's state.
@MainActor
protocol Page: AnyObject {
    /// The stack name, e.g. "partners".
    var name: String { get }
    /// The sidebar title.
    var title: String { get }
    /// The page's top widget.
    var root: GtkView { get }
    /// Brings the widgets in line with the state (without disturbing what the user is typing).
    func render()
}
