import CGtk

/// A screen of the display (GdkMonitor), held while wanted; two are equal when they are the same monitor.
public final class Monitor: Equatable {
    private let reference: GObjectRef

    /// The monitor, for `Window.fullscreen(on:)`.
    var monitor: OpaquePointer { OpaquePointer(reference.pointer) }

    /// Wraps a monitor GDK lends (a getter's result); nil for none.
    init?(_ monitor: OpaquePointer?) {
        guard let reference = GObjectRef(monitor.map(UnsafeMutableRawPointer.init), .retain) else { return nil }
        self.reference = reference
    }

    /// Takes over a reference the caller owns (an item of the display's list).
    init?(adopting monitor: OpaquePointer) {
        guard let reference = GObjectRef(UnsafeMutableRawPointer(monitor), .adopt) else { return nil }
        self.reference = reference
    }

    /// The monitor's width in application pixels.
    public var width: Int32 { geometry.width }

    /// The monitor's height in application pixels.
    public var height: Int32 { geometry.height }

    private var geometry: GdkRectangle {
        var rectangle = GdkRectangle()
        gdk_monitor_get_geometry(monitor, &rectangle)
        return rectangle
    }

    public nonisolated static func == (a: Monitor, b: Monitor) -> Bool { a.reference.pointer == b.reference.pointer }
}
