import Foundation
import PropertyBased
import Testing

/// Reproducible property checks.
///
/// swift-property-based's `propertyCheck` seeds every case from the system's random source, so
/// two CI runs test different inputs and a failure can only be replayed by copying the
/// `.fixedSeed(…)` trait from the log into the source (a trait that then runs a single case and
/// always records an issue, so it cannot stay in the tests). `seededCheck` instead derives each
/// case's generator state from one base seed, the check's label and the case index: the default
/// run is the same every time, `CHRONICLE_FUZZ_SEED` explores other inputs, and every issue a
/// case records carries the exact environment that replays it.
enum FuzzSeed {
    static let seedVariable = "CHRONICLE_FUZZ_SEED"
    static let caseVariable = "CHRONICLE_FUZZ_CASE"
    /// The seed CI uses; changing it changes every generated input.
    static let defaultSeed: UInt64 = 20_240_101

    /// A seed from the environment: decimal, `0x…` hexadecimal, or `random` for a fresh one
    /// (reported in failures like any other). Anything else is a mistake worth stopping for.
    static func parse(_ text: String?) -> Result<UInt64, SeedError> {
        guard let raw = text?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return .success(defaultSeed) }
        if raw.lowercased() == "random" { return .success(UInt64.random(in: 0...UInt64.max)) }
        let lower = raw.lowercased()
        let value = lower.hasPrefix("0x") ? UInt64(lower.dropFirst(2), radix: 16) : UInt64(lower)
        guard let value else { return .failure(SeedError(text: raw)) }
        return .success(value)
    }

    struct SeedError: Error, CustomStringConvertible {
        var text: String
        var description: String { "\(FuzzSeed.seedVariable)='\(text)' is not a seed; use a decimal number, 0x-prefixed hex, or `random`" }
    }

    /// The base seed of this test process, read once so every check of a run agrees.
    static let base: Result<UInt64, SeedError> = parse(ProcessInfo.processInfo.environment[seedVariable])

    /// Only this case index runs when `CHRONICLE_FUZZ_CASE` is set (replaying one failure fast).
    static let onlyCase: Int? = ProcessInfo.processInfo.environment[caseVariable].flatMap { Int($0) }

    /// FNV-1a, because `Hasher` is randomly seeded per process and would defeat the point.
    static func stableHash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// The generator of one case: SplitMix64 spreads (base, label, index) over xoshiro's 256 bits
    /// of state (SplitMix never yields an all-zero state, which xoshiro cannot leave).
    static func generator(base: UInt64, label: String, index: Int) -> Xoshiro {
        var g = SplitMix64(state: base ^ stableHash(label) ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15))
        return Xoshiro(seed: (g.next(), g.next(), g.next(), g.next()))
    }

    static func replayHint(base: UInt64, index: Int, test: String) -> String {
        "fuzz case \(index) of seed \(base); replay with: \(seedVariable)=\(base) \(caseVariable)=\(index) swift test --filter '\(test)'"
    }
}

/// Counts the error-severity issues a case records (handlers run on any thread).
private final class IssueTally: @unchecked Sendable {
    private let lock = NSLock()
    private var errors = 0
    func add() { lock.lock(); errors += 1; lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return errors }
}

/// Runs `body` on `count` generated inputs, deterministically (see `FuzzSeed`). Stops at the
/// first failing case; each issue it recorded names the seed, the case and the input.
func seededCheck<Value, Shrinks>(
    count: Int,
    input: Generator<Value, Shrinks>,
    label: String = #function,
    fileID: String = #fileID,
    sourceLocation: SourceLocation = #_sourceLocation,
    perform body: (Value) async throws -> Void
) async {
    let base: UInt64
    switch FuzzSeed.base {
    case .success(let b): base = b
    case .failure(let e): Issue.record("\(e)", sourceLocation: sourceLocation); return
    }
    guard let test = Test.current else {
        Issue.record("seededCheck must run inside a @Test", sourceLocation: sourceLocation); return
    }
    let checkLabel = fileID + "/" + label
    let testFilter = (fileID.split(separator: "/").last.map { String($0.dropLast(6)) } ?? "") + "/" + (test.name.split(separator: "(").first.map(String.init) ?? test.name)
    let indices = FuzzSeed.onlyCase.map { [$0] } ?? Array(0..<count)
    for index in indices {
        var rng = FuzzSeed.generator(base: base, label: checkLabel, index: index)
        let value: Value
        do {
            value = try input.run(using: &rng, limit: 10_000)
        } catch {
            Issue.record("\(error)\n\(FuzzSeed.replayHint(base: base, index: index, test: testFilter))", sourceLocation: sourceLocation)
            return
        }
        let shown = String(describingForTest: value)
        let note = Comment(rawValue: FuzzSeed.replayHint(base: base, index: index, test: testFilter)
            + "\ninput: " + (shown.count > 400 ? shown.prefix(400) + "…" : shown))
        let tally = IssueTally()
        let annotate = IssueHandlingTrait.compactMapIssues { issue in
            var issue = issue
            if issue.severity >= .error { tally.add() }
            issue.comments.append(note)
            return issue
        }
        nonisolated(unsafe) let run = body
        nonisolated(unsafe) let argument = value
        try? await annotate.provideScope(for: test, testCase: Test.Case.current) {
            do { try await run(argument) } catch { Issue.record(error) }
        }
        if tally.count > 0 { return }
    }
}
