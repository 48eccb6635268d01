import FoundationEssentials
import SamskapCore

/// Everything a chart reads, with the Core computations done once so a redraw only paints.
public struct ChartData: Sendable {
    /// The project.
    public let document: ProjectDocument
    /// The model of figure 5 in the chart's language (names of values and fields).
    public let model: ModelContent
    /// Process results of every round, oldest first (`ProjectDocument.processResults`).
    public let results: [RoundResults]
    /// Progress of every indicator, in the indicators' order.
    public let progress: [IndicatorProgress]
    /// What to look at.
    public var selection: ChartSelection
    /// Each indicator's measurements, oldest first: a large project has 100 000 of them, sorted out once here.
    let measurementsByIndicator: MeasurementIndex

    /// Bundles a project and the model and computes results and progress.
    public init(document: ProjectDocument, model: ModelContent, selection: ChartSelection = ChartSelection()) {
        self.document = document
        self.model = model
        // Core sums respondents in dictionary order, so a mean may differ in its last bit from run to run;
        // rounding far below what is shown keeps drawings (and SVG bytes) identical for identical input.
        self.results = document.processResults(model: model).map { round in
            var round = round
            round.dimensions = round.dimensions.map { d in
                var d = d
                func r(_ x: Double?) -> Double? { x.map { ($0 * 1e9).rounded() / 1e9 } }
                d.experienceMean = r(d.experienceMean)
                d.importanceMean = r(d.importanceMean)
                d.experienceMin = r(d.experienceMin)
                d.experienceMax = r(d.experienceMax)
                d.respondentMeans = d.respondentMeans.mapValues { ($0 * 1e9).rounded() / 1e9 }
                return d
            }
            return round
        }
        self.progress = document.indicatorProgress()
        self.measurementsByIndicator = MeasurementIndex(document.measurements)
        self.selection = selection
    }

    /// Rounds oldest first, matching `results`.
    public var rounds: [AssessmentRound] { document.roundsByDate }

    /// The selected round (or the latest) and its results; nil when there is no round yet.
    public var currentRound: (round: AssessmentRound, results: RoundResults)? {
        let rounds = self.rounds
        guard !rounds.isEmpty, rounds.count == results.count else { return nil }
        if let id = selection.roundID, let i = rounds.firstIndex(where: { $0.id == id }) { return (rounds[i], results[i]) }
        // The latest round with at least one answer; an empty new round should not blank the model.
        for i in rounds.indices.reversed() where results[i].dimensions.contains(where: { $0.respondentCount > 0 }) {
            return (rounds[i], results[i])
        }
        return (rounds[rounds.count - 1], results[results.count - 1])
    }

    /// The respondent ids of the selected partner in a round.
    func respondents(ofPartner partnerID: UUID, in roundID: UUID) -> [UUID] {
        document.respondents.filter { $0.roundID == roundID && $0.partnerID == partnerID }.map(\.id)
    }
}
