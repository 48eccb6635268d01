import Dispatch
import FoundationEssentials
import Glibc
import SamskapCore

/// Reads a whole project, table by table, straight from the columns (no per-row JSON: a large project has
/// 100,000 measurements and must load in well under 100 ms).
struct ProjectReader {
    let connection: SQLiteConnection
    let url: URL

    func read() throws -> ProjectDocument {
        // The measurements, by far the largest table, are read on a second connection while this one reads the
        // rest: the file is locked to this process and nothing writes during a load, so both see the same data.
        let measurements = PendingMeasurements(url: url)
        var document: ProjectDocument
        do {
            document = try readAllButBulk()
            document.answers = try readAnswers()
        } catch {
            _ = try? measurements.wait()  // no reader is left behind on the file
            throw error
        }
        document.measurements = try measurements.wait()
        return document
    }

    /// Every table but the two that make up most of a large project: measurements and answers.
    func readAllButBulk() throws -> ProjectDocument {
        var document = ProjectDocument(project: try readProject(), partners: try readPartners(), goals: try readGoals(),
                                        subGoals: try readSubGoals(), impactSteps: try readImpactSteps(),
                                        indicators: try readIndicators())
        document.evaluations = try readEvaluations()
        document.rounds = try readRounds()
        document.respondents = try readRespondents()
        document.workshop = try readWorkshop()
        return document
    }

    /// The workshop's agenda; nil when none was prepared.
    private func readWorkshop() throws -> WorkshopAgenda? {
        let heads = try rows("SELECT current_screen_id, short_round_statements, groups, theme FROM workshop") { s in
            (s.uuid(0), s.text(1), s.text(2), s.text(3))
        }
        guard let head = heads.first else { return nil }
        let screens: [WorkshopScreen] = try rows("SELECT screen FROM workshop_screen ORDER BY position, seq") { s in
            do { return try NestedJSON.decodeOne(WorkshopScreen.self, from: s.text(0)) } catch {
                throw damaged("workshop screen: unreadable")
            }
        }
        return WorkshopAgenda(screens: screens, currentScreenID: head.0,
                              shortRoundStatements: try nested(head.1, "workshop"), groups: try nested(head.2, "workshop"),
                              // A theme this version does not know (from a newer one) shows dark rather than failing.
                              theme: WorkshopTheme(rawValue: head.3) ?? .dark)
    }

    // MARK: Tables

    private func readProject() throws -> Project {
        let s = try connection.statement("""
            SELECT id, name, municipality_number, municipality_name, problem, vision, period_start, period_end, circle_phase,
                   phase_history, cell_planning, cell_delivery, staircase, target_groups, activities, theory_of_change,
                   anonymity_threshold, result_links FROM project WHERE slot = 1
            """)
        defer { s.reset() }
        guard try s.step() else { throw damaged("the project row is missing") }
        var municipality: Municipality?
        if let number = s.optionalText(2) { municipality = Municipality(number: number, name: s.text(3)) }
        var cell: MatrixCell?
        if let planning = s.optionalText(10) {
            cell = MatrixCell(planning: try term(planning, "project.cell"), delivery: try term(s.text(11), "project.cell"))
        }
        return Project(id: try uuid(s, 0), name: s.text(1), municipality: municipality, problem: s.text(4), vision: s.text(5),
                       period: Period(start: s.day(6), end: s.day(7)),
                       circlePhase: try s.optionalText(8).map { try term($0, "project.circle_phase") },
                       phaseHistory: try nested(s.text(9), "project.phase_history"), cell: cell,
                       staircase: try nested(s.text(12), "project.staircase"),
                       targetGroups: try nested(s.text(13), "project.target_groups"),
                       activities: try nested(s.text(14), "project.activities"), theoryOfChange: s.text(15),
                       resultLinks: try nested(s.text(17), "project.result_links"), anonymityThreshold: s.int(16))
    }

    private func readPartners() throws -> [Partner] {
        try rows("""
            SELECT id, name, sector, contact_person, contact_role, contact_email, contact_phone, resources, competences,
                   own_agenda, citizen_roles, anchor_points FROM partner ORDER BY seq
            """) { s in
            let roles = try s.text(10).split(separator: ",").map { try term(String($0), "partner.citizen_roles") as CitizenRole }
            return Partner(id: try uuid(s, 0), name: s.text(1), sector: try term(s.text(2), "partner.sector"),
                           contact: Contact(person: s.text(3), role: s.text(4), email: s.text(5), phone: s.text(6)),
                           resources: s.text(7), competences: s.text(8), ownAgenda: s.text(9), citizenRoles: Set(roles),
                           anchorPoints: try nested(s.text(11), "partner.anchor_points"))
        }
    }

    private func readGoals() throws -> [Goal] {
        try rows("SELECT id, text, position FROM goal ORDER BY position, seq") { s in
            Goal(id: try uuid(s, 0), text: s.text(1), position: s.int(2))
        }
    }

    private func readSubGoals() throws -> [SubGoal] {
        try rows("SELECT id, partner_id, text FROM sub_goal ORDER BY seq") { s in
            SubGoal(id: try uuid(s, 0), partnerID: try uuid(s, 1), text: s.text(2))
        }
    }

