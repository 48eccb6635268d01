import Foundation
import TestSupport

/// Damages a valid file the ways files get damaged and the ways people (and attackers) edit them: bytes flipped,
/// deleted or repeated, lines dropped, doubled or swapped, and tokens that have broken importers before spliced in.
struct FuzzMutator {
    /// Mutations per run: `SAMSKAP_FUZZ_COUNT` when set, else the given number.
    static func count(default value: Int) -> Int {
        ProcessInfo.processInfo.environment["SAMSKAP_FUZZ_COUNT"].flatMap(Int.init) ?? value
    }

    /// Tokens spliced into a file: numbers beyond every range, non-numbers, odd texts, dates and ids of the wrong shape.
    let tokens: [String]
    /// Where a token fits best: after these bytes (`: ` in pretty JSON, the separator in CSV).
    let slotMarkers: [[UInt8]]

    static let json = FuzzMutator(tokens: [
        "1e308", "-1e308", "1e999", "-0", "0", "-1", "6", "21", "2.5", "4.0", "1e15", "1000000000000001", "-1e16",
        "10000000000000000000", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "0.1e1",
        "NaN", "Infinity", "-Infinity", "null", "true", "false", "\"\"", "{}", "[]", "[null]", "{\"a\":1}",
        "\"31/12/2024\"", "\"-001-01-01\"", "\"0000-01-01\"", "\"2025-02-30\"", "\"9999-12-31\"", "\"2025-1-1\"",
        "\" 5A4D5300-0000-4000-8000-000000000001\"", "\"5a4d5300-0000-4000-8000-00000000000g\"", "\"00000000-0000-0000-0000-000000000000\"",
        "\"importence\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\ud83c\\udfe0\"", "\"æøå 🏠\"", "\"\u{FEFF}\"", "\"\\\"\"",
        "\"=1+2\"", "\"kommune2\"", "\"coDesigner\"", "\u{FEFF}", "\"format\" : \"samskap-project\",",
        "\"experience\" : 9,", "\"value\" : 1e300,", "\"id\" : \"x\",", "\"extra\" : [1,2,3],",
        String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
        String(repeating: "{\"a\":", count: 300) + "1" + String(repeating: "}", count: 300),
        "\"" + String(repeating: "x", count: 5000) + "\"",
    ], slotMarkers: [Array(" : ".utf8), Array("[".utf8), Array(",".utf8)])

    static let csv = FuzzMutator(tokens: [
        "1.1.99999999999999999999", "99999999999999999999.1.2026", "1.1.1", "1.1.026", "01.03.26", "2026-02-30", "0001-01-01",
        "9999-12-31", "-001-01-01", "1/3/2026", "1.3/2026", "29.2.2025",
        "99999999999999999999", "10000000000000000000", "9223372036854775808", "1000000000000000", "1000000000000001",
        "-1 000 000 000 000 000", "1e308", "-0", "0,0", "NaN", "inf", "−3,5", "1 234,5", "1.234,5", "٣", "+7", "- 4",
        "=1+2", "'=1+2", "''=x", "@SUM(A1)", "-tekst", "\t", "'", "\"", "\"\"", "\"a;b\"", "\"a\"b", "\" \r\n \"", "\"\u{00A0}\"", ";", ",", "\r", "\n", "\r\n",
        "\u{FEFF}", "sep=;\r\n", "sep=,\n", "indikator", "måling-id", "maaling-id", "value",
        "5A4D5300-0000-4000-8000-000000000014", "5A4D5300-0000-4000-8000-00000000001E", "not-an-id",
        "00000000-0000-0000-0000-000000000000", "æøå 🏠", "\u{0}", String(repeating: "x", count: 5000),
    ], slotMarkers: [Array(";".utf8), Array(",".utf8), Array("\n".utf8)])

    /// One mutated copy of the file.
    func mutate(_ base: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
        var bytes = base
        let rounds = rng.chance(0.8) ? 1 : Int.random(in: 2...4, using: &rng)
        for _ in 0..<rounds { step(&bytes, &rng) }
        return bytes
    }

    private func step(_ bytes: inout [UInt8], _ rng: inout SeededRandom) {
        guard !bytes.isEmpty else {
            bytes = Array(rng.pick(tokens).utf8)
            return
        }
        let at = Int.random(in: 0..<bytes.count, using: &rng)
        switch Int.random(in: 0..<11, using: &rng) {
        case 0:
            bytes[at] = UInt8.random(in: 0...255, using: &rng)
        case 1:
            bytes[at] = rng.pick(Array("{}[]\",:;0123456789-.e \r\n\t'=".utf8))
        case 2:
            bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...16, using: &rng)))
        case 3:
            let piece = bytes[at..<min(bytes.count, at + Int.random(in: 1...64, using: &rng))]
            bytes.insert(contentsOf: piece, at: at)
        case 4, 5, 6:
            // A token where a value starts: replace what follows a marker up to the end of the value.
            let marker = rng.pick(slotMarkers)
            guard let start = find(marker, in: bytes, from: at) ?? find(marker, in: bytes, from: 0) else { fallthrough }
            var end = start
            while end < bytes.count, !",;\r\n}]".utf8.contains(bytes[end]) { end += 1 }
            bytes.replaceSubrange(start..<(rng.chance(0.8) ? end : start), with: Array(rng.pick(tokens).utf8))
        case 7:
            bytes.insert(contentsOf: Array(rng.pick(tokens).utf8), at: at)
        default:
            lineEdit(&bytes, &rng)
        }
    }

    /// Drops, doubles, swaps or cuts whole lines: duplicate keys and rows, missing members, a file cut short.
    private func lineEdit(_ bytes: inout [UInt8], _ rng: inout SeededRandom) {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        guard lines.count > 1 else { return }
        let i = Int.random(in: 0..<lines.count, using: &rng), j = Int.random(in: 0..<lines.count, using: &rng)
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: lines.remove(at: i)
        case 1: lines.insert(lines[i], at: j)
        case 2: lines.swapAt(i, j)
        default: lines.removeSubrange(i...)
        }
        bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    /// The index just after the first `marker` at or after `from`.
    private func find(_ marker: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard !marker.isEmpty, bytes.count >= marker.count else { return nil }
        var i = from
        while i + marker.count <= bytes.count {
            if bytes[i] == marker[0] && Array(bytes[i..<(i + marker.count)]) == marker { return i + marker.count }
            i += 1
        }
        return nil
    }
}
