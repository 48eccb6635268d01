// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Samskap",
    targets: [
        .systemLibrary(name: "CGtk", pkgConfig: "libadwaita-1", providers: [.apt(["libadwaita-1-dev", "libgtk-4-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CSoup", pkgConfig: "libsoup-3.0", providers: [.apt(["libsoup-3.0-dev"])]),
        .systemLibrary(name: "CQrencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),

        .target(name: "SamskapCore"),
        .target(name: "SamskapStore", dependencies: ["SamskapCore", "CSQLite"]),
        .target(name: "SamskapGraphics", dependencies: ["SamskapCore", "CCairo"]),
        .target(name: "SamskapPhones", dependencies: ["SamskapCore", "SamskapStore", "CSoup", "CQrencode", "CCairo"]),
        .target(name: "SamskapUI", dependencies: ["SamskapCore", "SamskapStore", "SamskapGraphics", "CGtk"]),
        .executableTarget(name: "samskap", dependencies: ["SamskapCore", "SamskapStore", "SamskapGraphics", "SamskapUI", "SamskapPhones"]),

        .target(name: "TestSupport", dependencies: ["SamskapCore", "SamskapStore"], path: "Tests/TestSupport"),
        .testTarget(name: "SamskapCoreTests", dependencies: ["SamskapCore", "TestSupport"]),
        .testTarget(name: "SamskapStoreTests", dependencies: ["SamskapStore", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SamskapGraphicsTests", dependencies: ["SamskapGraphics", "TestSupport"], exclude: ["Reference"]),
        .testTarget(name: "SamskapPhonesTests", dependencies: ["SamskapPhones", "TestSupport"]),
        .testTarget(name: "SamskapUITests", dependencies: ["SamskapUI", "TestSupport"]),
        .executableTarget(name: "samskap-bench", dependencies: ["SamskapCore", "SamskapStore", "SamskapGraphics", "TestSupport", "CSQLite"], path: "Tests/Bench"),
        .executableTarget(name: "samskap-crashprobe", dependencies: ["SamskapStore"], path: "Tests/CrashProbe"),
    ],
    swiftLanguageModes: [.v6]
)
