/// Text cells that a spreadsheet would run as a formula, made harmless on export and read back unchanged.
///
/// A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula (or the start of one) to Excel,
/// LibreOffice and Google Sheets: a note such as `=HYPERLINK("http://…")` would run when the exported file is opened.
/// Export puts an apostrophe in front, the mark spreadsheets read as "this is text"; import takes exactly one
/// apostrophe away again. Only text columns go through here: a negative value is a number, not a formula.
///
/// Apostrophes already in front count as part of the prefix: `'=x` is written `''=x` and read back as `'=x`, so that
/// every text survives export and import unchanged, whatever it starts with.
enum CSVFormula {
    /// The cell as export writes it.
    static func neutralised(_ text: String) -> String {
        needsMark(text) ? "'" + text : text
    }

    /// The cell as the user wrote it before export: one leading apostrophe less where export added one.
    static func restored(_ text: String) -> String {
        guard text.utf8.first == UInt8(ascii: "'"), needsMark(text.dropFirst()) else { return text }
        return String(text.dropFirst())
    }

    /// Whether the text, past any apostrophes in front, starts with a character that makes a formula.
    private static func needsMark<S: StringProtocol>(_ text: S) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "'"): continue
            case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                return true
            default:
                return false
            }
        }
        return false
    }
}
