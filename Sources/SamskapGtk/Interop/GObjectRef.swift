import CGtk

/// A strong reference to a GObject that says how it was obtained, and drops it when released.
///
/// - `adopt`: the caller already owns a full reference (e.g. `g_object_new` of a non-floating type,
///   `gtk_css_provider_new`); the wrapper takes it over.
/// - `retain`: the caller borrows the object (a getter's transfer-none result); the wrapper adds a reference.
/// - `sink`: a new widget comes with a floating reference; the wrapper sinks it into its own.
///
/// Not `Sendable`: GTK objects live on the main thread only.
public final class GObjectRef {
    /// How the reference was obtained.
    public enum Ownership {
        /// Take over a reference the caller owns.
        case adopt
        /// Add a reference to a borrowed object.
        case retain
        /// Sink a floating reference (new widgets), or add one when it is not floating.
        case sink
    }

    /// The object.
    public let pointer: gpointer

    /// Wraps an object; `nil` when the pointer is null.
    public init?(_ pointer: gpointer?, _ ownership: Ownership) {
        guard let pointer else { return nil }
        self.pointer = pointer
        switch ownership {
        case .adopt: break
        case .retain: g_object_ref(pointer)
        case .sink: g_object_ref_sink(pointer)
        }
    }

    deinit { g_object_unref(pointer) }

    /// The object as a widget; only meaningful for widgets.
    public var widget: UnsafeMutablePointer<GtkWidget> { samskap_widget(pointer) }

    /// The object as a `GObject`.
    public var object: UnsafeMutablePointer<GObject> { samskap_object(pointer) }
}
