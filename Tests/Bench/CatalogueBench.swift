import Foundation
import SamskapCore

/// The catalogue's part of start-up: finding it, binding it and the first text (gettext opens and maps the .mo
/// file then), and the cost of a text after that, in the process's language and in another one (PDF --lang).
/// Runs first, so that nothing has translated yet.
func runCatalogueBench() {
    let clock = ContinuousClock()
    let first = clock.measure { _ = tr("Partners") }
    let texts = ["Partners", "Overview", "Vision and goals", "Impact", "Report", "New partner", "Sector", "Municipality"]
    let own = Timing.measure(count: 200) { _ in for text in texts { _ = tr(text) } }
    let other = Timing.measure(count: 200) { _ in for text in texts { _ = tr(text, in: .en == Language.current ? .nb : .en) } }
    print(String(format: "catalogue: first text (find, bind, open %@) %.2f ms; a text %.2f µs in the process's language, %.2f µs in another",
                 Language.current.rawValue, Double(first.components.attoseconds) / 1e15,
                 own.median / Double(texts.count) * 1e6, other.median / Double(texts.count) * 1e6))
}
