import ArgumentParser
import ChronicleKit
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Extract incidents from article files or folders without building a site.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, markdown }

    @Option(help: "Output format: json (the incidents document) or markdown (one document per article and incident).") var format: Format = .json
    @Option(help: "Content folder whose data/ extends the knowledge base.") var content: String?
    @Argument(help: "Article files or folders.") var paths: [String]

    func run() throws {
        let reader = ContentReader()
        var (files, diags) = reader.articlePaths(paths)
        var sources: [SourceFile] = []
        for f in files {
            let (source, d) = reader.read(f)
            diags += d
            if let source { sources.append(source) }
        }
        files = []
        var knowledge = KnowledgeBase.builtIn()
        if let content {
            let (loaded, knowledgeDiags) = KnowledgeBase.load(contentDir: content, fileSystem: DiskFileSystem())
            knowledge = loaded
            diags += knowledgeDiags
        }
        let (corpus, analysisDiags) = Corpus.analyze(files: sources, knowledge: knowledge)
        diags += analysisDiags
        if diags.hasErrors { throw fail(diags) }
        report(diags)
        switch format {
        case .json:
            try writeOut(IncidentsDocument.render(corpus))
        case .markdown:
            try writeOut(MarkdownExport.documents(corpus))
        }
    }
}
