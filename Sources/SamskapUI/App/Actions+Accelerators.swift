import SamskapGtk

extension Application {
    /// Installs every accelerator of the app's table (`AppAction`).
    func installAccelerators() {
        for action in AppAction.allCases { setAccelerator(action.rawValue, action.accelerator) }
    }
}
