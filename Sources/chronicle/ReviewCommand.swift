import ArgumentParser
import ChronicleKit
import Foundation

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write extracted incidents into Content/incidents/ as draft review files.",
        discussion: """
        Each draft holds the incident's fields, its sources and their evidence, with 'status: draft'; \
        it is not applied until you set 'status: reviewed' (or 'rejected'). Existing files are kept \
        unless --force is given, and files marked reviewed or rejected are never overwritten.
        """
    )

    @Option(help: "Content folder (articles/, incidents/, data/).") var content = "Content"
    @Flag(help: "Write a draft for every extracted incident that has no review file yet.") var all = false
    @Flag(help: "Replace existing draft files (never reviewed or rejected ones).") var force = false
    @Argument(help: "Ids of the incidents to review (see data/incidents.json or the incident pages).") var ids: [String] = []

    func validate() throws {
        if ids.isEmpty && !all { throw ValidationError("name the incident ids to review, or pass --all") }
    }

    func run() throws {
        let fs = DiskFileSystem()
        let (knowledge, kbDiags) = KnowledgeBase.load(contentDir: content, fileSystem: fs)
        let (corpus, diags) = ContentLoader.analyze(contentDir: content, knowledge: knowledge, fileSystem: fs)
        let all = kbDiags + diags
        if all.hasErrors { throw BuildFailure(all) }
        report(all)

        let byID = Dictionary(corpus.incidents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var chosen: [Incident] = []
        var problems: [Diagnostic] = []
        if self.all {
            chosen = corpus.incidents.filter { $0.status == .extracted }
        }
        for id in ids {
            if let inc = byID[id] { chosen.append(inc) } else {
                problems.append(.error(SourceLocation(file: id), "no incident has this id; see data/incidents.json for the current ids"))
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }

        let titles = Dictionary(corpus.articles.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let writer = ContentWriter(fileSystem: fs, force: force)
        var written = 0, kept = 0
        for inc in chosen {
            let path = content + "/incidents/" + inc.id + ".md"
            switch try writer.write(ReviewDraft.text(inc, articleTitles: titles), to: path) {
            case .written:
                written += 1
                try writeOut("wrote \(path)\n")
            case .keptExisting(let reason):
                kept += 1
                writeErr("\(path): warning: kept the existing file: \(reason)\n")
            }
        }
        try writeOut("\(written) draft\(written == 1 ? "" : "s") written, \(kept) existing file\(kept == 1 ? "" : "s") kept\n")
    }
}
