import CSQLite
import Foundation
import XCTest
@testable import SamskapStore
import TestSupport

/// The committed file `Fixtures/version1.samskap`: a project as the first schema stored it, written with raw SQL
/// (not through today's store), so that migrating it tests what people's old files will meet.
enum VersionOneFixture {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/version1.samskap")

    private static func hex(_ n: Int) -> String { "X'" + StoreSamples.id(n).uuidString.replacingOccurrences(of: "-", with: "") + "'" }

    /// What the fixture holds, as today's model reads it after migration (defaults for the fields version 2 added).
    static var expected: ProjectDocument {
        let day = Fixtures.day
        return ProjectDocument(
            project: Project(id: StoreSamples.id(1), name: "Gammelt prosjekt", municipality: Municipality(number: "4601", name: "Bergen"),
                             problem: "Ensomhet", vision: "Fellesskap", period: Period(start: day("2024-01-01"), end: day("2024-12-31")),
                             circlePhase: .focus, phaseHistory: [PhaseChange(date: day("2024-01-01"), phase: .focus)],
                             cell: MatrixCell(planning: .together, delivery: .together), theoryOfChange: "Møteplasser",
                             anonymityThreshold: 3),
            partners: [Partner(id: StoreSamples.id(10), name: "Bergen kommune", sector: .municipality,
                               contact: Contact(person: "Ola", email: "ola@example.no"), citizenRoles: [.coInitiator, .coDesigner])],
            goals: [Goal(id: StoreSamples.id(80), text: "Færre ensomme", position: 0)],
            subGoals: [SubGoal(id: StoreSamples.id(90), partnerID: StoreSamples.id(10), text: "Nytt tilbud")],
            impactSteps: [ImpactStep(kind: .problem, content: "Beskrevet", isDone: true)],
            indicators: [Indicator(id: StoreSamples.id(20), name: "Deltakere", level: .output, unit: "personer",
                                   responsiblePartnerID: StoreSamples.id(10), frequency: .monthly,
                                   baseline: ReferencePoint(value: 0, date: day("2024-01-01")), target: ReferencePoint(value: 50))],
            measurements: [SamskapCore.Measurement(id: StoreSamples.id(30), indicatorID: StoreSamples.id(20), date: day("2024-03-01"), value: 12.5)],
            evaluations: [EvaluationEntry(id: StoreSamples.id(40), date: day("2024-06-01"), learned: "Lærte", adjusted: "Justerte",
                                          wentWrong: "", indicatorIDs: [StoreSamples.id(20)])],
            rounds: [AssessmentRound(id: StoreSamples.id(50), date: day("2024-02-01"), label: "Oppstart", isClosed: true)],
            respondents: [Respondent(id: StoreSamples.id(60), roundID: StoreSamples.id(50), partnerID: StoreSamples.id(10))],
            answers: [Answer(id: StoreSamples.id(70), roundID: StoreSamples.id(50), respondentID: StoreSamples.id(60),
                             statementID: "trust.1", experience: 3, importance: 5)])
    }

    /// Writes the fixture with the version-1 schema and version-1 rows.
    static func write(to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        // Small pages keep the committed binary small.
        let sql = """
        PRAGMA page_size = 1024;
        PRAGMA journal_mode = WAL;
        PRAGMA application_id = \(Schema.applicationID);
        BEGIN;
        \(Schema.version1)
        INSERT INTO project (slot, id, name, municipality_number, municipality_name, problem, vision, period_start, period_end,
            circle_phase, phase_history, cell_planning, cell_delivery, theory_of_change)
            VALUES (1, \(hex(1)), 'Gammelt prosjekt', '4601', 'Bergen', 'Ensomhet', 'Fellesskap', '2024-01-01', '2024-12-31',
            'focus', '[{"date":"2024-01-01","phase":"focus"}]', 'together', 'together', 'Møteplasser');
        INSERT INTO partner (id, name, sector, contact_person, contact_email, citizen_roles)
            VALUES (\(hex(10)), 'Bergen kommune', 'municipality', 'Ola', 'ola@example.no', 'coInitiator,coDesigner');
        INSERT INTO goal (id, text, position) VALUES (\(hex(80)), 'Færre ensomme', 0);
        INSERT INTO sub_goal (id, partner_id, text) VALUES (\(hex(90)), \(hex(10)), 'Nytt tilbud');
        UPDATE impact_step SET content = 'Beskrevet', is_done = 1 WHERE kind = 1;
        INSERT INTO indicator (id, name, level, kind, unit, direction, responsible_partner_id, frequency, baseline_value,
            baseline_date, target_value) VALUES (\(hex(20)), 'Deltakere', 'output', 'quantitative', 'personer', 'higherIsBetter',
            \(hex(10)), 'monthly', 0, '2024-01-01', 50);
        INSERT INTO measurement (id, indicator_id, date, value) VALUES (\(hex(30)), \(hex(20)), '2024-03-01', 12.5);
        INSERT INTO evaluation (id, date, learned, adjusted) VALUES (\(hex(40)), '2024-06-01', 'Lærte', 'Justerte');
        INSERT INTO evaluation_indicator (evaluation_id, position, indicator_id) VALUES (\(hex(40)), 0, \(hex(20)));
        INSERT INTO assessment_round (id, date, label, is_closed) VALUES (\(hex(50)), '2024-02-01', 'Oppstart', 1);
        INSERT INTO respondent (id, round_id, partner_id) VALUES (\(hex(60)), \(hex(50)), \(hex(10)));
        INSERT INTO answer (id, round_id, respondent_id, statement_id, experience, importance)
            VALUES (\(hex(70)), \(hex(50)), \(hex(60)), 'trust.1', 3, 5);
        PRAGMA user_version = 1;
        COMMIT;
        PRAGMA wal_checkpoint(TRUNCATE);
        PRAGMA journal_mode = DELETE;
        VACUUM;
        PRAGMA journal_mode = WAL;
        """
        var db: OpaquePointer?
        guard sqlite3_open(url.path, &db) == SQLITE_OK else { throw SQLiteError(code: 1, message: "cannot create fixture") }
        defer { sqlite3_close(db) }
        var message: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(db, sql, nil, nil, &message) != SQLITE_OK {
            defer { sqlite3_free(message) }
            throw SQLiteError(code: 1, message: message.map { String(cString: $0) } ?? "")
        }
    }
}
