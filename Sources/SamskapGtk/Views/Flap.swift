import CGtk

/// A sidebar beside the content that folds away over it when the window is too narrow for both (AdwFlap).
@MainActor
public final class Flap: GtkView {
    /// A flap that folds by itself when narrow and opens with a swipe, the flap and the content parted by a line.
    public init(flap: GtkView, content: GtkView) {
        super.init(adw_flap_new()!)
        adw_flap_set_flap(OpaquePointer(widget), flap.widget)
        adw_flap_set_separator(OpaquePointer(widget), gtk_separator_new(GTK_ORIENTATION_VERTICAL))
        adw_flap_set_content(OpaquePointer(widget), content.widget)
        adw_flap_set_fold_policy(OpaquePointer(widget), ADW_FLAP_FOLD_POLICY_AUTO)
        adw_flap_set_swipe_to_open(OpaquePointer(widget), 1)
    }

    /// Whether the flap is folded over the content (the window is narrow).
    public var isFolded: Bool { adw_flap_get_folded(OpaquePointer(widget)) != 0 }

    /// Whether the flap is shown; while folded, over the content.
    public var isRevealed: Bool {
        get { adw_flap_get_reveal_flap(OpaquePointer(widget)) != 0 }
        set { adw_flap_set_reveal_flap(OpaquePointer(widget), newValue ? 1 : 0) }
    }

    /// Runs `handler` with `owner` (held weakly) when the flap folds or unfolds. GTK tells it during an allocation.
    public func onFoldedChanged<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        Signals.connectWithArgument(widget, "notify::folded") { [weak owner] _ in
            if let owner { handler(owner) }
        }
    }

    /// Keeps `toggle` pressed exactly while the flap is shown, whichever of the two changes.
    public func bindRevealed(to toggle: ToggleButton) {
        g_object_bind_property(UnsafeMutableRawPointer(widget), "reveal-flap", UnsafeMutableRawPointer(toggle.widget), "active",
                               GBindingFlags(rawValue: G_BINDING_SYNC_CREATE.rawValue | G_BINDING_BIDIRECTIONAL.rawValue))
    }
}
