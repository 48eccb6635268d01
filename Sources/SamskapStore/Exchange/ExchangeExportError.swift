import FoundationEssentials
import SamskapCore

/// Why a project could not be written as JSON: a value JSON has no way to write (infinity, not-a-number), named by
/// the record that holds it, so the user can correct it in the window. Nothing is written when it is thrown.
public struct ExchangeExportError: UserFacingError, Equatable, Sendable {
    /// The record and field: a measurement's value, or an indicator's baseline or target.
    public enum Place: Equatable, Sendable {
        /// The indicator's name (nil when the measurement's indicator is gone) and the day.
        case measurement(indicator: String?, date: Day)
        case baseline(indicator: String)
        case target(indicator: String)
    }

    /// Where the value is.
    public var place: Place
    /// The value as Swift writes it (`inf`, `-inf`, `nan`).
    public var value: String

    /// Creates an error.
    public init(place: Place, value: String) {
        self.place = place
        self.value = value
    }

    public func message(_ language: Language) -> String {
        let what: String
        switch place {
        case let .measurement(indicator?, date):
            what = trf("The measurement of “%1$s” on %2$s", in: language, "\(indicator)", date.formatted(language))
        case let .measurement(nil, date):
            what = trf("A measurement on %1$s of an indicator that does not exist", in: language, date.formatted(language))
        case let .baseline(indicator):
            what = trf("The baseline of “%1$s”", in: language, "\(indicator)")
        case let .target(indicator):
            what = trf("The target of “%1$s”", in: language, "\(indicator)")
        }
        return trf("%1$s has the value %2$s, which is not a number JSON can hold. Correct the value in Samskap and export again.", in: language, "\(what)", "\(value)")
    }

    /// The first value of the document that JSON cannot write, as an error; nil when there is none.
    static func first(in document: ProjectDocument) -> ExchangeExportError? {
        let names = Dictionary(document.indicators.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for indicator in document.indicators {
            if let v = indicator.baseline.value, !v.isFinite { return ExchangeExportError(place: .baseline(indicator: indicator.name), value: "\(v)") }
            if let v = indicator.target.value, !v.isFinite { return ExchangeExportError(place: .target(indicator: indicator.name), value: "\(v)") }
        }
        for m in document.measurements {
            if let v = m.value, !v.isFinite {
                return ExchangeExportError(place: .measurement(indicator: names[m.indicatorID], date: m.date), value: "\(v)")
            }
        }
        return nil
    }
}
