public enum DatePrecision: String, Codable, Sendable, Hashable, CaseIterable {
    case day, week, month, year, unknown
}

public enum GeoPrecision: String, Codable, Sendable, Hashable, CaseIterable {
    case site, city, admin1, country
}

public enum EventType: String, Codable, Sendable, Hashable, CaseIterable {
    case rocketAttack = "rocket attack"
    case mortarAttack = "mortar attack"
    case droneAttack = "drone attack"
    case iedAttack = "IED attack"
    case missileAttack = "missile attack"
    case airstrike
    case armedClash = "armed clash"
    case other
}

public enum IncidentRole: String, Codable, Sendable, Hashable {
    case main, background
}

public enum IncidentStatus: String, Codable, Sendable, Hashable {
    /// `draft` exists only in review files written by `chronicle review`; drafts are not applied.
    case extracted, reviewed, rejected, draft
}

/// One article's report of an incident: which article, whether it is that article's news,
/// and the verbatim sentence that supports it.
public struct IncidentSource: Hashable, Sendable, Codable {
    public var article: String
    public var role: IncidentRole
    public var evidence: String

    public init(article: String, role: IncidentRole, evidence: String) {
        self.article = article
        self.role = role
        self.evidence = evidence
    }
}

/// One event at one place on one day, with every source that reports it.
/// Field names follow `../shared/docs/incident-json.md`; the JSON encoding lives in `Site/IncidentsDocument`.
public struct Incident: Hashable, Sendable {
    public var id: String
    public var date: Day?
    public var datePrecision: DatePrecision
    public var dateText: String?
    public var eventType: EventType
    public var place: String?
    /// Knowledge-base id of `place` (gazetteer id), used for location pages.
    public var placeID: String?
    public var admin1: String?
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?
    public var geoPrecision: GeoPrecision?
    /// The actor that carried it out as the sources state it, or "unknown".
    public var perpetrator: String
    public var perpetratorID: String?
    public var suspected: String?
    public var suspectedID: String?
    public var target: String?
    public var targetID: String?
    public var killed: Int?
    public var wounded: Int?
    public var killedLow: Int?
    public var killedHigh: Int?
    public var woundedLow: Int?
    public var woundedHigh: Int?
    public var role: IncidentRole
    public var status: IncidentStatus
    public var sources: [IncidentSource]
    /// One-line human summary ("Two mortar shells landed near the US embassy …").
    public var summary: String?
    /// Markdown notes from a reviewed file in `Content/incidents/`.
    public var notes: String?

    public init(id: String = "", date: Day? = nil, datePrecision: DatePrecision = .unknown, dateText: String? = nil,
                eventType: EventType = .other, place: String? = nil, placeID: String? = nil, admin1: String? = nil,
                country: String? = nil, latitude: Double? = nil, longitude: Double? = nil,
                geoPrecision: GeoPrecision? = nil, perpetrator: String = "unknown", perpetratorID: String? = nil,
                suspected: String? = nil, suspectedID: String? = nil, target: String? = nil, targetID: String? = nil,
                killed: Int? = nil, wounded: Int? = nil, killedLow: Int? = nil, killedHigh: Int? = nil,
                woundedLow: Int? = nil, woundedHigh: Int? = nil, role: IncidentRole = .main,
                status: IncidentStatus = .extracted, sources: [IncidentSource] = [], summary: String? = nil,
                notes: String? = nil) {
        self.id = id
        self.date = date
        self.datePrecision = datePrecision
        self.dateText = dateText
        self.eventType = eventType
        self.place = place
        self.placeID = placeID
        self.admin1 = admin1
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.geoPrecision = geoPrecision
        self.perpetrator = perpetrator
        self.perpetratorID = perpetratorID
        self.suspected = suspected
        self.suspectedID = suspectedID
        self.target = target
        self.targetID = targetID
        self.killed = killed
        self.wounded = wounded
        self.killedLow = killedLow
        self.killedHigh = killedHigh
        self.woundedLow = woundedLow
        self.woundedHigh = woundedHigh
        self.role = role
        self.status = status
        self.sources = sources
        self.summary = summary
        self.notes = notes
    }
}
