import SamskapUI

/// Opens the window; kept apart so headless subcommands never touch GTK.
enum WindowLauncher {
    static func run(_ arguments: [String]) -> Int32 {
        AppLauncher.run(arguments: arguments)
    }
}
