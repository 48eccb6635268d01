import FoundationEssentials

/// The kind of actor a partner is.
public enum Sector: String, Term {
    case municipality, publicAgency, business, civilSociety, socialEntrepreneur, citizens, research

    public var term: LocalizedText {
        switch self {
        case .municipality: LocalizedText("Municipality")
        case .publicAgency: LocalizedText("NAV and other public agencies")
        case .business: LocalizedText("Business")
        case .civilSociety: LocalizedText("Civil society and volunteers")
        case .socialEntrepreneur: LocalizedText("Social entrepreneur")
        case .citizens: LocalizedText("Users, citizens and relatives")
        case .research: LocalizedText("Research and education")
        }
    }
}

/// The three roles citizens can take in co-creation; present in all three is a sign of success.
public enum CitizenRole: String, Term {
    case coInitiator, coDesigner, coImplementer

    public var term: LocalizedText {
        switch self {
        case .coInitiator: LocalizedText("Co-initiator")
        case .coDesigner: LocalizedText("Co-designer")
        case .coImplementer: LocalizedText("Co-implementer")
        }
    }
}

/// The three directions work is anchored in.
public enum AnchorDirection: String, Term {
    /// Down and out: to users and partners.
    case down
    /// Up (mooring): to leadership, political decisions, budgets and plans.
    case up
    /// Back: to the support functions in one's own organisation.
    case back

    public var term: LocalizedText {
        switch self {
        case .down: LocalizedText("Down and out")
        case .up: LocalizedText("Up (mooring)")
        case .back: LocalizedText("Back")
        }
    }
}

/// One place the work is anchored, e.g. "Vedtak i formannskapet 12.3.2025".
public struct AnchorPoint: Codable, Equatable, Hashable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// Which direction.
    public var direction: AnchorDirection
    /// What and where.
    public var text: String
    /// When it was made or last renewed; an anchor point that nobody renews comes loose.
    public var renewed: Day?

    /// Creates an anchor point.
    public init(id: UUID = UUID(), direction: AnchorDirection, text: String, renewed: Day? = nil) {
        self.id = id
        self.direction = direction
        self.text = text
        self.renewed = renewed
    }
}

/// How to reach a partner's contact person.
public struct Contact: Codable, Equatable, Hashable, Sendable {
    /// Name of the contact person.
    public var person: String
    /// Their role or title.
    public var role: String
    /// E-mail address.
    public var email: String
    /// Telephone number.
    public var phone: String

    /// Creates contact details; every field may stay empty.
    public init(person: String = "", role: String = "", email: String = "", phone: String = "") {
        self.person = person
        self.role = role
        self.email = email
        self.phone = phone
    }
}

/// A partner (aktør) in the co-creation project.
public struct Partner: Codable, Equatable, Sendable, Identifiable {
    /// Stable id.
    public var id: UUID
    /// The organisation, group or person.
    public var name: String
    /// Which kind of actor.
    public var sector: Sector
    /// The contact person.
    public var contact: Contact
    /// Resources they bring: time, money, rooms, networks.
    public var resources: String
    /// Competence and experience they bring.
    public var competences: String
    /// Their own agenda: legitimate as long as it does not overshadow the shared vision.
    public var ownAgenda: String
    /// The citizen roles they take (meaningful for citizens and users, allowed for all).
    public var citizenRoles: Set<CitizenRole>
    /// Where the work is anchored with them.
    public var anchorPoints: [AnchorPoint]

    /// Creates a partner.
    public init(id: UUID = UUID(), name: String, sector: Sector, contact: Contact = Contact(),
                resources: String = "", competences: String = "", ownAgenda: String = "",
                citizenRoles: Set<CitizenRole> = [], anchorPoints: [AnchorPoint] = []) {
        self.id = id
        self.name = name
        self.sector = sector
        self.contact = contact
        self.resources = resources
        self.competences = competences
        self.ownAgenda = ownAgenda
        self.citizenRoles = citizenRoles
        self.anchorPoints = anchorPoints
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, sector, contact, resources, competences, ownAgenda, citizenRoles, anchorPoints
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        sector = try c.decode(Sector.self, forKey: .sector)
        contact = try c.decodeIfPresent(Contact.self, forKey: .contact) ?? Contact()
        resources = try c.decodeIfPresent(String.self, forKey: .resources) ?? ""
        competences = try c.decodeIfPresent(String.self, forKey: .competences) ?? ""
        ownAgenda = try c.decodeIfPresent(String.self, forKey: .ownAgenda) ?? ""
        citizenRoles = Set(try c.decodeIfPresent([CitizenRole].self, forKey: .citizenRoles) ?? [])
        anchorPoints = try c.decodeIfPresent([AnchorPoint].self, forKey: .anchorPoints) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(sector, forKey: .sector)
        try c.encode(contact, forKey: .contact)
        try c.encode(resources, forKey: .resources)
        try c.encode(competences, forKey: .competences)
        try c.encode(ownAgenda, forKey: .ownAgenda)
        // Sorted in the order of the roles so that export is deterministic.
        try c.encode(CitizenRole.allCases.filter(citizenRoles.contains), forKey: .citizenRoles)
        try c.encode(anchorPoints, forKey: .anchorPoints)
    }
}
