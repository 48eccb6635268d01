import FoundationEssentials

/// Writes a decoder's coding path the way people read a place in a JSON file: `partners[3].contact.email`.
enum CodingPathText {
    static func render(_ path: [CodingKey], droppingFirst prefix: String? = "document") -> String {
        var keys = path
        if let prefix, keys.first?.stringValue == prefix, keys.first?.intValue == nil { keys.removeFirst() }
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }
}
