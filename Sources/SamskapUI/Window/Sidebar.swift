import SamskapGtk

/// The sidebar of a project window: one entry per page, a symbolic icon and the title, left-aligned.
///
/// It sits in an AdwFlap beside the pages and folds away when the window is too narrow for both (half a 1920
/// screen); the header bar's toggle then brings it over the page, and choosing a page puts it away again.
/// The entries are toggle buttons in one group, named by their title for assistive technologies.
@MainActor
final class Sidebar {
    /// The header bar's button that shows the folded sidebar; hidden while the sidebar has room.
    let toggle = ToggleButton(icon: "sidebar-show-symbolic", name: tr("Show pages"))
    private let list = Box(.vertical, spacing: 2, classes: ["sidebar-pages"])
    private var flap: Flap?
    private var entries: [String: ToggleButton] = [:]
    private var first: ToggleButton?
    /// False while the presenter view stands in place of the pages: the toggle would open a sidebar nobody sees.
    var isAvailable = true {
        didSet { showToggleIfFolded() }
    }

    init() {
        list.setAccessibleName(tr("Pages"))
        toggle.isVisible = false
    }

    /// The flap holding the sidebar beside `content`.
    func fold(content: GtkView) -> Flap {
        let scrolled = ScrolledView(list)
        scrolled.addCSSClass("sidebar-scroller")
        let flap = Flap(flap: scrolled, content: content)
        self.flap = flap
        // The toggle shows while folded, and it and the flap's revealed state follow each other. The flap folds while
        // it is being allocated: the toggle changes from the main loop, as a header bar child shown or hidden in the
        // middle of an allocation is left without one (GTK warns, and the bar is painted from an older frame).
        flap.onFoldedChanged(self) { sidebar in
            MainThread.post { [weak sidebar] in sidebar?.showToggleIfFolded() }
        }
        flap.bindRevealed(to: toggle)
        return flap
    }

    /// Adds an entry; `choose` runs with the page's name when the user picks it.
    func add(_ page: PageSlot, choose: @escaping @MainActor (String) -> Void) {
        let row = Box(.horizontal, spacing: 12)
        row.append(Image(iconName: page.icon), Label(page.title))
        let button = ToggleButton(child: row, accessibleName: page.title, classes: ["flat", "sidebar-page"])
        if let first { button.join(first) } else { first = button }
        entries[page.name] = button
        list.append(button)
        let name = page.name
        button.onToggled(self) { sidebar in
            guard sidebar.entries[name]?.isActive == true else { return }
            choose(name)
            sidebar.putAwayIfFolded()
        }
    }

    /// Whether a page has an entry.
    func has(_ name: String) -> Bool { entries[name] != nil }

    /// Marks a page's entry as the current one.
    func select(_ name: String) {
        entries[name]?.isActive = true
    }

    private func showToggleIfFolded() {
        guard let flap else { return }
        toggle.isVisible = isAvailable && flap.isFolded
    }

    private func putAwayIfFolded() {
        guard let flap, flap.isFolded else { return }
        flap.isRevealed = false
    }
}
