import FoundationEssentials

extension WorkshopAgenda {
    /// The agenda with every screen's reference to a round or indicator the project no longer has cleared, so the
    /// screen falls back to its default (the newest round, the first key indicator).
    ///
    /// Deleting a round or an indicator leaves the screens that named it as they were (undo brings both back);
    /// an export writes what an import accepts, and the import refuses a screen that names something missing.
    public func clearingMissingReferences(rounds: Set<UUID>, indicators: Set<UUID>) -> WorkshopAgenda {
        var copy = self
        for i in copy.screens.indices {
            if let id = copy.screens[i].roundID, !rounds.contains(id) { copy.screens[i].roundID = nil }
            if let id = copy.screens[i].previousRoundID, !rounds.contains(id) { copy.screens[i].previousRoundID = nil }
            if let id = copy.screens[i].indicatorID, !indicators.contains(id) { copy.screens[i].indicatorID = nil }
        }
        return copy
    }
}
