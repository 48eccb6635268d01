import FoundationEssentials
import SamskapCore
import SamskapGraphics

/// A chart's figures in words, for screen readers: what a sighted reader takes from the drawing.
@MainActor
public enum ChartDescription {
    /// The description of `kind` drawn from `data`.
    public static func text(_ kind: ChartKind, data: ChartData) -> String {
        switch kind {
        case .model: scores(data, kinds: [.value, .field])
        case .radarFields: scores(data, kinds: [.field])
        case .radarValues: scores(data, kinds: [.value])
        case .divergence: divergence(data)
        case .trend: trend(data)
        case .indicators: indicators(data)
        case .resultsChain: resultsChain(data)
        case .matrix: matrix(data)
        case .staircase: staircase(data)
        case .partners: partners(data)
        }
    }

    /// A score on the 1–5 scale with one decimal, with the language's decimal mark.
    public static func score(_ value: Double) -> String {
        let text = value.decimalString(places: 1)
        return Translations.language.isNorwegian ? text.replacing(".", with: ",") : text
    }

    private static func roundLine(_ data: ChartData) -> String? {
        guard let current = data.currentRound else { return nil }
        let people = Set(data.document.answers(in: current.round.id).map(\.respondentID)).count
        return trf("Round %1$s (%2$s), %3$s respondents.", current.round.label,
                   current.round.date.formatted(Translations.language), String(people))
    }

    private static func scores(_ data: ChartData, kinds: [DimensionKind]) -> String {
        guard let line = roundLine(data), let results = data.currentRound?.results else {
            return tr("No round of answers yet, so the chart has no scores.")
        }
        var parts = [line]
        for kind in kinds {
            let dimensions = kind == .value ? data.model.values : data.model.fields
            let items = dimensions.map { d -> String in
                guard let result = results.result(d.id), !result.isHidden, let mean = result.experienceMean else {
                    return trf("%1$s: no score", d.name)
                }
                return trf("%1$s: %2$s", d.name, score(mean))
            }
            parts.append(trf("%1$s: %2$s.", term(kind), items.joined(separator: "; ")))
        }
        return parts.joined(separator: " ")
    }

    private static func name(_ id: String, _ data: ChartData) -> String { data.model.dimension(id: id)?.name ?? id }

    private static func divergence(_ data: ChartData) -> String {
        guard let line = roundLine(data), let results = data.currentRound?.results else {
            return tr("No round of answers yet, so the chart has no scores.")
        }
        let disputed = results.mostDisputed.filter(\.isDivergent).prefix(3).map { name($0.dimensionID, data) }
        let gaps = results.largestGaps.filter(\.hasUnmetExpectation).prefix(3).map { name($0.dimensionID, data) }
        var parts = [line]
        parts.append(disputed.isEmpty ? tr("The partners largely agree.")
                     : trf("Most disputed: %1$s.", disputed.joined(separator: ", ")))
        if !gaps.isEmpty { parts.append(trf("Largest gaps between importance and experience: %1$s.", gaps.joined(separator: ", "))) }
        return parts.joined(separator: " ")
    }

    private static func trend(_ data: ChartData) -> String {
        let rounds = data.rounds
        guard let first = rounds.first, let last = rounds.last else { return tr("No round of answers yet, so the chart has no scores.") }
        return trf("%1$s rounds, from %2$s to %3$s.", String(rounds.count), first.label, last.label)
    }

    private static func indicators(_ data: ChartData) -> String {
        guard !data.progress.isEmpty else { return tr("No indicators yet.") }
        let counts = IndicatorStatus.allCases.compactMap { status -> String? in
            let n = data.progress.filter { $0.status == status }.count
            return n == 0 ? nil : trf("%1$s: %2$s", term(status), String(n))
        }
        return trf("%1$s indicators. %2$s.", String(data.progress.count), counts.joined(separator: ", "))
    }

    private static func resultsChain(_ data: ChartData) -> String {
        let document = data.document
        return trf("%1$s overall goals, %2$s sub-goals, %3$s indicators.", String(document.goals.count),
                   String(document.subGoals.count), String(document.indicators.count))
    }

    private static func matrix(_ data: ChartData) -> String {
        guard let cell = data.document.project.cell else { return tr("Not placed between thin and thick co-creation yet.") }
        return trf("%1$s: %2$s", term(cell.depth), cell.term.text(Translations.language))
    }

    private static func staircase(_ data: ChartData) -> String {
        let steps = data.document.project.staircase
        guard !steps.isEmpty else { return tr("No step of the staircase marked yet.") }
        return trf("%1$s steps of the staircase marked.", String(steps.count))
    }

    private static func partners(_ data: ChartData) -> String {
        let document = data.document
        guard !document.partners.isEmpty else { return tr("No partners yet.") }
        let sectors = document.partnersBySector.map { trf("%1$s: %2$s", term($0.0), String($0.1)) }.joined(separator: ", ")
        let covered = CitizenRole.allCases.filter(document.coveredCitizenRoles.contains).map(term)
        let roles = covered.isEmpty ? tr("No citizen roles covered yet.")
            : trf("Citizen roles covered: %1$s.", covered.joined(separator: ", "))
        return [trf("%1$s partners.", String(document.partners.count)), sectors + ".", roles].joined(separator: " ")
    }
}
