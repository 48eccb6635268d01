import FoundationEssentials

/// How far citizens hold each of the three roles in one activity.
public struct CitizenRoleDegrees: Codable, Equatable, Hashable, Sendable {
    public var coInitiator: RoleDegree
    public var coDesigner: RoleDegree
    public var coImplementer: RoleDegree

    /// Creates the degrees; every role not held unless said.
    public init(coInitiator: RoleDegree = .not, coDesigner: RoleDegree = .not, coImplementer: RoleDegree = .not) {
        self.coInitiator = coInitiator
        self.coDesigner = coDesigner
        self.coImplementer = coImplementer
    }

    /// The degree of one role.
    public subscript(role: CitizenRole) -> RoleDegree {
        get {
            switch role {
            case .coInitiator: coInitiator
            case .coDesigner: coDesigner
            case .coImplementer: coImplementer
            }
        }
        set {
            switch role {
            case .coInitiator: coInitiator = newValue
            case .coDesigner: coDesigner = newValue
            case .coImplementer: coImplementer = newValue
            }
        }
    }
}

/// A main activity of the effort (impact step 4): what is done, for whom, by whom, with what, and who plans and
/// delivers it (its own cell of the thin/thick matrix).
public struct Activity: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// Short name.
    public var name: String
    /// What happens.
    public var description: String
    /// Who plans and who delivers it, if placed.
    public var cell: MatrixCell?
    /// The target groups it is for (ids of `Project.targetGroups`).
    public var targetGroupIDs: [UUID]
    /// The partners responsible for it.
    public var partnerIDs: [UUID]
    /// When it runs.
    public var period: Period
    /// What goes into it.
    public var inputs: [ActivityInput]
    /// How far citizens hold each role in it.
    public var citizenRoles: CitizenRoleDegrees

    /// Creates an activity.
    public init(id: UUID = UUID(), name: String, description: String = "", cell: MatrixCell? = nil,
                targetGroupIDs: [UUID] = [], partnerIDs: [UUID] = [], period: Period = Period(),
                inputs: [ActivityInput] = [], citizenRoles: CitizenRoleDegrees = CitizenRoleDegrees()) {
        self.id = id
        self.name = name
        self.description = description
        self.cell = cell
        self.targetGroupIDs = targetGroupIDs
        self.partnerIDs = partnerIDs
        self.period = period
        self.inputs = inputs
        self.citizenRoles = citizenRoles
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, description, cell, targetGroupIDs, partnerIDs, period, inputs, citizenRoles
    }

    /// Decodes an activity; all but id, name and description are optional, as files from before they existed lack them.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(UUID.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
                  description: try c.decode(String.self, forKey: .description),
                  cell: try c.decodeIfPresent(MatrixCell.self, forKey: .cell),
                  targetGroupIDs: try c.decodeIfPresent([UUID].self, forKey: .targetGroupIDs) ?? [],
                  partnerIDs: try c.decodeIfPresent([UUID].self, forKey: .partnerIDs) ?? [],
                  period: try c.decodeIfPresent(Period.self, forKey: .period) ?? Period(),
                  inputs: try c.decodeIfPresent([ActivityInput].self, forKey: .inputs) ?? [],
                  citizenRoles: try c.decodeIfPresent(CitizenRoleDegrees.self, forKey: .citizenRoles) ?? CitizenRoleDegrees())
    }
}
