import Foundation
import PropertyBased
import Testing

/// `seededCheck` must make fuzz runs repeatable and failures replayable.
@Suite struct SeededCheckTests {
    /// Values a check generated, collected across the (non-Sendable) body.
    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [Int] = []
        func add(_ x: Int) { lock.lock(); items.append(x); lock.unlock() }
        var all: [Int] { lock.lock(); defer { lock.unlock() }; return items }
    }

    static let numbers = Gen.int(in: 0...1_000_000_000)

    @Test func sameSeedSameInputs() async {
        let a = Seen(), b = Seen()
        await seededCheck(count: 30, input: Self.numbers, label: "fixed") { a.add($0) }
        await seededCheck(count: 30, input: Self.numbers, label: "fixed") { b.add($0) }
        let expected = FuzzSeed.onlyCase == nil ? 30 : 1
        #expect(a.all.count == expected)
        #expect(a.all == b.all, "two runs of one check generated different inputs")
        if FuzzSeed.onlyCase == nil { #expect(Set(a.all).count > 25, "the inputs should vary from case to case") }
        let other = Seen()
        await seededCheck(count: 30, input: Self.numbers, label: "another check") { other.add($0) }
        #expect(other.all != a.all, "different checks should not share one input sequence")
    }

    @Test func generatorDependsOnSeedLabelAndIndex() {
        func first(_ base: UInt64, _ label: String, _ i: Int) -> UInt64 {
            var g = FuzzSeed.generator(base: base, label: label, index: i)
            return g.next()
        }
        #expect(first(1, "x", 0) == first(1, "x", 0))
        #expect(first(1, "x", 0) != first(2, "x", 0))
        #expect(first(1, "x", 0) != first(1, "y", 0))
        #expect(first(1, "x", 0) != first(1, "x", 1))
        // Pinned: FNV-1a is specified, so the label hash must not drift with the toolchain
        // (Swift's Hasher would differ on every process start).
        #expect(FuzzSeed.stableHash("") == 0xcbf2_9ce4_8422_2325)
        #expect(FuzzSeed.stableHash("a") == 0xaf63_dc4c_8601_ec8c)
    }

    @Test func seedsParse() throws {
        #expect(try FuzzSeed.parse(nil).get() == FuzzSeed.defaultSeed)
        #expect(try FuzzSeed.parse("  ").get() == FuzzSeed.defaultSeed)
        #expect(try FuzzSeed.parse("42").get() == 42)
        #expect(try FuzzSeed.parse("0xFF").get() == 255)
        #expect(throws: FuzzSeed.SeedError.self) { try FuzzSeed.parse("forty-two").get() }
        #expect(throws: FuzzSeed.SeedError.self) { try FuzzSeed.parse("-1").get() }
        #expect((try? FuzzSeed.parse("random").get()) != nil)
    }

    /// The issues `body` records, as its test would report them, kept from failing this test.
    /// (`withKnownIssue` cannot be used: it matches an issue when it is recorded, before the
    /// handler inside `seededCheck` has added the replay note.)
    static func captureIssues(_ body: () async -> Void) async -> [Issue] {
        final class Box: @unchecked Sendable {
            let lock = NSLock(); var issues: [Issue] = []
            func add(_ i: Issue) { lock.lock(); issues.append(i); lock.unlock() }
        }
        let box = Box()
        let swallow = IssueHandlingTrait.compactMapIssues { box.add($0); return nil }
        nonisolated(unsafe) let run = body
        guard let test = Test.current else { return [] }
        try? await swallow.provideScope(for: test, testCase: Test.Case.current) { await run() }
        return box.lock.withLock { box.issues }
    }

    @Test(.enabled(if: FuzzSeed.onlyCase == nil, "a replay runs one case, which may pass"))
    func failureNamesSeedAndCase() async throws {
        let base = try FuzzSeed.base.get()
        let ran = Seen()
        let issues = await Self.captureIssues {
            await seededCheck(count: 200, input: Self.numbers, label: "always fails eventually") { n in
                ran.add(n)
                #expect(n % 7 != 3)
            }
        }
        #expect(ran.all.last.map { $0 % 7 == 3 } == true, "the check should stop at the first failing case")
        #expect(ran.all.dropLast().allSatisfy { $0 % 7 != 3 })
        try #require(issues.count == 1, "\(issues)")
        let text = issues[0].comments.map(\.rawValue).joined(separator: "\n")
        #expect(text.contains("\(FuzzSeed.seedVariable)=\(base) \(FuzzSeed.caseVariable)=\(ran.all.count - 1) "), "\(text)")
        #expect(text.contains("--filter 'SeededCheckTests/failureNamesSeedAndCase'"), "\(text)")
        #expect(text.contains("input: \(ran.all.last ?? -1)"), "\(text)")
    }

    @Test(.enabled(if: FuzzSeed.onlyCase == nil, "a replay runs one case, which may pass"))
    func thrownErrorIsAFailureWithTheSeed() async {
        struct Boom: Error {}
        let issues = await Self.captureIssues {
            await seededCheck(count: 5, input: Self.numbers, label: "throws") { _ in throw Boom() }
        }
        #expect(issues.count == 1)
        #expect(issues.first?.error is Boom)
        #expect(issues.first?.comments.contains { $0.rawValue.contains("\(FuzzSeed.caseVariable)=0 ") } == true)
    }

    @Test func passingCheckRecordsNothing() async {
        let issues = await Self.captureIssues {
            await seededCheck(count: 50, input: Self.numbers, label: "passes") { #expect($0 >= 0) }
        }
        #expect(issues.isEmpty)
    }
}
