import CGtk

/// The user's own folders as the desktop names them (xdg-user-dirs), in the user's language.
@MainActor
public enum UserFolders {
    /// The Documents folder, nil when the desktop names none.
    public static var documents: String? { CStrings.borrow(g_get_user_special_dir(G_USER_DIRECTORY_DOCUMENTS)) }
}
