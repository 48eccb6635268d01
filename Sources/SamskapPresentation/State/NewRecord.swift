/// The new record a form shows before it can be saved (a partner or an indicator waits for its name), and the one
/// left for another record before that: starting a new record again returns to it with what was typed, so that
/// leaving never drops it.
public struct NewRecord<Record> {
    /// The new record shown, as typed so far; nil while the form shows a stored record.
    public private(set) var pending: Record?
    private var parked: Record?

    public init() {}

    /// Whether the form shows a new record that is not saved yet.
    public var isNew: Bool { pending != nil }

    /// Begins a new record, or returns to the one left unsaved; returns the record to show.
    public mutating func start(_ blank: @autoclosure () -> Record) -> Record {
        let record = parked ?? blank()
        parked = nil
        pending = record
        return record
    }

    /// The new record as typed so far (it could not be saved yet, or its save failed).
    public mutating func update(_ record: Record) {
        pending = record
    }

    /// The new record was saved: the form shows a stored record now.
    public mutating func saved() {
        pending = nil
    }

    /// Leaves the new record for another one; kept for `start` when `keeping` (something was typed into it).
    public mutating func leave(keeping: Bool) {
        if keeping, let pending { parked = pending }
        pending = nil
    }
}
