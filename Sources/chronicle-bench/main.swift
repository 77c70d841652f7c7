import ArgumentParser
import ChronicleKit
import Foundation

/// Times the extraction stage in-process, without start-up, file reading or output: each article is ingested
/// once, then `IncidentExtractor.extract` runs on it many times and the median is kept. Prints figures only
/// (speed is measured, not asserted); `scripts/bench-extract.sh` runs it next to the whole-command timings.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle-bench",
        abstract: "Median time of the ingest and extract stages per article, and per 1,000 words.")

    @Argument(help: "Article files or folders (raw text or Markdown with front matter).")
    var paths: [String]

    @Option(help: "Timed runs per article (the median is reported).")
    var iterations = 25

    @Flag(help: "One line per article.")
    var verbose = false

    func run() throws {
        let files = try paths.flatMap(Self.files).sorted()
        guard !files.isEmpty else { throw ValidationError("no article files under \(paths.joined(separator: " "))") }
        let extractor = IncidentExtractor(knowledge: KnowledgeBase.builtIn())
        var totalWords = 0, totalBodyWords = 0
        var totalIngest = 0.0, totalExtract = 0.0
        var incidents = 0
        for path in files {
            let source = SourceFile(path: path, text: try String(contentsOfFile: path, encoding: .utf8))
            guard let article = ArticleIngester.ingest(source).0 else { continue }
            let words = Self.words(source.text)
            let bodyWords = Self.words(([article.title] + article.paragraphs).joined(separator: "\n"))
            let ingest = Self.median(iterations) { _ = ArticleIngester.ingest(source) }
            var found = 0
            let extract = Self.median(iterations) { found = extractor.extract(from: article).incidents.count }
            totalWords += words; totalBodyWords += bodyWords
            totalIngest += ingest; totalExtract += extract
            incidents += found
            if verbose {
                print(String(format: "%@: %d words (%d after cleaning), ingest %.3f ms, extract %.3f ms = %.3f ms per 1,000 words, %d incidents",
                             (path as NSString).lastPathComponent, words, bodyWords, ingest * 1000, extract * 1000, extract * 1e6 / Double(max(words, 1)), found))
            }
        }
        print(String(format: "%d articles, %d words (%d after cleaning), %d incidents; median of %d runs each (CPU time of the thread)",
                     files.count, totalWords, totalBodyWords, incidents, iterations))
        print(String(format: "extract: %.3f ms per article, %.3f ms per 1,000 words (%.3f per 1,000 words after cleaning)",
                     totalExtract * 1000 / Double(files.count), totalExtract * 1e6 / Double(totalWords), totalExtract * 1e6 / Double(totalBodyWords)))
        print(String(format: "ingest + extract: %.3f ms per article, %.3f ms per 1,000 words",
                     (totalIngest + totalExtract) * 1000 / Double(files.count), (totalIngest + totalExtract) * 1e6 / Double(totalWords)))
    }

    static func files(_ path: String) throws -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw ValidationError("\(path): no such file or folder") }
        guard isDir.boolValue else { return [path] }
        return try FileManager.default.contentsOfDirectory(atPath: path)
            .filter { !$0.hasPrefix(".") && ($0.hasSuffix(".md") || $0.hasSuffix(".txt") || $0.hasSuffix(".markdown")) }
            .map { (path as NSString).appendingPathComponent($0) }
    }

    /// Words as `wc -w` counts them: runs of non-space characters.
    static func words(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }

    /// Median seconds of `n` runs after two warm-up runs, in CPU time of this thread: on a shared machine wall
    /// time also counts the slices other processes take, which no median filters out.
    static func median(_ n: Int, _ body: () -> Void) -> Double {
        body(); body()
        func now() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        var times: [Double] = []
        for _ in 0..<max(1, n) {
            let start = now()
            body()
            times.append(now() - start)
        }
        times.sort()
        return times[times.count / 2]
    }
}
