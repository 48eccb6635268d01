/// Samskap's version, written once: `samskap --version`, the help, the About window and the PDF report's producer
/// read it here (packaging/deb/build-deb.sh checks that the binary says the changelog's).
public enum ProductVersion {
    /// The version, e.g. "0.1.0".
    public static let current = "0.1.0"
}
