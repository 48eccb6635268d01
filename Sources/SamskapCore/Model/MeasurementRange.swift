extension Measurement {
    /// The values a measurement may hold: whole numbers up to this size stay exact in a `Double`, and no count,
    /// sum of money or share a project measures comes near it.
    public static let valueRange: ClosedRange<Double> = -1e15...1e15

    /// Whether a value can be drawn, computed with and printed as a number: finite and within `valueRange`.
    /// Values outside arrive only from files made before the range was enforced, or edited by hand; charts and the
    /// report leave them out instead of stretching an axis to infinity.
    public static func isUsable(_ value: Double) -> Bool { valueRange.contains(value) }
}
