import SamskapCore

/// The tables of a project file and the steps that bring an older file up to date.
///
/// A step, once released, never changes: files in people's folders were made by it. A new need is a new step.
enum Schema {
    /// `PRAGMA application_id` of every Samskap file: "SAMS" in ASCII, so tools like `file` can tell our files apart.
    static let applicationID = ProjectFileSignature.applicationID

    /// Steps from version n-1 to n, at index n-1. `ProjectFile.currentSchemaVersion` is their count.
    static let migrations: [String] = [version1, version2, version3, phoneSession, theoryOfChangeLinks, workshopAgenda, workshopTheme]

    /// The first schema.
    ///
    /// `seq INTEGER PRIMARY KEY` keeps the order records were added in (and survives VACUUM, which a bare rowid does not);
    /// `id` is the stable UUID as a 16-byte blob. Foreign keys are deferred so one transaction may add a child before its
    /// parent, and cascade exactly as `ProjectDocument.apply` does. Small lists a record owns outright (anchor points,
    /// roles, staircase, target groups, activities, phase history) are JSON text: they are read and written whole,
    /// never queried. The links from evaluations to indicators are a table, so that deleting an indicator removes
    /// them by cascade like every other reference.
    static let version1 = """
    CREATE TABLE project (
        slot INTEGER PRIMARY KEY CHECK (slot = 1),
        id BLOB NOT NULL CHECK (length(id) = 16),
        name TEXT NOT NULL,
        municipality_number TEXT,
        municipality_name TEXT,
        problem TEXT NOT NULL DEFAULT '',
        vision TEXT NOT NULL DEFAULT '',
        period_start TEXT,
        period_end TEXT,
        circle_phase TEXT,
        phase_history TEXT NOT NULL DEFAULT '[]',
        cell_planning TEXT,
        cell_delivery TEXT,
        staircase TEXT NOT NULL DEFAULT '[]',
        target_groups TEXT NOT NULL DEFAULT '[]',
        activities TEXT NOT NULL DEFAULT '[]',
        theory_of_change TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE partner (
        seq INTEGER PRIMARY KEY,
        id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
        name TEXT NOT NULL,
        sector TEXT NOT NULL,
        contact_person TEXT NOT NULL DEFAULT '',
        contact_role TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT '',
        resources TEXT NOT NULL DEFAULT '',
        competences TEXT NOT NULL DEFAULT '',
        own_agenda TEXT NOT NULL DEFAULT '',
        citizen_roles TEXT NOT NULL DEFAULT '',
        anchor_points TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE goal (
        seq INTEGER PRIMARY KEY,
        id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
        text TEXT NOT NULL,
        position INTEGER NOT NULL
    );
    CREATE TABLE sub_goal (
        seq INTEGER PRIMARY KEY,
        id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
        partner_id BLOB NOT NULL REFERENCES partner(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        text TEXT NOT NULL
    );
    CREATE INDEX sub_goal_partner ON sub_goal(partner_id);
    CREATE TABLE impact_step (
        kind INTEGER PRIMARY KEY CHECK (kind BETWEEN 1 AND 10),
        content TEXT NOT NULL DEFAULT '',
        is_done INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE indicator (
        seq INTEGER PRIMARY KEY,
        id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
        name TEXT NOT NULL,
        level TEXT NOT NULL,
        kind TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        direction TEXT NOT NULL,
        method TEXT NOT NULL DEFAULT '',
        data_source TEXT NOT NULL DEFAULT '',
        responsible_partner_id BLOB REFERENCES partner(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
        frequency TEXT NOT NULL,
        baseline_value REAL,
        baseline_date TEXT,
        target_value REAL,
        target_date TEXT,
        is_key INTEGER NOT NULL DEFAULT 0,
        catalogue_id TEXT
    );
    CREATE INDEX indicator_partner ON indicator(responsible_partner_id);
    CREATE TABLE measurement (
        seq INTEGER PRIMARY KEY,
        id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
        indicator_id BLOB NOT NULL REFERENCES indicator(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        date TEXT NOT NULL,
        value REAL,
        note TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        comment TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX measurement_indicator ON measurement(indicator_id);
    CREATE TABLE evaluation (
        seq INTEGER PRIMARY KEY,
        id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
        date TEXT NOT NULL,
        learned TEXT NOT NULL DEFAULT '',
        adjusted TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE evaluation_indicator (
        evaluation_id BLOB NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        position INTEGER NOT NULL,
        indicator_id BLOB NOT NULL REFERENCES indicator(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        PRIMARY KEY (evaluation_id, position)
    ) WITHOUT ROWID;
    CREATE INDEX evaluation_indicator_indicator ON evaluation_indicator(indicator_id);
    CREATE TABLE assessment_round (
        seq INTEGER PRIMARY KEY,
        id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
        date TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        is_closed INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE respondent (
        seq INTEGER PRIMARY KEY,
        id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
        round_id BLOB NOT NULL REFERENCES assessment_round(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        partner_id BLOB REFERENCES partner(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
        label TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX respondent_round ON respondent(round_id);
    CREATE INDEX respondent_partner ON respondent(partner_id);
    CREATE TABLE answer (
        seq INTEGER PRIMARY KEY,
        id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
        round_id BLOB NOT NULL REFERENCES assessment_round(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        respondent_id BLOB NOT NULL REFERENCES respondent(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        statement_id TEXT NOT NULL,
        experience INTEGER,
        importance INTEGER,
        dont_know INTEGER NOT NULL DEFAULT 0,
        comment TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX answer_round ON answer(round_id);
    CREATE INDEX answer_respondent ON answer(respondent_id);
    INSERT INTO impact_step (kind) VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10);
    """

