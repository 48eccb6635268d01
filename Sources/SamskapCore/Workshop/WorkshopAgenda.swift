import FoundationEssentials

/// The screens of a workshop, prepared before it and saved in the project file, with where it stands.
///
/// Saved as the workshop goes (the current screen, each reveal, each tally), so that after a crash or a restart it
/// resumes at the same screen.
public struct WorkshopAgenda: Codable, Equatable, Hashable, Sendable {
    /// The screens in the order they are shown.
    public var screens: [WorkshopScreen]
    /// The screen on show, or where the workshop stopped; nil before it starts.
    public var currentScreenID: UUID?
    /// The statements of the short round, one per action field and value; empty: the first of each.
    public var shortRoundStatements: [String]
    /// The two groups the coordinator compares besides the sectors; empty: sectors only.
    public var groups: [WorkshopGroup]
    /// The colours the workshop is shown in (T changes them), kept so a resumed workshop looks as it did.
    public var theme: WorkshopTheme

    /// Creates an agenda.
    public init(screens: [WorkshopScreen] = [], currentScreenID: UUID? = nil, shortRoundStatements: [String] = [],
                groups: [WorkshopGroup] = [], theme: WorkshopTheme = .dark) {
        self.screens = screens
        self.currentScreenID = currentScreenID
        self.shortRoundStatements = shortRoundStatements
        self.groups = groups
        self.theme = theme
    }

    private enum CodingKeys: String, CodingKey { case screens, currentScreenID, shortRoundStatements, groups, theme }

    /// Reads an agenda; one saved before the theme was kept has none and is shown dark.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(screens: try c.decode([WorkshopScreen].self, forKey: .screens),
                  currentScreenID: try c.decodeIfPresent(UUID.self, forKey: .currentScreenID),
                  shortRoundStatements: try c.decode([String].self, forKey: .shortRoundStatements),
                  groups: try c.decode([WorkshopGroup].self, forKey: .groups),
                  theme: try c.decodeIfPresent(WorkshopTheme.self, forKey: .theme) ?? .dark)
    }

    /// An agenda without screens.
    public static let empty = WorkshopAgenda()

    /// Whether nothing has been prepared.
    public var isEmpty: Bool { self == .empty }

    /// The index of the current screen (the first when none is set or it was deleted); nil without screens.
    public var currentIndex: Int? {
        guard !screens.isEmpty else { return nil }
        return currentScreenID.flatMap { id in screens.firstIndex { $0.id == id } } ?? 0
    }

    /// The current screen.
    public var current: WorkshopScreen? { currentIndex.map { screens[$0] } }

    /// The screen after the current one.
    public var next: WorkshopScreen? {
        guard let i = currentIndex, i + 1 < screens.count else { return nil }
        return screens[i + 1]
    }

    /// The agenda moved `step` screens on (negative: back), stopping at either end.
    public func moved(by step: Int) -> WorkshopAgenda {
        guard let i = currentIndex else { return self }
        var copy = self
        copy.currentScreenID = screens[max(0, min(screens.count - 1, i + step))].id
        return copy
    }

    /// The agenda with the screen replaced (matched by id).
    public func replacing(_ screen: WorkshopScreen) -> WorkshopAgenda {
        var copy = self
        if let i = copy.screens.firstIndex(where: { $0.id == screen.id }) { copy.screens[i] = screen }
        return copy
    }

    /// The agenda with the screen at `index` moved one place up (`-1`) or down (`+1`).
    public func movingScreen(at index: Int, by step: Int) -> WorkshopAgenda {
        let target = index + step
        guard screens.indices.contains(index), screens.indices.contains(target) else { return self }
        var copy = self
        copy.screens.swapAt(index, target)
        return copy
    }
}

/// The colours of the workshop's screens: dark by default, light for a bright room, high contrast for a weak projector.
public enum WorkshopTheme: String, Codable, CaseIterable, Sendable {
    case dark, light, contrast

    /// The next one, as T goes round them.
    public var next: WorkshopTheme {
        switch self {
        case .dark: .light
        case .light: .contrast
        case .contrast: .dark
        }
    }
}
