import SamskapCore

/// Section 2: problem, vision, goals, and where the work stands.
extension ReportBuilder {
    func buildProject() {
        let project = document.project
        heading(1, t(ReportSection.project.term))

        heading(2, tr("The problem", in: language))
        prose(project.problem, empty: tr("The problem has not been described yet.", in: language))

        heading(2, tr("The shared vision", in: language))
        prose(project.vision, empty: tr("The vision has not been written yet.", in: language))

        heading(2, tr("Goals", in: language))
        if document.goals.isEmpty {
            note(tr("No overall goals have been set yet.", in: language))
        } else {
            numbered(document.goals.map(\.text))
        }
        if !document.subGoals.isEmpty {
            heading(3, tr("The partners’ own sub-goals", in: language))
            keyValues(document.subGoals.map { (document.partner($0.partnerID)?.name ?? "–", $0.text) })
        }

        if !project.targetGroups.isEmpty || !project.activities.isEmpty || !project.theoryOfChange.isEmpty {
            heading(2, tr("Target groups, activities and theory of change", in: language))
            if !project.targetGroups.isEmpty {
                heading(3, tr("Target groups", in: language))
                keyValues(project.targetGroups.map { ($0.name, $0.description.isEmpty ? "–" : $0.description) })
            }
            if !project.activities.isEmpty {
                heading(3, tr("Main activities", in: language))
                keyValues(project.activities.map { activity in
                    var text = activity.description
                    if let cell = activity.cell {
                        text += (text.isEmpty ? "" : "\n") + tr("Place in the matrix: ", in: language) + t(cell.term)
                    }
                    return (activity.name, text.isEmpty ? "–" : text)
                })
            }
            if !project.theoryOfChange.isEmpty {
                heading(3, tr("Theory of change", in: language))
                prose(project.theoryOfChange, empty: "")
            }
        }

        heading(2, tr("Where the work stands", in: language))
        heading(3, tr("Thin or thick co-creation", in: language))
        if let cell = project.cell {
            paragraph(trf("The project as a whole lies in the cell “%1$s”: planning – %2$s, delivery – %3$s. That is %4$s.", in: language, "\(t(cell.term))", "\(t(cell.planning.term).lowercased())", "\(t(cell.delivery.term).lowercased())", "\(t(cell.depth.term).lowercased())"))
        } else {
            note(tr("The project has not been placed in the matrix yet.", in: language))
        }
        chart(.matrix, height: 250)

        heading(3, tr("The staircase to a co-creating municipality", in: language))
        if project.staircase.isEmpty {
            note(tr("No units have been placed on the staircase yet.", in: language))
        } else {
            keyValues(project.staircase.map { ($0.area, "\($0.step.number) – \(t($0.step.term))") }, keyShare: 0.4)
        }
        chart(.staircase, height: 210)

        heading(3, tr("The circle of social innovation", in: language))
        if let phase = project.circlePhase {
            var text = trf("The work is now in the phase “%1$s”.", in: language, "\(t(phase.term))")
            let order = CirclePhase.allCases.map { t($0.term) }.joined(separator: " → ")
            text += trf(" The circle runs %1$s, and repeats so that the work rises as a spiral.", in: language, "\(order)")
            paragraph(text)
        } else {
            note(tr("The phase in the circle has not been chosen yet.", in: language))
        }
        if !project.phaseHistory.isEmpty {
            keyValues(project.phaseHistory.sorted { $0.date < $1.date }.map { ($0.date.formatted(language), t($0.phase.term)) }, keyShare: 0.24)
        }
    }
}
