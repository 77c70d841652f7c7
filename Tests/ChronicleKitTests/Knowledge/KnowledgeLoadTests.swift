import Foundation
import Testing
@testable import ChronicleKit

/// The user's Content/data/places.yml and actors.yml extending the shipped data.
@Suite struct KnowledgeLoadTests {
    @Test func noUserFilesGivesBuiltIn() {
        let (kb, diags) = KnowledgeBase.load(contentDir: "Content", fileSystem: MemoryFileSystem())
        #expect(diags.isEmpty)
        #expect(kb.gazetteer.places.count == KnowledgeBase.builtIn().gazetteer.places.count)
    }

    @Test func userEntriesExtendAndOverride() throws {
        let fs = MemoryFileSystem(texts: [
            "Content/data/places.yml": """
            - id: camp-nowhere
              name: Camp Nowhere
              kind: site
              parent: anbar
              aliases: [Nowhere base]
              lat: 33.1
              lon: 42.1
            - id: erbil
              aliases: [Erbilopolis]
            """,
            "Content/data/actors.yml": """
            - id: brigade-x
              name: Brigade X
              kind: armed-group
              aliases: [BX Brigade]
              parent: iran-backed-militias
            - id: pmf
              role: umbrella of militias
              aliases: [Mobilisation]
            """,
        ])
        let (kb, diags) = KnowledgeBase.load(contentDir: "Content", fileSystem: fs)
        #expect(diags.isEmpty, "\(diags)")
        let camp = try #require(kb.gazetteer.place(id: "camp-nowhere"))
        #expect(camp.admin1 == "Anbar" && camp.country == "Iraq")
        #expect(kb.gazetteer.ancestors(of: camp).map(\.id) == ["camp-nowhere", "anbar", "iraq"])
        #expect(kb.gazetteer.mentions(in: "rockets hit Nowhere base").map(\.entry.id) == ["camp-nowhere"])
        #expect(kb.gazetteer.mentions(in: "in Erbilopolis").map(\.entry.id) == ["erbil"])
        #expect(kb.gazetteer.mentions(in: "in Irbil").map(\.entry.id) == ["erbil"], "built-in aliases are kept")
        #expect(kb.actors.mentions(in: "the BX Brigade").map(\.entry.id) == ["brigade-x"])
        let pmf = try #require(kb.actors.actor(id: "pmf"))
        #expect(pmf.role == "umbrella of militias")
        #expect(pmf.aliases.contains("PMF") && pmf.aliases.contains("Mobilisation"))
        // The shipped base is untouched.
        #expect(KnowledgeBase.builtIn().gazetteer.place(id: "camp-nowhere") == nil)
    }

    @Test func malformedYAMLReportsFileAndLine() throws {
        let fs = MemoryFileSystem(texts: [
            "Content/data/places.yml": "- id: a\n  name: A\n  aliases: [unclosed\n- id: b\n",
        ])
        let (_, diags) = KnowledgeBase.load(contentDir: "Content", fileSystem: fs)
        let d = try #require(diags.first)
        #expect(d.severity == .error)
        #expect(d.location.file == "Content/data/places.yml")
        #expect(d.location.line != nil)
    }

    @Test func wrongTypesReportTheirLine() throws {
        let fs = MemoryFileSystem(texts: [
            "Content/data/places.yml": """
            - id: camp-a
              name: Camp A
              kind: fortress
              parent: anbar
            - id: camp-b
              name: Camp B
              parent: anbar
              lat: north
              aliases: {a: b}
            """,
            "Content/data/actors.yml": "id: not-a-list\n",
        ])
        let (kb, diags) = KnowledgeBase.load(contentDir: "Content", fileSystem: fs)
        let errors = diags.filter { $0.severity == .error }
        let lines = errors.filter { $0.location.file == "Content/data/places.yml" }.compactMap(\.location.line)
        #expect(lines.contains(3), "kind at line 3: \(errors)")
        #expect(lines.contains(8), "lat at line 8: \(errors)")
        #expect(lines.contains(9), "aliases at line 9: \(errors)")
        #expect(errors.contains { $0.location.file == "Content/data/actors.yml" && $0.location.line == 1 })
        #expect(kb.gazetteer.place(id: "camp-b") != nil, "the entry still loads with its good fields")
    }

    @Test func unknownParentIsReported() {
        let fs = MemoryFileSystem(texts: ["Content/data/places.yml": "- id: x\n  name: X\n  parent: no-such-province\n"])
        let (_, diags) = KnowledgeBase.load(contentDir: "Content", fileSystem: fs)
        #expect(diags.contains { $0.location.line == 1 && $0.message.contains("no-such-province") })
    }

    @Test func userNameBeatsBuiltInOnSameAlias() {
        let fs = MemoryFileSystem(texts: ["Content/data/places.yml": "- id: my-baghdad\n  name: Baghdad\n  kind: city\n  parent: iraq\n"])
        let (kb, _) = KnowledgeBase.load(contentDir: "Content", fileSystem: fs)
        #expect(kb.gazetteer.mentions(in: "in Baghdad").map(\.entry.id) == ["my-baghdad"])
    }
}

@Suite struct NamedLookupTests {
    let kb = KnowledgeBase.builtIn()

    @Test func wholeNamesResolve() {
        #expect(kb.gazetteer.place(named: "Irbil")?.id == "erbil")
        #expect(kb.gazetteer.place(named: " Ain al-Assad ")?.id == "ain-al-asad-air-base")
        #expect(kb.gazetteer.place(named: "Baghdad airport")?.id == "baghdad-international-airport")
        #expect(kb.gazetteer.place(named: "Baghdad and Erbil") == nil)
        #expect(kb.gazetteer.place(named: "somewhere in Baghdad") == nil)
        #expect(kb.actors.actor(named: "Kata'ib Hizballah")?.id == "kataib-hezbollah")
        #expect(kb.actors.actor(named: "Popular Mobilization Forces")?.id == "pmf")
        #expect(kb.actors.actor(named: "unknown") == nil)
    }
}
