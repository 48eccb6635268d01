import FoundationEssentials

/// One group's figures on a comparison screen, or why there are none.
public struct GroupResult: Equatable, Sendable {
    /// The group's name: a sector's or one the coordinator gave.
    public var name: String
    /// Respondents of the round who belong to the group.
    public var respondentCount: Int
    /// Fewer respondents than the anonymity threshold: the screen shows only why.
    public var isHidden: Bool
    /// The group's results; nil when hidden.
    public var results: RoundResults?
}

/// The results of a round split by sector and by the coordinator's groups, the anonymity threshold applied per group.
public enum GroupComparison {
    /// The sectors of the round's respondents (a respondent without partner belongs to none), then the agenda's
    /// groups that are used (named, with a sector). `sectorName` gives a sector its name in the screen's language.
    public static func compute(round roundID: UUID, document: ProjectDocument, model: ModelContent,
                               sectorName: (Sector) -> String) -> [GroupResult] {
        let threshold = max(1, document.project.anonymityThreshold)
        let sectorOf = Dictionary(document.partners.map { ($0.id, $0.sector) }, uniquingKeysWith: { a, _ in a })
        var respondentSector: [UUID: Sector] = [:]
        for r in document.respondents where r.roundID == roundID {
            if let p = r.partnerID, let s = sectorOf[p] { respondentSector[r.id] = s }
        }
        let answers = document.answers.filter { $0.roundID == roundID }
        func group(_ name: String, _ sectors: Set<Sector>) -> GroupResult {
            let members = Set(respondentSector.filter { sectors.contains($0.value) }.keys)
            let answered = Set(answers.lazy.filter { members.contains($0.respondentID) }.map(\.respondentID))
            guard answered.count >= threshold else {
                return GroupResult(name: name, respondentCount: answered.count, isHidden: true, results: nil)
            }
            let results = RoundResults.compute(round: roundID, answers: answers.filter { members.contains($0.respondentID) },
                                               model: model, threshold: threshold)
            return GroupResult(name: name, respondentCount: answered.count, isHidden: false, results: results)
        }
        let sectors = Sector.allCases.filter { s in respondentSector.values.contains(s) }
        return sectors.map { group(sectorName($0), [$0]) }
            + (document.workshop?.groups ?? []).filter(\.isUsed).map { group($0.name, Set($0.sectors)) }
    }
}
