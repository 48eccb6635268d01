import Foundation
import XCTest
@testable import SamskapPlatform
import TestSupport

/// `decimalString(places:)` writes what `String(format: "%.Nf")` wrote, whatever the C locale.
final class DecimalTextTests: XCTestCase {
    func testMatchesStringFormat() {
        var values: [Double] = [0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 2.675, 1.005, 3.14159, 1e-10, -1e-10, 99.95, 1e15, 123456789.987654321,
                                1.7976931348623157e308, -4.9e-324, .infinity, -.infinity, .nan]
        var random = SeededRandom(seed: 7)
        for _ in 0..<500 { values.append(Double.random(in: -1e6...1e6, using: &random)) }
        for _ in 0..<100 { values.append(Double(bitPattern: random.next())) }
        for value in values {
            for places in 0...10 {
                XCTAssertEqual(value.decimalString(places: places), String(format: "%.\(places)f", value), "\(value) \(places)")
            }
        }
    }

    func testKeepsThePointUnderALocaleWithADecimalComma() throws {
        // GTK sets the locale from the environment; build a Norwegian one for this test's thread.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samskap-locale-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let localedef = Process()
        localedef.executableURL = URL(fileURLWithPath: "/usr/bin/localedef")
        localedef.arguments = ["-i", "nb_NO", "-f", "UTF-8", folder.appendingPathComponent("nb_NO.UTF-8").path]
        localedef.standardError = FileHandle.nullDevice
        guard (try? localedef.run()) != nil else { throw XCTSkip("no localedef") }
        localedef.waitUntilExit()
        setenv("LOCPATH", folder.path, 1)
        defer { unsetenv("LOCPATH") }
        guard let norwegian = newlocale(LC_NUMERIC_MASK, "nb_NO.UTF-8", nil) else { throw XCTSkip("no nb_NO locale") }
        defer { freelocale(norwegian) }
        let previous = uselocale(norwegian)
        defer { uselocale(previous) }
        var buffer = [CChar](repeating: 0, count: 16)
        _ = withVaList([1.5]) { vsnprintf(&buffer, buffer.count, "%.1f", $0) }
        XCTAssertEqual(String(cString: buffer), "1,5", "printf itself follows the locale")
        XCTAssertEqual(1.5.decimalString(places: 1), "1.5")
        XCTAssertEqual(1.5.decimalString(places: 1), "1.5", "and the thread's locale is back afterwards")
        _ = withVaList([2.5]) { vsnprintf(&buffer, buffer.count, "%.1f", $0) }
        XCTAssertEqual(String(cString: buffer), "2,5")
    }
}
