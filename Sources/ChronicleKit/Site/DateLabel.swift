/// Human labels for incident dates that always show their precision, so a month-precise date
/// never reads as if the day were known ("March 2024", not "1 March 2024").
public enum DateLabel {
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]
    public static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `3 Jan 2022`.
    public static func day(_ d: Day) -> String { "\(d.day) \(shortMonths[d.month - 1]) \(d.year)" }

    /// `March 2024`.
    public static func month(_ d: Day) -> String { "\(monthNames[d.month - 1]) \(d.year)" }

    public static func label(_ date: Day?, _ precision: DatePrecision) -> String {
        guard let date, precision != .unknown else { return "date unknown" }
        switch precision {
        case .day: return day(date)
        case .week: return "week of \(day(date))"
        case .month: return month(date)
        case .year: return String(date.year)
        case .unknown: return "date unknown"
        }
    }

    /// A valid HTML `<time datetime>` value for the precision, or nil when the date is unknown.
    public static func machine(_ date: Day?, _ precision: DatePrecision) -> String? {
        guard let date else { return nil }
        switch precision {
        case .day, .week: return date.iso
        case .month: return String(date.iso.prefix(7))
        case .year: return String(format4(date.year))
        case .unknown: return nil
        }
    }

    static func format4(_ y: Int) -> String {
        let s = String(y)
        return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
    }

    /// The date an incident is filed under in feeds and sorting, nil when unknown.
    public static func effective(_ i: Incident) -> Day? { i.datePrecision == .unknown ? nil : i.date }
}
