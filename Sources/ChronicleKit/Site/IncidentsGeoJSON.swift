/// `data/incidents.geojson`: a FeatureCollection with one Point per geolocated incident
/// (RFC 7946 order: longitude, latitude), main fields as properties, and the page URL.
public enum IncidentsGeoJSON {
    public static func render(_ model: SiteModel) -> String {
        let features: [JSON] = model.incidentsNewestFirst.compactMap { i in
            guard let lat = i.latitude, let lon = i.longitude, lat.isFinite, lon.isFinite else { return nil }
            return .object([
                ("type", .string("Feature")),
                ("id", .string(i.id)),
                ("geometry", .object([("type", .string("Point")), ("coordinates", .array([.double(lon), .double(lat)]))])),
                ("properties", .object([
                    ("id", .string(i.id)),
                    ("date", .str(DateLabel.effective(i)?.iso)),
                    ("date_precision", .string(i.datePrecision.rawValue)),
                    ("date_label", .string(DateLabel.label(i.date, i.datePrecision))),
                    ("event_type", .string(i.eventType.rawValue)),
                    ("place", .str(i.place)),
                    ("admin1", .str(i.admin1)),
                    ("country", .str(i.country)),
                    ("geo_precision", .str(i.geoPrecision?.rawValue)),
                    ("perpetrator", .string(i.perpetrator)),
                    ("suspected", .str(i.suspected)),
                    ("target", .str(i.target)),
                    ("killed", .num(i.killed)),
                    ("wounded", .num(i.wounded)),
                    ("status", .string(i.status.rawValue)),
                    ("source_count", .int(i.sources.count)),
                    ("url", .string(model.urls.absolute(SiteModel.incidentPath(i.id)))),
                ])),
            ])
        }
        return JSON.object([("type", .string("FeatureCollection")), ("features", .array(features))]).render() + "\n"
    }
}
