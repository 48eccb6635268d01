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
        .systemLibrary(name: "CUtf8proc", pkgConfig: "libutf8proc", providers: [.apt(["libutf8proc-dev"])]),

        .systemLibrary(name: "CMalloc"),
        // glibc's gettext and setlocale (libintl is part of the C library; no package to install).
        .systemLibrary(name: "CIntl"),

        .target(name: "SamskapPlatform", dependencies: ["CUtf8proc", "CMalloc"]),
        .target(name: "SamskapLocale", dependencies: ["CIntl"]),
        .target(name: "SamskapCore", dependencies: ["SamskapPlatform", "SamskapLocale"]),
        .target(name: "SamskapStore", dependencies: ["SamskapCore", "CSQLite"]),
        .target(name: "SamskapGraphics", dependencies: ["SamskapCore", "CCairo"]),
        .target(name: "SamskapPhones", dependencies: ["SamskapCore", "SamskapStore", "CSoup", "CQrencode", "CCairo"]),
        .target(name: "SamskapPresentation", dependencies: ["SamskapCore", "SamskapStore", "SamskapGraphics"]),
        // The typed GTK interop: the only place meant to call GTK; no app types.
        .target(name: "SamskapGtk", dependencies: ["CGtk", "SamskapPlatform"]),
        .target(name: "SamskapUI", dependencies: ["SamskapGtk", "SamskapPresentation", "SamskapCore", "SamskapStore", "SamskapGraphics", "SamskapPhones"]),
        .executableTarget(name: "samskap", dependencies: ["SamskapCore", "SamskapStore", "SamskapGraphics", "SamskapUI", "SamskapPhones"]),

        .target(name: "TestSupport", dependencies: ["SamskapCore", "SamskapStore"], path: "Tests/TestSupport"),
        .testTarget(name: "SamskapPlatformTests", dependencies: ["SamskapPlatform", "TestSupport"]),
        .testTarget(name: "SamskapCoreTests", dependencies: ["SamskapCore", "TestSupport"]),
        .testTarget(name: "SamskapLocaleTests", dependencies: ["SamskapLocale", "TestSupport"]),
        .testTarget(name: "SamskapStoreTests", dependencies: ["SamskapStore", "TestSupport"], exclude: ["Fixtures"]),
        // End to end: the built `samskap` binary (built with the tests), its help, usage errors and failures.
        .testTarget(name: "SamskapCLITests", dependencies: ["SamskapCore", "TestSupport"]),
        .testTarget(name: "SamskapGraphicsTests", dependencies: ["SamskapGraphics", "TestSupport"], exclude: ["Reference"]),
        .testTarget(name: "SamskapPhonesTests", dependencies: ["SamskapPhones", "TestSupport"]),
        .testTarget(name: "SamskapPresentationTests", dependencies: ["SamskapPresentation", "TestSupport"]),
        // Test-only GTK helpers (signal emission, reference counts, accessible states) stay out of the app's CGtk.
        .systemLibrary(name: "CGtkTesting", path: "Tests/CGtkTesting", pkgConfig: "gtk4"),
        .testTarget(name: "SamskapUITests", dependencies: ["SamskapUI", "SamskapGtk", "CGtkTesting", "TestSupport"]),
        .executableTarget(name: "samskap-bench", dependencies: ["SamskapCore", "SamskapStore", "SamskapGraphics", "TestSupport", "CSQLite"], path: "Tests/Bench"),
        .executableTarget(name: "samskap-crashprobe", dependencies: ["SamskapStore"], path: "Tests/CrashProbe"),
    ],
    swiftLanguageModes: [.v6]
)