    /// Version 2: the evaluation log records what went wrong, and a project sets its own anonymity threshold.
    static let version2 = """
    ALTER TABLE evaluation ADD COLUMN went_wrong TEXT NOT NULL DEFAULT '';
    ALTER TABLE project ADD COLUMN anonymity_threshold INTEGER NOT NULL DEFAULT 3;
    """

    /// Version 3: the texts of impact steps 1 and 2 move to where those facts live, the project's problem and the goal
    /// list, as `ProjectDocument.foldingStepFacts()` moves them (a test holds the two to the same result). A text that
    /// says the same as the fact goes; one that says more is added, marked with its step.
    static let version3 = """
    UPDATE project SET problem = CASE
        WHEN coalesce((SELECT trim(content, WS) FROM impact_step WHERE kind = 1), '') = '' THEN problem
        WHEN trim(problem, WS) = '' THEN (SELECT content FROM impact_step WHERE kind = 1)
        WHEN trim(problem, WS) = (SELECT trim(content, WS) FROM impact_step WHERE kind = 1) THEN problem
        ELSE problem || char(10) || char(10) || '[Trinn 1 / Step 1] ' || (SELECT content FROM impact_step WHERE kind = 1)
    END;
    INSERT INTO goal (id, text, position)
        SELECT randomblob(16),
               CASE WHEN (SELECT count(*) FROM goal) = 0 THEN s.content ELSE '[Trinn 2 / Step 2] ' || s.content END,
               coalesce((SELECT max(position) FROM goal), -1) + 1
        FROM impact_step s
        WHERE s.kind = 2 AND trim(s.content, WS) <> ''
          AND NOT EXISTS (SELECT 1 FROM goal g WHERE trim(g.text, WS) = trim(s.content, WS));
    UPDATE impact_step SET content = '' WHERE kind IN (1, 2);
    """.replacing("WS", with: "' ' || char(9) || char(10) || char(13)")

    /// The phones' answer session of a workshop round (one at a time), kept so that a coordinator whose laptop
    /// stopped can resume it with the same token and code, and the phones that joined carry on as the same
    /// respondents.
    static let phoneSession = """
    CREATE TABLE phone_session (
        slot INTEGER PRIMARY KEY CHECK (slot = 1),
        round_id BLOB NOT NULL REFERENCES assessment_round(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        token TEXT NOT NULL,
        short_code TEXT NOT NULL,
        bind_address TEXT NOT NULL,
        port INTEGER NOT NULL,
        asks_importance INTEGER NOT NULL DEFAULT 1,
        is_revealed INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE phone_participant (
        secret TEXT PRIMARY KEY,
        respondent_id BLOB NOT NULL REFERENCES respondent(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        pseudonym TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID;
    CREATE INDEX phone_participant_respondent ON phone_participant(respondent_id);
    """

    /// The theory of change as links between activities and indicators, and each indicator's earlier targets. Both are
    /// lists their record owns outright, read and written whole, so JSON text like the other small lists. (Target
    /// groups, activities and anchor points gained optional fields inside their JSON; files without them read as before.)
    static let theoryOfChangeLinks = """
    ALTER TABLE project ADD COLUMN result_links TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE indicator ADD COLUMN target_history TEXT NOT NULL DEFAULT '[]';
    """

    /// The workshop's agenda: where it stands in one row, its screens in order in another table. A screen's
    /// settings are one JSON text, read and written whole like the other small lists, since nothing queries them; the
    /// id and position are columns so the order and the ids are kept by the file itself. No foreign key to the round:
    /// a screen whose round was deleted keeps its place and asks for a new round.
    static let workshopAgenda = """
    CREATE TABLE workshop (
        slot INTEGER PRIMARY KEY CHECK (slot = 1),
        current_screen_id BLOB CHECK (current_screen_id IS NULL OR length(current_screen_id) = 16),
        short_round_statements TEXT NOT NULL DEFAULT '[]',
        groups TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE workshop_screen (
        seq INTEGER PRIMARY KEY,
        id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
        position INTEGER NOT NULL,
        screen TEXT NOT NULL
    );
    """

    /// The workshop's theme (dark, light or high contrast), so that a resumed workshop is shown as it was.
    static let workshopTheme = """
    ALTER TABLE workshop ADD COLUMN theme TEXT NOT NULL DEFAULT 'dark';
    """

    /// The tables of the measurements and answers, read after a window's first frame (`ProjectFile.loadBulk`).
    static let bulkTables: Set<String> = ["measurement", "answer"]

    /// The tables `check` counts, with the names people read.
    static let countedTables: [(table: String, name: LocalizedText)] = [
        ("partner", LocalizedText("partners")),
        ("goal", LocalizedText("goals")),
        ("sub_goal", LocalizedText("sub-goals")),
        ("indicator", LocalizedText("indicators")),
        ("measurement", LocalizedText("measurements")),
        ("evaluation", LocalizedText("evaluation entries")),
        ("assessment_round", LocalizedText("assessment rounds")),
        ("respondent", LocalizedText("respondents")),
        ("answer", LocalizedText("answers")),
    ]
}
