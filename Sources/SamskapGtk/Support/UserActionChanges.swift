/// Gathers the changes of one user action on a text buffer into one: typing over a selection deletes it and
/// then inserts, two "changed" signals, and a field that saves as it is typed would save the empty text between.
/// GtkTextView wraps each keystroke, paste or drop in begin-user-action … end-user-action; the change is passed
/// on when the outermost action ends, and at once when the text changes outside any action (set by the program).
@MainActor
final class UserActionChanges {
    private var depth = 0
    private var pending = false
    private let handler: @MainActor () -> Void

    init(_ handler: @escaping @MainActor () -> Void) { self.handler = handler }

    func begin() { depth += 1 }

    func changed() {
        if depth > 0 { pending = true } else { handler() }
    }

    func end() {
        depth = max(0, depth - 1)
        guard depth == 0, pending else { return }
        pending = false
        handler()
    }
}
