import CSoup
import Glibc

/// The session's secrets: a token of 128 random bits and a short code people can type.
enum SessionSecrets {
    /// Letters and digits that no one mistakes for one another: no 0/O/Q/D, 1/I/L/J, 2/Z, 5/S, 8/B, U/V.
    static let codeAlphabet = Array("34679ACEFGHKMNPRTWXY")

    /// Random bytes from the kernel (`getrandom`), never a seeded generator.
    static func randomBytes(_ count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = bytes.withUnsafeMutableBytes { getrandom($0.baseAddress! + filled, count - filled, 0) }
            if n > 0 { filled += n } else if errno != EINTR { fatalError("getrandom failed: \(errno)") }
        }
        return bytes
    }

    /// 128 random bits as 32 hex digits.
    static func token() -> String {
        randomBytes(16).map { byte in
            let hex = Array("0123456789abcdef")
            return String([hex[Int(byte >> 4)], hex[Int(byte & 15)]])
        }.joined()
    }

    /// Six characters of `codeAlphabet`, each drawn without bias (bytes ≥ 240 are thrown back).
    static func shortCode() -> String {
        var code: [Character] = []
        while code.count < 6 {
            for byte in randomBytes(8) where byte < 240 && code.count < 6 {
                code.append(codeAlphabet[Int(byte) % codeAlphabet.count])
            }
        }
        return String(code)
    }

    /// A code as typed, made comparable: upper case, spaces and dashes gone, look-alikes read as what they
    /// must have meant where that is unambiguous (O → 0 is not in the alphabet, so it stays wrong).
    static func normalisedCode(_ typed: String) -> String {
        String(typed.uppercased().filter { !" -".contains($0) })
    }

    /// Compares two secrets in time that does not depend on where they differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}
