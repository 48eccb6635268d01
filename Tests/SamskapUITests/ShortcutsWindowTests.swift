import XCTest
@testable import SamskapUI

/// The shortcuts window lists every shortcut once, in groups a person looks for, the pages in the sidebar's order.
final class ShortcutsWindowTests: XCTestCase {
    func testEveryShortcutOnceAndThePagesInOrder() { MainActor.assumeIsolated {
        let listed = ShortcutsWindow.groups.flatMap(\.actions)
        XCTAssertEqual(Set(listed), Set(AppAction.allCases.filter { $0.accelerator != nil }), "every action with a shortcut, no other")
        XCTAssertEqual(listed.count, Set(listed).count, "each once")
        let pages = ShortcutsWindow.groups.first { $0.actions.contains(.overview) }?.actions.compactMap(\.accelerator)
        XCTAssertEqual(pages, (1...6).map { "<Alt>\($0)" })
        XCTAssertTrue(ShortcutsWindow.xml().contains("&lt;Alt&gt;4"))
    } }
}
