import FoundationEssentials
import SamskapCore

/// Turns edits into SQL. Upserts use `ON CONFLICT DO UPDATE`, never `REPLACE`, which would delete the row first and
/// fire the cascades; deletes rely on the schema's cascades, which mirror `ProjectDocument.apply`.
struct ProjectWriter {
    let connection: SQLiteConnection

    /// Writes a whole document into empty tables (creating a file).
    func insert(_ document: ProjectDocument) throws {
        try apply(.setProject(document.project))
        for p in document.partners { try apply(.upsertPartner(p)) }
        for g in document.goals { try apply(.upsertGoal(g)) }
        for s in document.subGoals { try apply(.upsertSubGoal(s)) }
        for s in document.impactSteps { try apply(.setImpactStep(s)) }
        for i in document.indicators { try apply(.upsertIndicator(i)) }
        for m in document.measurements { try apply(.upsertMeasurement(m)) }
        for e in document.evaluations { try apply(.upsertEvaluation(e)) }
        for r in document.rounds { try apply(.upsertRound(r)) }
        for r in document.respondents { try apply(.upsertRespondent(r)) }
        for a in document.answers { try apply(.upsertAnswer(a)) }
        if let w = document.workshop { try apply(.setWorkshop(w)) }
    }

    /// Applies one edit; `restore` edits also move the record to its old place in its list.
    func apply(_ change: Change) throws { try apply(change, at: nil) }

    private func apply(_ change: Change, at index: Int?) throws {
        if case let .restore(inner, at: i) = change {
            // The innermost index wins when restores are nested, as in `ProjectDocument.apply`.
            return try apply(inner, at: i)
        }
        try write(change)
        if let index, let (table, id) = Self.upsertedRow(change) { try move(table, id, to: index) }
    }

    // swiftlint:disable:next cyclomatic_complexity
    private func write(_ change: Change) throws {
        switch change {
        case let .setProject(p):
            try upsert("project", conflict: "slot", ["slot", "id", "name", "municipality_number", "municipality_name", "problem",
                "vision", "period_start", "period_end", "circle_phase", "phase_history", "cell_planning", "cell_delivery",
                "staircase", "target_groups", "activities", "theory_of_change", "anonymity_threshold", "result_links"],
                [.integer(1), .uuid(p.id), .text(p.name), .optional(p.municipality?.number), .optional(p.municipality?.name),
                 .text(p.problem), .text(p.vision), .optional(p.period.start), .optional(p.period.end),
                 .optional(p.circlePhase?.rawValue), .text(try NestedJSON.encode(p.phaseHistory)),
                 .optional(p.cell?.planning.rawValue), .optional(p.cell?.delivery.rawValue),
                 .text(try NestedJSON.encode(p.staircase)), .text(try NestedJSON.encode(p.targetGroups)),
                 .text(try NestedJSON.encode(p.activities)), .text(p.theoryOfChange), .integer(p.anonymityThreshold),
                 .text(try NestedJSON.encode(p.resultLinks))])
        case let .upsertPartner(p):
            try upsert("partner", ["id", "name", "sector", "contact_person", "contact_role", "contact_email", "contact_phone",
                "resources", "competences", "own_agenda", "citizen_roles", "anchor_points"],
                [.uuid(p.id), .text(p.name), .text(p.sector.rawValue), .text(p.contact.person), .text(p.contact.role),
                 .text(p.contact.email), .text(p.contact.phone), .text(p.resources), .text(p.competences), .text(p.ownAgenda),
                 .text(CitizenRole.allCases.filter(p.citizenRoles.contains).map(\.rawValue).joined(separator: ",")),
                 .text(try NestedJSON.encode(p.anchorPoints))])
        case let .deletePartner(id): try delete("partner", id)
        case let .upsertGoal(g):
            try upsert("goal", ["id", "text", "position"], [.uuid(g.id), .text(g.text), .integer(g.position)])
        case let .deleteGoal(id): try delete("goal", id)
        case let .upsertSubGoal(s):
            try upsert("sub_goal", ["id", "partner_id", "text"], [.uuid(s.id), .uuid(s.partnerID), .text(s.text)])
        case let .deleteSubGoal(id): try delete("sub_goal", id)
        case let .setImpactStep(s):
            try connection.statement("UPDATE impact_step SET content = ?, is_done = ? WHERE kind = ?")
                .run(.text(s.content), .bool(s.isDone), .integer(s.kind.rawValue))
        case let .upsertIndicator(i):
            try upsert("indicator", ["id", "name", "level", "kind", "unit", "direction", "method", "data_source",
                "responsible_partner_id", "frequency", "baseline_value", "baseline_date", "target_value", "target_date",
                "is_key", "catalogue_id", "target_history"],
                [.uuid(i.id), .text(i.name), .text(i.level.rawValue), .text(i.kind.rawValue), .text(i.unit),
                 .text(i.direction.rawValue), .text(i.method), .text(i.dataSource), .optional(i.responsiblePartnerID),
                 .text(i.frequency.rawValue), .optional(i.baseline.value), .optional(i.baseline.date),
                 .optional(i.target.value), .optional(i.target.date), .bool(i.isKey), .optional(i.catalogueID),
                 .text(try NestedJSON.encode(i.targetHistory))])
        case let .deleteIndicator(id): try delete("indicator", id)
        case let .upsertMeasurement(m):
            try upsert("measurement", ["id", "indicator_id", "date", "value", "note", "source", "comment"],
                       [.uuid(m.id), .uuid(m.indicatorID), .day(m.date), .optional(m.value), .text(m.note), .text(m.source),
                        .text(m.comment)])
        case let .deleteMeasurement(id): try delete("measurement", id)
        case let .upsertEvaluation(e):
            try upsert("evaluation", ["id", "date", "learned", "adjusted", "went_wrong"],
                       [.uuid(e.id), .day(e.date), .text(e.learned), .text(e.adjusted), .text(e.wentWrong)])
            try connection.statement("DELETE FROM evaluation_indicator WHERE evaluation_id = ?").run(.uuid(e.id))
            let link = try connection.statement(
                "INSERT INTO evaluation_indicator (evaluation_id, position, indicator_id) VALUES (?, ?, ?)")
            for (position, indicatorID) in e.indicatorIDs.enumerated() {
                try link.run(.uuid(e.id), .integer(position), .uuid(indicatorID))
            }
        case let .deleteEvaluation(id): try delete("evaluation", id)
        case let .upsertRound(r):
            try upsert("assessment_round", ["id", "date", "label", "is_closed"],
                       [.uuid(r.id), .day(r.date), .text(r.label), .bool(r.isClosed)])
        case let .deleteRound(id): try delete("assessment_round", id)
        case let .upsertRespondent(r):
            try upsert("respondent", ["id", "round_id", "partner_id", "label"],
                       [.uuid(r.id), .uuid(r.roundID), .optional(r.partnerID), .text(r.label)])
        case let .deleteRespondent(id): try delete("respondent", id)
        case let .upsertAnswer(a):
            try upsert("answer", ["id", "round_id", "respondent_id", "statement_id", "experience", "importance", "dont_know",
                "comment"],
                [.uuid(a.id), .uuid(a.roundID), .uuid(a.respondentID), .text(a.statementID), .optional(a.experience),
                 .optional(a.importance), .bool(a.dontKnow), .text(a.comment)])
        case let .deleteAnswer(id): try delete("answer", id)
        case let .setWorkshop(agenda): try writeWorkshop(agenda)
        case let .restore(inner, at: index): try apply(inner, at: index)
        }
    }

