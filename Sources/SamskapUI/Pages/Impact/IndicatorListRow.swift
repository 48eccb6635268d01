import FoundationEssentials
import SamskapCore

/// What one row of the Impact page's indicator list shows, to tell whether the list must be rebuilt.
struct IndicatorListRow: Equatable {
    var id: UUID
    var name: String
    var level: IndicatorLevel
    var isKey: Bool
    var status: IndicatorStatus
    var selected: Bool
}
