import SamskapCore

extension Fixtures {
    /// The small document with a plan: a target group, an activity with inputs (ids 80–89), an outcome indicator
    /// (id 42) and the links activity → output (id 40) → outcome, the second still an assumption.
    public static func planDocument(model: ModelContent = model()) -> ProjectDocument {
        var doc = smallDocument(model: model)
        let group = TargetGroup(id: id(80), name: "Eldre innvandrerkvinner", description: "Bor alene, lite norsk",
                                estimatedSize: 120, participation: "Med i verksteder")
        let activity = Activity(id: id(81), name: "Språkkafé", description: "Samtaler over kaffe hver tirsdag",
                                cell: MatrixCell(planning: .together, delivery: .together), targetGroupIDs: [group.id],
                                partnerIDs: [id(10)], period: Period(start: day("2025-02-01"), end: day("2025-12-31")),
                                inputs: [ActivityInput(id: id(82), kind: .hours, amount: 200, note: "Frivillige", partnerID: id(20)),
                                         ActivityInput(id: id(83), kind: .money, amount: 25_000, partnerID: id(10))],
                                citizenRoles: CitizenRoleDegrees(coInitiator: .partly))
        doc.project.targetGroups = [group]
        doc.project.activities = [activity]
        doc.indicators.append(Indicator(id: id(42), name: "Færre føler seg ensomme", level: .outcome, unit: "%",
                                        responsiblePartnerID: id(10), baseline: ReferencePoint(value: 60, date: day("2025-01-01"))))
        doc.project.resultLinks = [
            ResultLink(id: id(84), from: activity.id, to: id(40), evidence: .experience, note: "Slik gikk det i Lier"),
            ResultLink(id: id(85), from: id(40), to: id(42), evidence: .assumption, since: day("2025-02-01")),
        ]
        return doc
    }
}
