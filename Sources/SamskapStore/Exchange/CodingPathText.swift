import Foundation

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

    /// The value at the path in a parsed JSON tree, so an error can quote what the file actually says.
    static func value(at path: [CodingKey], in root: Any) -> Any? {
        var current: Any? = root
        for key in path {
            if let index = key.intValue, let array = current as? [Any] {
                current = array.indices.contains(index) ? array[index] : nil
            } else if let object = current as? [String: Any] {
                current = object[key.stringValue]
            } else {
                return nil
            }
        }
        return current
    }
}
