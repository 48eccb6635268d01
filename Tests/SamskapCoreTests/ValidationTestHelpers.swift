import XCTest
@testable import SamskapCore

/// Assertions shared by the validation tests: one issue of a rule, with its severity, field, and a message in
/// both languages that contains the given pieces (usually the offending value).
func assertIssue(_ issues: [ValidationIssue], _ rule: ValidationRule, _ severity: ValidationSeverity, field: String,
                 nbContains: [String] = [], enContains: [String] = [], file: StaticString = #filePath, line: UInt = #line) {
    let matching = issues.filter { $0.rule == rule }
    guard matching.count == 1, let issue = matching.first else {
        XCTFail("expected one \(rule), got \(issues.map(\.rule))", file: file, line: line)
        return
    }
    XCTAssertEqual(issue.severity, severity, file: file, line: line)
    XCTAssertEqual(issue.field, field, file: file, line: line)
    XCTAssertEqual(issue.blocksSaving, severity == .error, file: file, line: line)
    let nb = issue.message(.nb), en = issue.message(.en)
    XCTAssertNotEqual(nb, en, "both languages must be written", file: file, line: line)
    for piece in nbContains { XCTAssertTrue(nb.contains(piece), "«\(nb)» lacks «\(piece)»", file: file, line: line) }
    for piece in enContains { XCTAssertTrue(en.contains(piece), "“\(en)” lacks “\(piece)”", file: file, line: line) }
}
