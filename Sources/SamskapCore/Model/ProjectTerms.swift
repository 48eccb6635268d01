/// The circle of social innovation (figure 4): Map it → Focus it → People it → Market it → Grow it.
public enum CirclePhase: String, Term {
    case map, focus, people, market, grow

    public var term: LocalizedText {
        switch self {
        case .map: LocalizedText("Map it")
        case .focus: LocalizedText("Focus it")
        case .people: LocalizedText("People it")
        case .market: LocalizedText("Market it")
        case .grow: LocalizedText("Grow it")
        }
    }
}

/// Who carries a responsibility, one axis each of the thin/thick matrix (figure 2).
public enum Responsibility: String, Term {
    case professionals, together, civilSociety

    public var term: LocalizedText {
        switch self {
        case .professionals: LocalizedText("Professionals alone")
        case .together: LocalizedText("Together")
        case .civilSociety: LocalizedText("Civil society alone")
        }
    }
}

/// A cell of the 3 × 3 matrix: who plans and designs against who delivers.
public struct MatrixCell: Codable, Equatable, Hashable, Sendable {
    /// Responsibility for planning and design.
    public var planning: Responsibility
    /// Responsibility for delivery.
    public var delivery: Responsibility

    /// Creates a cell.
    public init(planning: Responsibility, delivery: Responsibility) {
        self.planning = planning
        self.delivery = delivery
    }

    /// Where the cell lies on the continuum from thin to thick co-creation, as figure 2 marks it: thick in the centre,
    /// thin only where planning is shared and one side delivers, and no activity where civil society plans alone for
    /// the professionals to deliver.
    public var depth: CoCreationDepth {
        switch (planning, delivery) {
        case (.together, .together): .thick
        case (.together, .professionals), (.together, .civilSociety): .thin
        case (.professionals, .professionals): .traditional
        case (.civilSociety, .civilSociety): .selfOrganised
        case (.professionals, .together), (.civilSociety, .together): .joinedDelivery
        case (.professionals, .civilSociety): .commissioned
        case (.civilSociety, .professionals): .noActivity
        }
    }

    /// The name of the cell, in the words of the matrix.
    public var term: LocalizedText {
        switch (planning, delivery) {
        case (.professionals, .professionals): LocalizedText("Traditional professional services")
        case (.professionals, .together): LocalizedText("Joint delivery of professionally planned services")
        case (.professionals, .civilSociety): LocalizedText("Commissioned and tendered services")
        case (.together, .professionals): LocalizedText("Professional services planned with civil society (thin)")
        case (.together, .together): LocalizedText("Co-production (thick)")
        case (.together, .civilSociety): LocalizedText("Delivered outside the professions, planned with them (thin)")
        case (.civilSociety, .professionals): LocalizedText("No activity in the figure")
        case (.civilSociety, .together): LocalizedText("Planned outside the professions, delivered with their contribution")
        case (.civilSociety, .civilSociety): LocalizedText("Self-organised services in civil society")
        }
    }

    /// All nine cells, planning row by row.
    public static let all: [MatrixCell] = Responsibility.allCases.flatMap { p in
        Responsibility.allCases.map { d in MatrixCell(planning: p, delivery: d) }
    }
}

/// The continuum of figure 1, as read from a matrix cell.
public enum CoCreationDepth: String, Term {
    case traditional, commissioned, joinedDelivery, thin, thick, selfOrganised, noActivity

    public var term: LocalizedText {
        switch self {
        case .traditional: LocalizedText("Traditional")
        case .commissioned: LocalizedText("Commissioned")
        case .joinedDelivery: LocalizedText("Joint delivery")
        case .noActivity: LocalizedText("No activity")
        case .thin: LocalizedText("Thin co-creation")
        case .thick: LocalizedText("Thick co-creation")
        case .selfOrganised: LocalizedText("Self-organised")
        }
    }
}

/// The five steps of a co-creating municipality (Torfing & Sørensen).
public enum StaircaseStep: String, Term, Comparable {
    case curious, inviting, ambitious, mature, coCreating

    public var term: LocalizedText {
        switch self {
        case .curious: LocalizedText("Curious")
        case .inviting: LocalizedText("Inviting")
        case .ambitious: LocalizedText("Ambitious")
        case .mature: LocalizedText("Mature")
        case .coCreating: LocalizedText("Co-creating")
        }
    }

    /// 1 for curious to 5 for co-creating.
    public var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.number < rhs.number }
}
