import Foundation
import Testing
@testable import ChronicleKit

/// Same input → byte-identical site, whatever the worker count, time zone, locale or clock.
@Suite(.serialized, .enabled(if: SafetySite.ready, "needs the site templates"))
struct DeterminismTests {
    func build(_ dir: TempDir, output: String, workers: Int) throws -> [String: Data] {
        _ = try SiteBuilder.build(BuildOptions(contentDir: dir.path + "/Content", templatesDir: SafetySite.templates,
                                               outputDir: dir.path + "/" + output, workers: workers))
        return TempDir.snapshot(dir.path + "/" + output)
    }

    @Test func twoBuildsAndWorkerCountsGiveIdenticalTrees() throws {
        let dir = TempDir("chronicle-det"); defer { dir.remove() }
        SafetySite.generateCorpus(120, into: dir.path + "/Content")
        let serial = try build(dir, output: "One", workers: 1)
        let again = try build(dir, output: "Two", workers: 1)
        let parallel = try build(dir, output: "Many", workers: 8)
        #expect(serial.count > 120)
        #expect(serial == again)
        #expect(serial == parallel, "differs: \(Set(serial.keys).symmetricDifference(parallel.keys).sorted().prefix(5)) \(serial.keys.filter { serial[$0] != parallel[$0] }.sorted().prefix(5))")
    }

    @Test(.enabled(if: CLIRunner.executable != nil, "needs the built chronicle executable"))
    func timeZoneLocaleAndClockDoNotMatter() throws {
        let dir = TempDir("chronicle-det"); defer { dir.remove() }
        SafetySite.generateCorpus(40, into: dir.path + "/Content")
        let base = ["build", "--content", "Content", "--templates", SafetySite.templates, "--output"]
        let a = try CLIRunner.run(base + ["A"], in: dir.path, environment: ["TZ": "UTC", "LC_ALL": "C", "LANG": "C"])
        Thread.sleep(forTimeInterval: 1.1) // a later wall clock second
        let b = try CLIRunner.run(base + ["B", "--jobs", "3"], in: dir.path,
                                  environment: ["TZ": "Pacific/Kiritimati", "LC_ALL": "tr_TR.UTF-8", "LANG": "tr_TR.UTF-8", "CHRONICLE_THREADS": "3"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\n\(b.stderr)")
        let sa = TempDir.snapshot(dir.path + "/A"), sb = TempDir.snapshot(dir.path + "/B")
        #expect(!sa.isEmpty && sa == sb, "differs: \(sa.keys.filter { sa[$0] != sb[$0] }.sorted().prefix(5))")
    }
}
