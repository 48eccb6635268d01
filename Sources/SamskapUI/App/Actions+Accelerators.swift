import CGtk
import SamskapGtk

extension Actions {
    /// Installs every accelerator of the app's table (`AppAction`) on the application.
    static func installAccelerators(_ application: gpointer) {
        for action in AppAction.allCases {
            samskap_set_accels(application, action.rawValue, action.accelerator)
        }
    }
}
