import FoundationEssentials

/// The theory of change worked out from a project: its links that join records which exist, in results-chain order
/// (activities, then output, outcome, impact, societal value), and what each activity takes in.
public struct TheoryOfChange: Sendable {
    /// A usable link with the columns of its two ends (0 for an activity, 1–4 for the indicator's level).
    public struct Edge: Equatable, Sendable {
        public var link: ResultLink
        public var fromColumn: Int
        public var toColumn: Int
    }

    /// The links whose both ends exist and that point forward in the chain (or within a level).
    public let edges: [Edge]
    /// The links still resting on an assumption.
    public let unsupported: [Edge]
    /// Indicators an activity leads to, directly or through other indicators.
    public let reachedFromActivities: Set<UUID>
    /// Hours, kroner and rooms put into all activities together; `other` counts the inputs of another kind.
    public let inputTotals: [InputKind: Double]

    /// Works out the theory of change of a document.
    public init(_ document: ProjectDocument) {
        let activityIDs = Set(document.project.activities.map(\.id))
        var levels: [UUID: Int] = [:]
        levels.reserveCapacity(document.indicators.count)
        for indicator in document.indicators { levels[indicator.id] = Self.column(of: indicator.level) }
        var edges: [Edge] = []
        var next: [UUID: [UUID]] = [:]
        for link in document.project.resultLinks {
            guard let toColumn = levels[link.to] else { continue }
            let fromColumn = activityIDs.contains(link.from) ? 0 : levels[link.from]
            guard let fromColumn, fromColumn <= toColumn, link.from != link.to else { continue }
            edges.append(Edge(link: link, fromColumn: fromColumn, toColumn: toColumn))
            next[link.from, default: []].append(link.to)
        }
        // Breadth-first from every activity at once: each indicator is visited once however many links reach it.
        var reached = Set<UUID>()
        var queue = document.project.activities.map(\.id)
        var head = 0
        while head < queue.count {
            for target in next[queue[head], default: []] where reached.insert(target).inserted { queue.append(target) }
            head += 1
        }
        var totals: [InputKind: Double] = [:]
        for activity in document.project.activities {
            for input in activity.inputs { totals[input.kind, default: 0] += input.kind == .other ? 1 : (input.amount ?? 0) }
        }
        self.edges = edges
        self.unsupported = edges.filter { $0.link.evidence == .assumption }
        self.reachedFromActivities = reached
        self.inputTotals = totals
    }

    /// The chart's column of a level: output 1 … societal value 4.
    public static func column(of level: IndicatorLevel) -> Int {
        switch level {
        case .output: 1
        case .outcome: 2
        case .impact: 3
        case .societal: 4
        }
    }
}
