import SamskapCore

/// Section 2: problem, vision, goals, and where the work stands.
extension ReportBuilder {
    func buildProject() {
        let project = document.project
        heading(1, t(ReportSection.project.term))

        heading(2, t("Problemet", "The problem"))
        prose(project.problem, empty: t("Problemet er ikke beskrevet ennå.", "The problem has not been described yet."))

        heading(2, t("Den felles visjonen", "The shared vision"))
        prose(project.vision, empty: t("Visjonen er ikke skrevet ennå.", "The vision has not been written yet."))

        heading(2, t("Mål", "Goals"))
        if document.goals.isEmpty {
            note(t("Ingen overordnede mål er satt ennå.", "No overall goals have been set yet."))
        } else {
            numbered(document.goals.map(\.text))
        }
        if !document.subGoals.isEmpty {
            heading(3, t("Samarbeidspartnernes egne delmål", "The partners’ own sub-goals"))
            keyValues(document.subGoals.map { (document.partner($0.partnerID)?.name ?? "–", $0.text) })
        }

        if !project.targetGroups.isEmpty || !project.activities.isEmpty || !project.theoryOfChange.isEmpty {
            heading(2, t("Målgrupper, aktiviteter og endringsteori", "Target groups, activities and theory of change"))
            if !project.targetGroups.isEmpty {
                heading(3, t("Målgrupper", "Target groups"))
                keyValues(project.targetGroups.map { ($0.name, $0.description.isEmpty ? "–" : $0.description) })
            }
            if !project.activities.isEmpty {
                heading(3, t("Hovedaktiviteter", "Main activities"))
                keyValues(project.activities.map { activity in
                    var text = activity.description
                    if let cell = activity.cell {
                        text += (text.isEmpty ? "" : "\n") + t("Plass i matrisen: ", "Place in the matrix: ") + t(cell.term)
                    }
                    return (activity.name, text.isEmpty ? "–" : text)
                })
            }
            if !project.theoryOfChange.isEmpty {
                heading(3, t("Endringsteori", "Theory of change"))
                prose(project.theoryOfChange, empty: "")
            }
        }

        heading(2, t("Hvor arbeidet står", "Where the work stands"))
        heading(3, t("Tynn eller tykk samskaping", "Thin or thick co-creation"))
        if let cell = project.cell {
            paragraph(t("Prosjektet som helhet ligger i cellen «\(t(cell.term))»: planlegging – \(t(cell.planning.term).lowercased()), gjennomføring – \(t(cell.delivery.term).lowercased()). Det er \(t(cell.depth.term).lowercased()).",
                        "The project as a whole lies in the cell “\(t(cell.term))”: planning – \(t(cell.planning.term).lowercased()), delivery – \(t(cell.delivery.term).lowercased()). That is \(t(cell.depth.term).lowercased())."))
        } else {
            note(t("Prosjektet er ikke plassert i matrisen ennå.", "The project has not been placed in the matrix yet."))
        }
        chart(.matrix, height: 250)

        heading(3, t("Trappen mot en samskapende kommune", "The staircase to a co-creating municipality"))
        if project.staircase.isEmpty {
            note(t("Ingen enheter er plassert på trappen ennå.", "No units have been placed on the staircase yet."))
        } else {
            keyValues(project.staircase.map { ($0.area, "\($0.step.number) – \(t($0.step.term))") }, keyShare: 0.4)
        }
        chart(.staircase, height: 210)

        heading(3, t("Sirkelen for sosial innovasjon", "The circle of social innovation"))
        if let phase = project.circlePhase {
            var text = t("Arbeidet er nå i fasen «\(t(phase.term))».", "The work is now in the phase “\(t(phase.term))”.")
            let order = CirclePhase.allCases.map { t($0.term) }.joined(separator: " → ")
            text += t(" Sirkelen går \(order), og gjentas slik at arbeidet stiger som en spiral.",
                      " The circle runs \(order), and repeats so that the work rises as a spiral.")
            paragraph(text)
        } else {
            note(t("Fasen i sirkelen er ikke valgt ennå.", "The phase in the circle has not been chosen yet."))
        }
        if !project.phaseHistory.isEmpty {
            keyValues(project.phaseHistory.sorted { $0.date < $1.date }.map { ($0.date.formatted(language), t($0.phase.term)) }, keyShare: 0.24)
        }
    }
}