    private func readImpactSteps() throws -> [ImpactStep] {
        try rows("SELECT kind, content, is_done FROM impact_step ORDER BY kind") { s in
            guard let kind = ImpactStepKind(rawValue: s.int(0)) else { throw damaged("impact step \(s.int(0))") }
            return ImpactStep(kind: kind, content: s.text(1), isDone: s.bool(2))
        }
    }

    private func readIndicators() throws -> [Indicator] {
        try rows("""
            SELECT id, name, level, kind, unit, direction, method, data_source, responsible_partner_id, frequency,
                   baseline_value, baseline_date, target_value, target_date, is_key, catalogue_id, target_history FROM indicator ORDER BY seq
            """) { s in
            Indicator(id: try uuid(s, 0), name: s.text(1), level: try term(s.text(2), "indicator.level"),
                      kind: try term(s.text(3), "indicator.kind"), unit: s.text(4),
                      direction: try term(s.text(5), "indicator.direction"), method: s.text(6), dataSource: s.text(7),
                      responsiblePartnerID: s.uuid(8), frequency: try term(s.text(9), "indicator.frequency"),
                      baseline: ReferencePoint(value: s.optionalDouble(10), date: s.day(11)),
                      target: ReferencePoint(value: s.optionalDouble(12), date: s.day(13)), isKey: s.bool(14),
                      catalogueID: s.optionalText(15), targetHistory: try nested(s.text(16), "indicator.target_history"))
        }
    }

    func readMeasurements() throws -> [SamskapCore.Measurement] {
        var pool = MeasurementTextPool()
        return try rows("SELECT id, indicator_id, date, value, note, source, comment FROM measurement ORDER BY seq") { s in
            pool.measurement(id: try uuid(s, 0), indicatorID: try uuid(s, 1), date: try day(s, 2, "measurement.date"),
                             value: s.optionalDouble(3), note: s.text(4), source: s.text(5), comment: s.text(6))
        }
    }

    private func readEvaluations() throws -> [EvaluationEntry] {
        var links: [UUID: [UUID]] = [:]
        _ = try rows("SELECT evaluation_id, indicator_id FROM evaluation_indicator ORDER BY evaluation_id, position") { s in
            links[try uuid(s, 0), default: []].append(try uuid(s, 1))
        }
        return try rows("SELECT id, date, learned, adjusted, went_wrong FROM evaluation ORDER BY seq") { s in
            let id = try uuid(s, 0)
            return EvaluationEntry(id: id, date: try day(s, 1, "evaluation.date"), learned: s.text(2), adjusted: s.text(3),
                                   wentWrong: s.text(4), indicatorIDs: links[id] ?? [])
        }
    }

    private func readRounds() throws -> [AssessmentRound] {
        try rows("SELECT id, date, label, is_closed FROM assessment_round ORDER BY seq") { s in
            AssessmentRound(id: try uuid(s, 0), date: try day(s, 1, "assessment_round.date"), label: s.text(2), isClosed: s.bool(3))
        }
    }

    private func readRespondents() throws -> [Respondent] {
        try rows("SELECT id, round_id, partner_id, label FROM respondent ORDER BY seq") { s in
            Respondent(id: try uuid(s, 0), roundID: try uuid(s, 1), partnerID: s.uuid(2), label: s.text(3))
        }
    }

    func readAnswers() throws -> [Answer] {
        // Every round answers the same few hundred statements; one copy of each id serves all answers to it.
        var statementIDs = Set<String>()
        return try rows("""
            SELECT id, round_id, respondent_id, statement_id, experience, importance, dont_know, comment FROM answer ORDER BY seq
            """) { s in
            Answer(id: try uuid(s, 0), roundID: try uuid(s, 1), respondentID: try uuid(s, 2),
                   statementID: statementIDs.insert(s.text(3)).memberAfterInsert,
                   experience: s.optionalInt(4), importance: s.optionalInt(5), dontKnow: s.bool(6), comment: s.text(7))
        }
    }

    // MARK: Helpers

    private func rows<T>(_ sql: String, _ make: (SQLiteStatement) throws -> T) throws -> [T] {
        var result: [T] = []
        // Room for every row at once (max(seq) is one look at the b-tree's end), not a dozen regrowths of 100,000 rows.
        if let table = sql.firstRange(of: " FROM ").map({ sql[$0.upperBound...].prefix { $0 != " " } }), sql.contains("ORDER BY seq") {
            result.reserveCapacity(max(0, try connection.integer("SELECT max(seq) FROM \(table)")))
        }
        let statement = try connection.statement(sql)
        defer { statement.reset() }
        while try statement.step() { result.append(try make(statement)) }
        return result
    }

    private func uuid(_ s: SQLiteStatement, _ column: Int32) throws -> UUID {
        guard let id = s.uuid(column) else { throw damaged("an id is not 16 bytes") }
        return id
    }

    private func day(_ s: SQLiteStatement, _ column: Int32, _ place: String) throws -> Day {
        guard let day = s.day(column) else { throw damaged("\(place): not a date \"\(s.text(column))\"") }
        return day
    }

    private func term<T: Term>(_ code: String, _ place: String) throws -> T {
        guard let value = T(rawValue: code) else { throw damaged("\(place): unknown value \"\(code)\"") }
        return value
    }

    private func nested<T: Decodable>(_ text: String, _ place: String) throws -> [T] {
        do { return try NestedJSON.decode([T].self, from: text) } catch { throw damaged("\(place): unreadable list") }
    }

    private func damaged(_ detail: String) -> ProjectFileError { .damaged(url, detail: detail) }
}
