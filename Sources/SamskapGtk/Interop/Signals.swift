import CGtk

/// Connects GLib signals to Swift closures.
///
/// The closure is boxed and retained; GLib calls the box's release (`GClosureNotify`) when the
/// handler is disconnected or the object is finalised. The `@convention(c)` trampolines capture
/// nothing (Swift 6.3.1 crashes on captures) and hop onto the main actor with `assumeIsolated`:
/// GTK emits on the main thread. Capture `[weak self]` in the handlers to avoid cycles.
@MainActor
public enum Signals {
    public typealias Plain = @MainActor () -> Void
    public typealias WithPointer = @MainActor (gpointer?) -> Void
    public typealias Predicate = @MainActor () -> Bool
    public typealias Key = @MainActor (_ keyval: guint, _ state: GdkModifierType) -> Bool
    public typealias Paths = @MainActor ([String]) -> Void

    /// Connects a handler of signature `void (Instance *, gpointer)` (clicked, activate, changed, toggled, destroy…).
    @discardableResult
    public static func connect(_ instance: some GPointerConvertible, _ signal: String, _ handler: @escaping Plain) -> gulong {
        let trampoline: @convention(c) (gpointer?, gpointer?) -> Void = { _, data in
            guard let data else { return }
            let function = HandlerBox<Plain>.function(data)
            MainActor.assumeIsolated { function() }
        }
        return attach(instance, signal, trampoline, handler)
    }

    /// Connects a handler of signature `void (Instance *, gpointer arg, gpointer)` (row-activated, notify, activate of an action…).
    @discardableResult
    public static func connectWithArgument(_ instance: some GPointerConvertible, _ signal: String, _ handler: @escaping WithPointer) -> gulong {
        let trampoline: @convention(c) (gpointer?, gpointer?, gpointer?) -> Void = { _, argument, data in
            guard let data else { return }
            let function = HandlerBox<WithPointer>.function(data)
            MainActor.assumeIsolated { function(argument) }
        }
        return attach(instance, signal, trampoline, handler)
    }

    /// Connects a handler of signature `gboolean (Instance *, gpointer)` (close-request…); true stops the default.
    @discardableResult
    public static func connectReturning(_ instance: some GPointerConvertible, _ signal: String, _ handler: @escaping Predicate) -> gulong {
        let trampoline: @convention(c) (gpointer?, gpointer?) -> gboolean = { _, data in
            guard let data else { return 0 }
            let function = HandlerBox<Predicate>.function(data)
            return MainActor.assumeIsolated { function() } ? 1 : 0
        }
        return attach(instance, signal, trampoline, handler)
    }

    /// Connects a `GtkEventControllerKey::key-pressed` handler; true when the key was handled.
    @discardableResult
    public static func connectKeyPressed(_ controller: some GPointerConvertible, _ handler: @escaping Key) -> gulong {
        let trampoline: @convention(c) (gpointer?, guint, guint, GdkModifierType, gpointer?) -> gboolean = { _, keyval, _, state, data in
            guard let data else { return 0 }
            let function = HandlerBox<Key>.function(data)
            return MainActor.assumeIsolated { function(keyval, state) } ? 1 : 0
        }
        return attach(controller, "key-pressed", trampoline, handler)
    }

    /// Connects `GApplication::open`; the handler gets the files' local paths.
    @discardableResult
    public static func connectOpen(_ application: some GPointerConvertible, _ handler: @escaping Paths) -> gulong {
        let trampoline: @convention(c) (gpointer?, UnsafeMutablePointer<OpaquePointer?>?, gint, UnsafePointer<gchar>?, gpointer?) -> Void = { _, files, count, _, data in
            guard let data else { return }
            let function = HandlerBox<Paths>.function(data)
            var paths: [String] = []
            for i in 0..<Int(count) {
                guard let file = files?[i] else { continue }
                if let path = CStrings.take(g_file_get_path(file)) { paths.append(path) }
            }
            MainActor.assumeIsolated { function(paths) }
        }
        return attach(application, "open", trampoline, handler)
    }

    /// Connects a handler of signature `void (Instance *, gint, gpointer)` (response of dialogs and native choosers).
    @discardableResult
    public static func connectWithInteger(_ instance: some GPointerConvertible, _ signal: String, _ handler: @escaping @MainActor (Int32) -> Void) -> gulong {
        typealias Function = @MainActor (Int32) -> Void
        let trampoline: @convention(c) (gpointer?, gint, gpointer?) -> Void = { _, value, data in
            guard let data else { return }
            let function = HandlerBox<Function>.function(data)
            MainActor.assumeIsolated { function(value) }
        }
        return attach(instance, signal, trampoline, handler)
    }

    /// Connects a handler of `GtkGestureClick::pressed`, `void (GtkGestureClick *, gint, gdouble, gdouble, gpointer)`:
    /// a plain trampoline would read the press count as its user data and crash on the first click.
    @discardableResult
    public static func connectPressed(_ gesture: some GPointerConvertible, _ handler: @escaping Plain) -> gulong {
        let trampoline: @convention(c) (gpointer?, gint, gdouble, gdouble, gpointer?) -> Void = { _, _, _, _, data in
            guard let data else { return }
            let function = HandlerBox<Plain>.function(data)
            MainActor.assumeIsolated { function() }
        }
        return attach(gesture, "pressed", trampoline, handler)
    }

    /// Connects a plain handler that holds its owner weakly: it gets the owner while the owner lives, and does
    /// nothing once it has gone (GTK may emit after the Swift object that connected is released).
    @discardableResult
    public static func connect<Owner: AnyObject>(_ instance: some GPointerConvertible, _ signal: String, owner: Owner,
                                          _ handler: @escaping @MainActor (Owner) -> Void) -> gulong {
        connect(instance, signal) { [weak owner] in
            guard let owner else { return }
            handler(owner)
        }
    }

    /// Connects a plain handler that runs on the next emission only, then disconnects itself.
    public static func connectOnce(_ instance: some GPointerConvertible, _ signal: String, _ handler: @escaping Plain) {
        let id = HandlerID()
        id.value = connect(instance, signal) {
            guard id.value != 0 else { return }
            disconnect(instance, id.value)
            id.value = 0
            handler()
        }
    }

    /// Disconnects a handler (its box is released by GLib).
    public static func disconnect(_ instance: some GPointerConvertible, _ id: gulong) {
        if id != 0 && g_signal_handler_is_connected(instance.raw, id) != 0 {
            g_signal_handler_disconnect(instance.raw, id)
        }
    }

    /// Holds a handler's id, so that the handler can disconnect itself without mutating a captured variable.
    private final class HandlerID { var value: gulong = 0 }

    /// The one connection every form above goes through: the handler boxed as user data, released by GLib with the
    /// handler (`HandlerBoxes.releaseClosure`). `trampoline` is a `@convention(c)` function of the signal's signature
    /// whose last argument is the user data; it reads the handler with `HandlerBox<Function>.function(data)`.
    @discardableResult
    public static func attach<Trampoline, Function>(_ instance: some GPointerConvertible, _ signal: String, _ trampoline: Trampoline,
                                             _ handler: Function) -> gulong {
        samskap_signal_connect(instance.raw, signal, unsafeBitCast(trampoline, to: GCallback.self),
                               HandlerBox<Function>.retained(handler), HandlerBoxes.releaseClosure)
    }
}
