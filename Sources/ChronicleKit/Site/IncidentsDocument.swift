/// The incidents document (`../shared/docs/incident-json.md`): the chronicle's public data
/// interface, printed by `chronicle extract --format json` and written to `data/incidents.json`.
/// Field names and order are part of the contract: add fields, never rename or drop one.
public enum IncidentsDocument {
    public static let generator = "chronicle 0.1.0"

    public static func json(_ corpus: Corpus) -> JSON {
        .object([
            ("generator", .string(generator)),
            ("articles", .array(corpus.articles.map(article))),
            ("incidents", .array(corpus.incidents.map(incident))),
        ])
    }

    public static func render(_ corpus: Corpus) -> String { json(corpus).render() + "\n" }

    public static func article(_ a: Article) -> JSON {
        .object([
            ("id", .string(a.id)),
            ("file", .string(a.file)),
            ("title", .string(a.title)),
            ("outlet", .str(a.outlet)),
            ("url", .str(a.url)),
            ("published", .str(a.published?.iso)),
            ("published_source", .string(a.publishedSource.rawValue)),
            ("dateline", .str(a.dateline)),
            ("tags", .array(a.tags.map(JSON.string))),
            ("actors", .array(a.actors.map(JSON.string))),
            ("places", .array(a.places.map(JSON.string))),
        ])
    }

    public static func incident(_ i: Incident) -> JSON {
        var fields: [(String, JSON)] = [
            ("id", .string(i.id)),
            ("date", .str(i.datePrecision == .unknown ? nil : i.date?.iso)),
            ("date_precision", .string(i.datePrecision.rawValue)),
            ("date_text", .str(i.dateText)),
            ("event_type", .string(i.eventType.rawValue)),
            ("place", .str(i.place)),
            ("place_id", .str(i.placeID)),
            ("admin1", .str(i.admin1)),
            ("country", .str(i.country)),
            ("latitude", .num(i.latitude)),
            ("longitude", .num(i.longitude)),
            ("geo_precision", .str(i.geoPrecision?.rawValue)),
            ("perpetrator", .string(i.perpetrator)),
            ("suspected", .str(i.suspected)),
            ("target", .str(i.target)),
            ("killed", .num(i.killed)),
            ("wounded", .num(i.wounded)),
        ]
        if i.killedLow != nil || i.killedHigh != nil {
            fields += [("killed_low", .num(i.killedLow)), ("killed_high", .num(i.killedHigh))]
        }
        if i.woundedLow != nil || i.woundedHigh != nil {
            fields += [("wounded_low", .num(i.woundedLow)), ("wounded_high", .num(i.woundedHigh))]
        }
        fields += [
            ("role", .string(i.role.rawValue)),
            ("status", .string(i.status.rawValue)),
            ("summary", .str(i.summary)),
            ("sources", .array(i.sources.map { s in
                .object([("article", .string(s.article)), ("role", .string(s.role.rawValue)), ("evidence", .string(s.evidence))])
            })),
        ]
        return .object(fields)
    }
}
