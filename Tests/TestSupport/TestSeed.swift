import Foundation

/// The seed of a randomized test: printed with the way to repeat it, and taken from `SAMSKAP_SEED` when set.
public enum TestSeed {
    /// `SAMSKAP_SEED` (or the older `SAMSKAP_FUZZ_SEED`) when set, to replay a run that failed; under `CI` a fixed
    /// seed, so a failure there is the change's own; else one from the clock, so each run explores new ground.
    /// `salt` keeps the tests of one run apart. Prints the seed with the command that repeats it.
    public static func make(_ test: String, salt: UInt64 = 0) -> UInt64 {
        let environment = ProcessInfo.processInfo.environment
        let given = (environment["SAMSKAP_SEED"] ?? environment["SAMSKAP_FUZZ_SEED"]).flatMap(UInt64.init)
        let seed = given ?? (environment["CI"] != nil ? 0x5341_4D53_4B41_5000 ^ salt : UInt64(Date().timeIntervalSince1970 * 1000) ^ salt)
        print("\(test): seed \(seed) (repeat with SAMSKAP_SEED=\(seed))")
        return seed
    }
}
