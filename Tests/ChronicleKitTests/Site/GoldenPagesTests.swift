import Foundation
import Testing
@testable import ChronicleKit

/// Whole pages of the fixture site compared byte for byte to `Fixtures/site-basic/expected/`.
/// After an intended change, regenerate with `CHRONICLE_UPDATE_GOLDEN=1 swift test --filter GoldenPagesTests`
/// and read the diff before committing it.
@Suite struct GoldenPagesTests {
    static let pages = ["index.html", "timeline/index.html", "incidents/2024-03-04-alpha-air-base-rocket-attack/index.html",
                        "articles/2024-03-05-rockets-strike-near-air-base/index.html", "locations/index.html",
                        "actors/index.html", "data/incidents.csv", "feed.xml"]

    @Test(arguments: pages)
    func pageMatchesGolden(path: String) throws {
        let site = try SiteFixture.build()
        let actual = try #require(site[path])
        let expectedPath = SiteFixture.fixtureDir + "/expected/" + path
        if ProcessInfo.processInfo.environment["CHRONICLE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(atPath: (expectedPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try actual.write(to: URL(fileURLWithPath: expectedPath))
            return
        }
        let expected = try Data(contentsOf: URL(fileURLWithPath: expectedPath))
        if actual != expected {
            let a = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
            let e = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
            let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("\(path) differs from golden at line \(line + 1):\n  expected: \(line < e.count ? e[line] : "<end>")\n  actual:   \(line < a.count ? a[line] : "<end>")")
        }
    }
}

extension GoldenPagesTests {
    /// Writes the whole fixture site to `CHRONICLE_SITE_OUT` (for the validator, link checker and
    /// screenshots); checks the written tree matches the in-memory one.
    @Test func writeFixtureSiteWhenAsked() throws {
        guard let out = ProcessInfo.processInfo.environment["CHRONICLE_SITE_OUT"] else { return }
        let site = try SiteFixture.build()
        for (path, data) in site {
            let full = out + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: full))
        }
        #expect(try DiskFileSystem().listFiles(in: out).count == site.count)
    }
}
