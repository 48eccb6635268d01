import CGtk

/// Keeps its child in fixed proportions (GtkAspectFrame), at the top left of the space it gets.
@MainActor
public final class AspectFrame: GtkView {
    /// A frame keeping width / height at `ratio` (16/9 for a projector's screen), whatever its child asks for.
    public init(ratio: Float) { super.init(gtk_aspect_frame_new(0, 0, ratio, 0)!) }

    /// Sets the child.
    public func setChild(_ child: GtkView) { gtk_aspect_frame_set_child(samskap_aspect_frame(widget), child.widget) }
}
