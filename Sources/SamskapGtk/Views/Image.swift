import CGtk

/// A picture or a symbol from the icon theme (GtkImage).
@MainActor
public final class Image: GtkView {
    /// The theme's icon named `iconName` ("document-edit-symbolic").
    public init(iconName: String) {
        super.init(gtk_image_new_from_icon_name(iconName)!)
    }

    /// The size an icon is drawn at, in pixels; -1 for the default.
    public var pixelSize: Int32 {
        get { gtk_image_get_pixel_size(samskap_image(widget)) }
        set { gtk_image_set_pixel_size(samskap_image(widget), newValue) }
    }

    /// Shows another icon of the theme.
    public func setIconName(_ iconName: String) { gtk_image_set_from_icon_name(samskap_image(widget), iconName) }
}
