import FoundationEssentials

extension ProjectDocument {
    /// What a text carried over from an impact step starts with, so that its owner sees where it came from; in both
    /// languages, since a file has none of its own.
    public static func stepMark(_ kind: ImpactStepKind) -> String { "[Trinn \(kind.rawValue) / Step \(kind.rawValue)] " }

    /// The document with the texts of impact steps 1 and 2 moved to where those facts live: the problem on the
    /// project, the overall goals in the goal list. Files made before steps 1 and 2 showed them kept a text of their
    /// own there; nothing is lost: a text that says the same as the fact goes, one that says more is added to it,
    /// marked. The store's migration to version 3 does the same in SQL, for files.
    public func foldingStepFacts() -> ProjectDocument {
        var document = self
        for index in document.impactSteps.indices where document.impactSteps[index].kind == .problem || document.impactSteps[index].kind == .goals {
            let step = document.impactSteps[index]
            let text = step.content.trimmed()
            document.impactSteps[index].content = ""
            guard !text.isEmpty else { continue }
            if step.kind == .problem {
                let problem = document.project.problem.trimmed()
                if problem.isEmpty {
                    document.project.problem = step.content
                } else if problem != text {
                    document.project.problem += "\n\n" + Self.stepMark(.problem) + step.content
                }
            } else if !document.goals.contains(where: { $0.text.trimmed() == text }) {
                let marked = document.goals.isEmpty ? step.content : Self.stepMark(.goals) + step.content
                document.goals.append(Goal(text: marked, position: (document.goals.map(\.position).max() ?? -1) + 1))
            }
        }
        return document
    }
}
