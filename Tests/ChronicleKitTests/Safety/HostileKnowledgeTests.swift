import Foundation
import Testing
@testable import ChronicleKit

/// The hostile corpus of `HostileContentTests`, this time as the names and aliases of the user's
/// own actors and places (`Content/data/actors.yml`, `places.yml`). Those names are not article
/// text: they reach actor and location pages, page titles, feeds, the location tree, JSON, CSV and
/// GeoJSON through the knowledge base, so every such output must escape them too.
@Suite struct HostileKnowledgeTests {
    /// Plain words that make each entry's matchable alias distinct ("Zorvak Amber Brigade").
    static let words = ["Amber", "Birch", "Cobalt", "Dune", "Ember", "Fjord", "Garnet", "Harbor", "Indigo", "Jasper",
                        "Kestrel", "Lichen", "Marble", "Nectar", "Onyx", "Pewter", "Quartz", "Russet", "Saffron", "Thistle",
                        "Umber", "Velvet", "Willow", "Xenon", "Yarrow", "Zephyr", "Alder", "Bramble", "Cinder"]
    static var hostile: [String] { HostileContentTests.hostile }

    /// A YAML double-quoted scalar holding `s` exactly.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) || (0x2028...0x202E).contains(u.value) {
                    out += String(format: "\\u%04X", u.value)
                } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    static func actorID(_ i: Int) -> String { "hostile-actor-\(i)" }
    static func placeID(_ i: Int) -> String { "hostile-place-\(i)" }

    /// A project where every actor and place the articles name is a user entry with a hostile
    /// name and a hostile alias, found in the text through a plain alias. Days and places lie far
    /// apart so that no two reports merge: each entry gets an incident of its own.
    static func project() -> TempDir {
        precondition(words.count >= hostile.count)
        let dir = TempDir("chronicle-hostile-kb")
        var actors = "# Hostile names and aliases; each has a plain alias the articles use.\n"
        var places = actors
        for (i, h) in hostile.enumerated() {
            actors += """
            - id: \(actorID(i))
              name: \(quoted(h))
              kind: armed-group
              role: \(quoted(h))
              parent: \(i % 2 == 1 ? quoted(h) : "coalition")
              aliases:
                - Zorvak \(words[i]) Brigade
                - \(quoted(h + " Brigade"))

            """
            places += """
            - id: \(placeID(i))
              name: \(quoted(h))
              kind: site
              parent: erbil\(i % 2 == 1 ? "\n  admin1: \(quoted(h))\n  country: \(quoted(h))" : "")
              aliases:
                - Qarvan \(words[i]) Base
                - \(quoted("Base " + h))
              latitude: \(30 + Double(i) * 0.3)
              longitude: \(40 + Double(i) * 0.3)

            """
            dir.write("Content/articles/k\(String(format: "%02d", i)).md", """
            ---
            title: Rockets hit Qarvan \(words[i]) Base
            published: \(Day(iso: "2024-01-01")!.adding(days: 9 * i).iso)
            outlet: Example Wire
            ---

            ERBIL, Kurdistan Region – The Zorvak \(words[i]) Brigade fired rockets at Qarvan \(words[i]) Base on Monday, killing \(1 + i % 3) people, officials said. The Zorvak \(words[i]) Brigade claimed responsibility for the attack.
            """)
        }
        dir.write("Content/data/actors.yml", actors)
        dir.write("Content/data/places.yml", places)
        return dir
    }

    @Test func hostileNamesLoadUnchanged() {
        let dir = Self.project(); defer { dir.remove() }
        let (kb, diags) = KnowledgeBase.load(contentDir: dir.path + "/Content", fileSystem: DiskFileSystem())
        // Only the odd entries' unknown (hostile) actor parents are reported, as warnings.
        #expect(diags.allSatisfy { $0.severity == .warning && $0.message.contains("unknown parent") }, "\(diags)")
        #expect(diags.count == Self.hostile.count / 2)
        for (i, h) in Self.hostile.enumerated() {
            #expect(kb.actors.actor(id: Self.actorID(i))?.name == h)
            #expect(kb.gazetteer.place(id: Self.placeID(i))?.name == h)
            #expect(kb.gazetteer.place(id: Self.placeID(i))?.aliases.contains("Base " + h) == true)
        }
    }

    @Test(.enabled(if: SafetySite.ready, "needs the site templates"))
    func builtSiteCarriesHostileNamesInertly() throws {
        let dir = Self.project(); defer { dir.remove() }
        let summary = try SiteBuilder.build(BuildOptions(contentDir: dir.path + "/Content", templatesDir: SafetySite.templates,
                                                         outputDir: dir.path + "/Site", workers: 2))
        #expect(summary.articles == Self.hostile.count)
        let files = TempDir.snapshot(dir.path + "/Site")

        // The names must really have reached the outputs, or the scan below proves nothing.
        let json = try #require(files.first { $0.key.hasSuffix("incidents.json") }?.value, "no incidents.json in \(files.keys.sorted())")
        let strings = Self.strings(in: try JSONSerialization.jsonObject(with: json))
        var missing: [String] = []
        for (i, h) in Self.hostile.enumerated() {
            if !strings.contains(h) { missing.append("name \(i) not in incidents.json") }
            if !files.keys.contains(where: { $0.contains(Self.actorID(i) + "/") || $0.contains(Self.actorID(i) + ".") }) {
                missing.append("no page for \(Self.actorID(i))")
            }
            if !files.keys.contains(where: { $0.contains(Self.placeID(i) + "/") || $0.contains(Self.placeID(i) + ".") }) {
                missing.append("no page for \(Self.placeID(i))")
            }
        }
        #expect(missing.isEmpty, "\(missing.count) missing:\n\(missing.prefix(20).joined(separator: "\n"))")
        let incidents = (try JSONSerialization.jsonObject(with: json) as? [String: Any])?["incidents"] as? [[String: Any]] ?? []
        for (i, h) in Self.hostile.enumerated() where i % 2 == 1 {
            let row = incidents.first { $0["place_id"] as? String == Self.placeID(i) }
            #expect(row?["admin1"] as? String == h && row?["country"] as? String == h, "admin1/country of \(Self.placeID(i))")
        }
        let geojson = try #require(files.first { $0.key.hasSuffix(".geojson") }?.value)
        #expect(Self.strings(in: try JSONSerialization.jsonObject(with: geojson)).isSuperset(of: Self.hostile.filter { !$0.contains("\n") }))
        let csv = String(decoding: try #require(files.first { $0.key.hasSuffix(".csv") }?.value), as: UTF8.self)
        #expect(csv.contains("'=HYPERLINK(") && csv.contains("<SCRIPT SRC=//evil.example/x.js></SCRIPT>"), "names missing from the CSV")

        var problems: [String] = []
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            if path.hasSuffix(".json") || path.hasSuffix(".geojson") {
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(path) is not valid JSON")
            }
            problems += HostileContentTests.leaks(path: path, text: String(decoding: data, as: UTF8.self)).map { "\(path): \($0)" }
        }
        #expect(problems.isEmpty, "\(problems.count) leaks:\n\(problems.prefix(30).joined(separator: "\n"))")
        let html = files.filter { $0.key.hasSuffix(".html") }.map { String(decoding: $0.value, as: UTF8.self) }.joined()
        for literal in ["{{title}}", "{{#articles}}x{{/articles}}", "{% include x %}"] {
            #expect(html.contains(literal), "\(literal) in a name was evaluated or dropped instead of shown")
        }
    }

    static func strings(in value: Any) -> Set<String> {
        switch value {
        case let s as String: [s]
        case let a as [Any]: a.reduce(into: Set<String>()) { $0.formUnion(strings(in: $1)) }
        case let d as [String: Any]: d.values.reduce(into: Set<String>()) { $0.formUnion(strings(in: $1)) }
        default: []
        }
    }
}
