import Foundation
import XCTest
@testable import SamskapCore

/// Today's date and the time of day come from the local time zone, not from GMT.
final class LocalTimeTests: XCTestCase {
    func testFollowsTheTimeZone() throws {
        let saved = getenv("TZ").map { String(cString: $0) }
        defer {
            if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
            tzset()
        }
        // Fourteen hours east and eleven west of GMT: at any moment the two dates differ from GMT's on one side.
        for zone in ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Oslo"] {
            setenv("TZ", zone, 1)
            tzset()
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = try XCTUnwrap(TimeZone(identifier: zone))
            for _ in 0..<2 {
                let before = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: Date())
                let now = LocalTime.now()
                let after = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: Date())
                guard before == after else { continue }  // a minute turned over in between
                XCTAssertEqual(now.day, Day(year: before.year!, month: before.month!, day: before.day!), zone)
                XCTAssertEqual(now.hour, before.hour, zone)
                XCTAssertEqual(now.minute, before.minute, zone)
                XCTAssertEqual(Day.today(), now.day, zone)
                break
            }
        }
    }
}