    /// The table and id of the record an upsert writes; nil for other edits.
    private static func upsertedRow(_ change: Change) -> (String, UUID)? {
        switch change {
        case let .upsertPartner(x): ("partner", x.id)
        case let .upsertGoal(x): ("goal", x.id)
        case let .upsertSubGoal(x): ("sub_goal", x.id)
        case let .upsertIndicator(x): ("indicator", x.id)
        case let .upsertMeasurement(x): ("measurement", x.id)
        case let .upsertEvaluation(x): ("evaluation", x.id)
        case let .upsertRound(x): ("assessment_round", x.id)
        case let .upsertRespondent(x): ("respondent", x.id)
        case let .upsertAnswer(x): ("answer", x.id)
        default: nil
        }
    }

    /// Gives the row the place `index` among the other rows' order (`seq`), as `ProjectDocument.apply` inserts at an
    /// index: the rows from that place on move one step down. Only undo does this, so shifting the tail is fine.
    private func move(_ table: String, _ id: UUID, to index: Int) throws {
        let target = try connection.statement("SELECT seq FROM \(table) WHERE id <> ? ORDER BY seq LIMIT 1 OFFSET ?")
        try target.bind([.uuid(id), .integer(max(0, index))])
        let found = try target.step()
        let seq = found ? target.int(0) : nil
        target.reset()
        guard let seq else {
            // Past the end: the row goes last.
            try connection.statement("UPDATE \(table) SET seq = (SELECT max(seq) + 1 FROM \(table)) WHERE id = ? AND seq <> (SELECT max(seq) FROM \(table))")
                .run(.uuid(id))
            return
        }
        // Park the row, then shift the tail through negative numbers so that no two rows share a seq mid-statement.
        try connection.statement("UPDATE \(table) SET seq = -1 WHERE id = ?").run(.uuid(id))
        try connection.statement("UPDATE \(table) SET seq = -(seq + 2) WHERE seq >= ?").run(.integer(seq))
        try connection.statement("UPDATE \(table) SET seq = -seq - 1 WHERE seq < -1").run()
        try connection.statement("UPDATE \(table) SET seq = ? WHERE id = ?").run(.integer(seq), .uuid(id))
    }

    private func upsert(_ table: String, conflict: String = "id", _ columns: [String], _ values: [SQLiteValue]) throws {
        // Each table has one column list, so its SQL is built once per connection: building and hashing the
        // text for every row was a third of a 100,000-row CSV import.
        let statement = try connection.statement(named: "upsert \(table)") {
            let updates = columns.filter { $0 != conflict }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
            return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
                + " ON CONFLICT(\(conflict)) DO UPDATE SET \(updates)"
        }
        try statement.bind(values)
        defer { statement.reset() }
        while try statement.step() {}
    }

    /// The agenda is small (tens of screens) and changes as a whole: the row is upserted and the screens rewritten.
    private func writeWorkshop(_ agenda: WorkshopAgenda?) throws {
        try connection.execute("DELETE FROM workshop_screen")
        guard let agenda else { return try connection.execute("DELETE FROM workshop") }
        try upsert("workshop", conflict: "slot", ["slot", "current_screen_id", "short_round_statements", "groups", "theme"],
                   [.integer(1), .optional(agenda.currentScreenID), .text(try NestedJSON.encode(agenda.shortRoundStatements)),
                    .text(try NestedJSON.encode(agenda.groups)), .text(agenda.theme.rawValue)])
        let insert = try connection.statement("INSERT INTO workshop_screen (id, position, screen) VALUES (?, ?, ?)")
        for (position, screen) in agenda.screens.enumerated() {
            try insert.run(.uuid(screen.id), .integer(position), .text(try NestedJSON.encodeOne(screen)))
        }
    }

    private func delete(_ table: String, _ id: UUID) throws {
        try connection.statement("DELETE FROM \(table) WHERE id = ?").run(.uuid(id))
    }
}
