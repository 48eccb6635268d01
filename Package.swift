// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Samskap",
    targets: [
        .systemLibrary(name: "CGtk", pkgConfig: "gtk4", providers: [.apt(["libgtk-4-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),

        // glibc's gettext and setlocale (libintl is part of the C library; no package to install).
        .systemLibrary(name: "CIntl"),

        .target(name: "SamskapLocale", dependencies: ["CIntl"]),
        .target(name: "SamskapCore", dependencies: ["SamskapLocale"]),
        .target(name: "SamskapStore", dependencies: ["SamskapCore", "CSQLite"]),
        .target(name: "SamskapGraphics", dependencies: ["SamskapCore", "CCairo"]),
        .target(name: "SamskapUI", dependencies: ["SamskapCore", "SamskapStore", "SamskapGraphics", "CGtk"]),
        .executableTarget(name: "samskap", dependencies: ["SamskapCore", "SamskapStore", "SamskapGraphics", "SamskapUI"]),

        .target(name: "TestSupport", dependencies: ["SamskapCore", "SamskapStore"], path: "Tests/TestSupport"),
        .testTarget(name: "SamskapCoreTests", dependencies: ["SamskapCore", "TestSupport"]),
        .testTarget(name: "SamskapLocaleTests", dependencies: ["SamskapLocale", "TestSupport"]),
        .testTarget(name: "SamskapStoreTests", dependencies: ["SamskapStore", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SamskapGraphicsTests", dependencies: ["SamskapGraphics", "TestSupport"], exclude: ["Reference"]),
        .testTarget(name: "SamskapUITests", dependencies: ["SamskapUI", "TestSupport"]),
        .executableTarget(name: "samskap-bench", dependencies: ["SamskapCore", "SamskapStore", "SamskapGraphics", "TestSupport", "CSQLite"], path: "Tests/Bench"),
        .executableTarget(name: "samskap-crashprobe", dependencies: ["SamskapStore"], path: "Tests/CrashProbe"),
    ],
    swiftLanguageModes: [.v6]
)
