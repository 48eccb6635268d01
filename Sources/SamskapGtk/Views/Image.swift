import CGtk

/// An icon of the theme (GtkImage).
@MainActor
public final class Image: GtkView {
    /// The icon named `iconName` ("emblem-ok-symbolic").
    public init(iconName: String) { super.init(gtk_image_new_from_icon_name(iconName)!) }

    /// Shows another icon of the theme.
    public func setIconName(_ iconName: String) { gtk_image_set_from_icon_name(samskap_image(widget), iconName) }
}
