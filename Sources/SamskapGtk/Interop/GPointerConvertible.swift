import CGtk

/// Anything that is a pointer to a GObject: GTK types import as typed pointers or as `OpaquePointer`
/// (final types such as GtkLabel, GSimpleAction); `raw` gives the `gpointer` GLib's generic API takes.
public protocol GPointerConvertible {
    /// The object as `gpointer`.
    var raw: gpointer { get }
}

extension UnsafeMutableRawPointer: GPointerConvertible {
    public var raw: gpointer { self }
}

extension OpaquePointer: GPointerConvertible {
    public var raw: gpointer { UnsafeMutableRawPointer(self) }
}

extension UnsafeMutablePointer: GPointerConvertible {
    public var raw: gpointer { UnsafeMutableRawPointer(self) }
}
