/// A page of the sidebar as the window knows it from the start: its name, its title and how to build it.
/// The page itself is built on its first visit (or when an action or another page needs it), so that the
/// window's first frame waits only for the page it shows.
@MainActor
struct PageSlot {
    /// The stack name, e.g. "partners" (the page's `name`).
    let name: String
    /// The sidebar title (the page's `title`).
    let title: String
    /// The page's type, for `MainWindow.page(_:)`.
    let type: Page.Type
    /// The sidebar's symbolic icon (a name of the Adwaita icon theme).
    var icon: String = "text-x-generic-symbolic"
    /// Builds the page for a window.
    let make: @MainActor (MainWindow) -> Page

    /// The pages of a project window, in sidebar order.
    static func all() -> [PageSlot] {
        [
            PageSlot(name: "overview", title: tr("Overview"), type: OverviewPage.self, icon: "user-home-symbolic") { OverviewPage(window: $0) },
            PageSlot(name: "partners", title: tr("Partners"), type: PartnersPage.self, icon: "system-users-symbolic") { PartnersPage(window: $0) },
            PageSlot(name: "vision", title: tr("Vision and goals"), type: VisionPage.self, icon: "starred-symbolic") { VisionPage(window: $0) },
            PageSlot(name: "impact", title: tr("Impact"), type: ImpactPage.self, icon: "x-office-presentation-symbolic") { ImpactPage(window: $0) },
            PageSlot(name: "process", title: tr("Process"), type: ProcessPage.self, icon: "media-playlist-repeat-symbolic") { ProcessPage(window: $0) },
            PageSlot(name: "report", title: tr("Report"), type: ReportPage.self, icon: "x-office-document-symbolic") { ReportPage(window: $0) },
        ]
    }
}
