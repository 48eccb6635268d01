import Glibc

extension Double {
    /// The value with exactly `places` digits after a decimal point, as `String(format: "%.*f", …)` wrote it: C's
    /// printf, correctly rounded, NaN as "nan", negative zero as "-0.0". FoundationEssentials has no
    /// `String(format:)`.
    public func decimalString(places: Int) -> String {
        withVaList([Int32(places), self]) { arguments in
            // GTK sets the process's locale from the environment; printf would then write "1,5" under nb_NO.
            let previous = uselocale(cNumericLocale)
            defer { uselocale(previous) }
            // Room for the 309 digits of the largest double, its sign, point and decimals.
            return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 320 + places) { buffer in
                _ = vsnprintf(buffer.baseAddress, buffer.count, "%.*f", arguments)
                return String(cString: buffer.baseAddress!)
            }
        }
    }
}

/// C's own numeric conventions, made once and never freed; only read after that.
nonisolated(unsafe) private let cNumericLocale = newlocale(LC_NUMERIC_MASK, "C", nil)
