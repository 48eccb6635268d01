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
        let nb = language == .nb
        let what: String
        switch place {
        case let .measurement(indicator?, date):
            what = nb ? "Målingen av «\(indicator)» \(date.formatted(.nb))" : "The measurement of “\(indicator)” on \(date.formatted(.en))"
        case let .measurement(nil, date):
            what = nb ? "En måling \(date.formatted(.nb)) av en indikator som ikke finnes" : "A measurement on \(date.formatted(.en)) of an indicator that does not exist"
        case let .baseline(indicator):
            what = nb ? "Utgangspunktet for «\(indicator)»" : "The baseline of “\(indicator)”"
        case let .target(indicator):
            what = nb ? "Målet for «\(indicator)»" : "The target of “\(indicator)”"
        }
        return nb ? "\(what) har verdien \(value), som ikke er et tall JSON kan holde. Rett verdien i Samskap og eksporter på nytt."
            : "\(what) has the value \(value), which is not a number JSON can hold. Correct the value in Samskap and export again."
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
