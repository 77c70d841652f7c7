import Foundation
@testable import ChronicleKit

/// Shared by the tests that need the whole site pipeline (templates from the repository).
enum SafetySite {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static var templates: String { repoRoot + "/Templates" }
    /// The site pipeline (templates and the real SiteBuilder) is present.
    static var ready: Bool { FileManager.default.fileExists(atPath: templates + "/base.mustache") }

    /// A content folder of `count` generated wire reports (varied places, weapons, days), deterministic.
    static func generateCorpus(_ count: Int, into dir: String, variant: String = "") {
        let places = ["Erbil air base", "Ain al-Asad air base", "Camp Taji", "Harir air base", "Baghdad airport", "Mosul", "Kirkuk", "Basra"]
        let weapons = ["rockets", "mortar rounds", "a drone", "a roadside bomb"]
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        for i in 0..<count {
            let day = Day(iso: "2023-01-01")!.adding(days: i % 700)
            let place = places[i % places.count], weapon = weapons[(i / 3) % weapons.count]
            let text = """
            ---
            title: "\(weapon.prefix(1).uppercased() + weapon.dropFirst()) hit \(place) \(i)\(variant)"
            published: \(day.iso)
            outlet: Example Wire
            ---

            \(place.uppercased()) – \(weapon.prefix(1).uppercased() + weapon.dropFirst()) struck \(place) late on \(days[i % 7]), wounding \(i % 5) people, security officials said.

            No group claimed responsibility. Officials said an investigation was under way.
            """
            let path = dir + "/articles/\(String(format: "%05d", i)).md"
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        }
    }
}
