import Foundation
import Testing
@testable import ChronicleKit

/// Exit status tells the truth: 0 with warnings only, 1 with any error, 2 for usage errors; never a signal.
@Suite(.enabled(if: CLIRunner.executable != nil, "the chronicle executable is not built (run `swift build`)"))
struct ExitStatusTests {
    @Test(arguments: [["--bogus"], ["build", "--jobs", "0"], ["extract"], ["extract", "--format", "xml", "x"], ["frobnicate", "x"]])
    func usageErrorsExitTwo(_ args: [String]) throws {
        let dir = TempDir(); defer { dir.remove() }
        let r = try CLIRunner.run(args, in: dir.path)
        #expect(r.status == 2 && !r.signaled, "\(args): \(r.status) \(r.stderr)")
        #expect(!r.stderr.isEmpty)
    }

    @Test(arguments: [["--help"], ["--version"], ["build", "--help"]])
    func helpExitsZero(_ args: [String]) throws {
        let dir = TempDir(); defer { dir.remove() }
        let r = try CLIRunner.run(args, in: dir.path)
        #expect(r.status == 0 && !r.stdout.isEmpty)
    }

    @Test func warningsOnlyExitZeroAndStillPrintTheDocument() throws {
        let dir = TempDir(); defer { dir.remove() }
        dir.write("a/good.md", goodArticle)
        dir.write("a/extra.md", "---\ntitle: Drones\npublished: 2024-01-03\nauthour: x\n---\n\nDrones hit a base.\n")
        dir.write("a/empty.md", "")
        let r = try CLIRunner.run(["extract", "a"], in: dir.path)
        #expect(r.status == 0)
        #expect(r.stderr.contains("a/extra.md:4:1: warning: unknown front-matter key 'authour'"))
        #expect(r.stderr.contains("a/empty.md:1: warning: article is empty"))
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect((json?["articles"] as? [Any])?.count == 2)
    }

    @Test func everyErrorIsListedAndStatusIsOne() throws {
        let dir = TempDir(); defer { dir.remove() }
        dir.write("a/good.md", goodArticle)
        dir.write("a/bad-date.md", "---\ntitle: A\npublished: yesterday\n---\n\nText.\n")
        dir.write("a/bad-yaml.md", "---\ntitle: [x\n---\n\nText.\n")
        dir.write("a/binary.md", Data([0x41, 0, 0x42]))
        let r = try CLIRunner.run(["extract", "a", "missing.md"], in: dir.path)
        #expect(r.status == 1 && !r.signaled)
        #expect(r.stdout.isEmpty) // no half document on stdout
        for needle in ["a/bad-date.md:3:1: error:", "a/bad-yaml.md:3:1: error:", "a/binary.md: error:", "missing.md: error: no such file or folder",
                       "chronicle: 4 errors; nothing was written"] {
            #expect(r.stderr.contains(needle), "\(needle) missing from:\n\(r.stderr)")
        }
    }

    @Test func closedPipeIsNotASignal() throws {
        let dir = TempDir(); defer { dir.remove() }
        // Enough output (> 64 KiB pipe buffer) that chronicle is still writing when `head` has gone.
        for i in 0..<800 { dir.write("a/\(i).md", goodArticle.replacingOccurrences(of: "Rockets hit base", with: "Rockets hit base \(i)")) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", "'\(CLIRunner.executable!)' extract a 2>/dev/null | head -c 1 >/dev/null; echo ${PIPESTATUS[0]}"]
        p.currentDirectoryURL = URL(fileURLWithPath: dir.path)
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let status = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        #expect(status == 0 || status == 1, "exit status \(status) (128+13 = SIGPIPE)")
    }
}
