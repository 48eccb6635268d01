/// A section heading: level 1 starts a page, levels 1–2 go into the contents and the outline.
struct HeadingBlock {
    /// 1, 2 or 3.
    var level: Int
    /// "2.1", shown before the title.
    var number: String
    /// The title without the number, for the outline and the contents.
    var title: String
    /// The laid-out heading (number and title).
    var box: TextBox
    /// The PDF destination name, unique in the document.
    var destination: String

    var spaceBefore: Double {
        switch level {
        case 1: 0
        case 2: 16
        default: 10
        }
    }

    var spaceAfter: Double {
        switch level {
        case 1: 14
        case 2: 6
        default: 4
        }
    }

    /// Whether it belongs in the contents and the outline.
    var isListed: Bool { level <= 2 }
}
