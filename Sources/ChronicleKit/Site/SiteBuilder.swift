import Foundation

public struct BuildOptions: Sendable {
    public var contentDir: String
    public var templatesDir: String
    public var outputDir: String
    public var baseURL: String?
    public var force: Bool
    public var workers: Int

    public init(contentDir: String = "Content", templatesDir: String = "Templates", outputDir: String = "Site",
                baseURL: String? = nil, force: Bool = false, workers: Int = Parallel.defaultWorkers) {
        self.contentDir = contentDir
        self.templatesDir = templatesDir
        self.outputDir = outputDir
        self.baseURL = baseURL
        self.force = force
        self.workers = workers
    }
}

public struct BuildSummary: Sendable, CustomStringConvertible {
    public var articles: Int
    public var incidents: Int
    public var pages: Int
    public var seconds: Double
    public var warnings: [Diagnostic]

    public var description: String {
        String(format: "built %d articles, %d incidents, %d files in %.2f s", articles, incidents, pages, seconds)
    }
}

/// `chronicle build`, as a recipe of ordered steps (like Zola's `Site::build`):
/// settings → knowledge → articles and reviewed incidents → templates → analysis → pages and
/// data files → write through the sink → swap the staged folder in.
/// Any error stops the build before the output folder is touched.
public enum SiteBuilder {
    /// Builds from disk into `options.outputDir` through a staged folder.
    public static func build(_ options: BuildOptions) throws -> BuildSummary {
        let fs = DiskFileSystem()
        // Check the inputs before creating a staging folder, so a bad run leaves nothing behind.
        let site = try generate(options, fileSystem: fs)
        let staged: StagedOutput
        do {
            staged = try StagedOutput(outputDir: options.outputDir, contentDir: options.contentDir,
                                      templatesDir: options.templatesDir, force: options.force)
        } catch let failure as BuildFailure { throw failure } catch let d as Diagnostic { throw BuildFailure([d]) } catch {
            throw BuildFailure([.error(SourceLocation(file: options.outputDir), "cannot prepare the output folder: \(error.localizedDescription)")])
        }
        var summary = site.summary
        do {
            try write(site.items, to: staged, workers: options.workers)
            try staged.commit()
            summary.seconds = Date().timeIntervalSince(site.started)
        } catch {
            staged.abandon()
            if let failure = error as? BuildFailure { throw failure }
            throw BuildFailure([.error(SourceLocation(file: options.outputDir), "cannot write the site: \(error.localizedDescription)")])
        }
        return summary
    }

    /// Builds into any sink (tests use `MemorySink`); nothing is committed.
    public static func build(_ options: BuildOptions, fileSystem: FileSystem, into sink: OutputSink) throws -> BuildSummary {
        let site = try generate(options, fileSystem: fileSystem)
        try write(site.items, to: sink, workers: options.workers)
        var summary = site.summary
        summary.seconds = Date().timeIntervalSince(site.started)
        return summary
    }

    /// One output file, made on demand: pages are rendered batch by batch while writing, so a
    /// build never holds every page of a large chronicle in memory at once.
    public struct OutputItem {
        public var path: String
        public var make: () -> Data
    }

    /// A site ready to be written: every output file (sorted by path) and the build summary.
    public struct GeneratedSite {
        public var items: [OutputItem]
        public var summary: BuildSummary
        public var started: Date
    }

    /// Pages rendered per batch: large enough to keep both cores busy, small enough to bound memory.
    static let batchSize = 512

    /// Renders in parallel batch by batch and writes each batch in path order.
    static func write(_ items: [OutputItem], to sink: OutputSink, workers: Int) throws {
        var start = 0
        while start < items.count {
            let batch = Array(items[start..<min(start + batchSize, items.count)])
            let bytes = Parallel.map(batch, workers: workers) { $0.make() }
            for (item, data) in zip(batch, bytes) { try sink.write(item.path, data) }
            start += batchSize
        }
    }

    /// Runs every step and returns the files, or throws a `BuildFailure` with every error found.
    public static func generate(_ options: BuildOptions, fileSystem fs: FileSystem) throws -> GeneratedSite {
        let started = Date()
        var diags: [Diagnostic] = []
        let content = options.contentDir.hasSuffix("/") ? String(options.contentDir.dropLast()) : options.contentDir

        // 1. Settings (the --base-url option wins over site.yml).
        var (config, configDiags) = SiteConfig.load(contentDir: content, fileSystem: fs)
        diags += configDiags
        if let override = options.baseURL {
            if let problem = SiteURLs.problem(with: override) {
                diags.append(.error(SourceLocation(file: "--base-url"), problem))
            } else { config.baseURL = override }
        }

        // 2. Knowledge base: the shipped gazetteer and actors, extended by Content/data/*.yml.
        let (knowledge, knowledgeDiags) = KnowledgeBase.load(contentDir: content, fileSystem: fs)
        diags += knowledgeDiags

        // 3–4. Articles (read in parallel, kept in path order) and reviewed incidents.
        let (loaded, loadDiags) = ContentLoader.load(contentDir: content, fileSystem: fs, workers: options.workers)
        diags += loadDiags

        // 5. Templates, checked before any work is done with them.
        let (templatesOpt, templateDiags) = TemplateSet.load(folder: options.templatesDir, fileSystem: fs)
        diags += templateDiags

        // 6. Ingest, extract, merge, review — also when earlier steps found errors, so one run
        // lists every error (a bad front matter is reported alongside a broken template).
        let (corpus, analysisDiags) = Corpus.analyze(files: loaded.articles, knowledge: knowledge, reviewed: loaded.reviewed, workers: options.workers)
        diags += analysisDiags
        if diags.hasErrors { throw BuildFailure(diags) }
        guard let templates = templatesOpt else { throw BuildFailure(diags) }

        // 7. Pages: Markdown rendered (serialised cmark), then templates rendered in parallel.
        let model = SiteModel(corpus: corpus, config: config)
        if !model.urls.isAbsolute {
            diags.append(.warning(SourceLocation(file: content + "/site.yml"), "base_url '\(config.baseURL)' is not an absolute URL; feed and sitemap links will be relative — set base_url: https://example.org/"))
        }
        let items = plan(model: model, templates: templates)

        let summary = BuildSummary(articles: corpus.articles.count, incidents: corpus.incidents.count, pages: items.count,
                                   seconds: Date().timeIntervalSince(started), warnings: diags.filter { $0.severity == .warning }.sorted())
        return GeneratedSite(items: items, summary: summary, started: started)
    }

    /// Every output file of the site for a model, sorted by path; bytes independent of `workers`.
    public static func render(model: SiteModel, templates: TemplateSet, workers: Int) -> [(path: String, bytes: Data)] {
        let items = plan(model: model, templates: templates)
        return zip(items, Parallel.map(items, workers: workers) { $0.make() }).map { ($0.path, $1) }
    }

    /// What the site consists of: one item per output file, sorted by path (last writer wins when
    /// an asset is named like a page, deterministically).
    public static func plan(model: SiteModel, templates: TemplateSet) -> [OutputItem] {
        let assembler = PageAssembler(model: model)
        let jobs = assembler.jobs()
        var items: [OutputItem] = jobs.map { job in
            OutputItem(path: job.path) { Data(templates.render(job.template, job.context.fields).utf8) }
        }
        func text(_ path: String, _ make: @escaping () -> String) { items.append(OutputItem(path: path) { Data(make().utf8) }) }
        text("data/incidents.json") { IncidentsDocument.render(model.corpus) }
        text("data/incidents.csv") { IncidentsCSV.render(model) }
        text("data/incidents.geojson") { IncidentsGeoJSON.render(model) }
        text("feed.xml") { Feeds.atom(model, title: model.config.title, selfPath: "feed.xml", pagePath: "", incidents: model.incidentsNewestFirst) }
        for e in model.actors.entries {
            let p = SiteModel.actorPath(e.id)
            text(p + "feed.xml") {
                Feeds.atom(model, title: "\(e.name) · \(model.config.title)", selfPath: p + "feed.xml", pagePath: p,
                           incidents: model.incidents(e.perpetrator + e.suspected + e.target))
            }
        }
        for id in model.locations.ordered {
            guard let n = model.locations.nodes[id] else { continue }
            let p = SiteModel.locationPath(id)
            text(p + "feed.xml") {
                Feeds.atom(model, title: "\(n.name) · \(model.config.title)", selfPath: p + "feed.xml", pagePath: p,
                           incidents: model.incidents(n.incidents))
            }
        }
        let pagePaths = jobs.map(\.path).filter { $0.hasSuffix("index.html") }.map { String($0.dropLast("index.html".count)) }.sorted()
        text("sitemap.xml") { Feeds.sitemap(model, pages: pagePaths) }
        text("robots.txt") { Feeds.robots(model) }
        for (path, data) in templates.assets { items.append(OutputItem(path: path) { data }) }
        var seen: [String: Int] = [:]
        var unique: [OutputItem] = []
        for item in items {
            if let i = seen[item.path] { unique[i] = item } else { seen[item.path] = unique.count; unique.append(item) }
        }
        return unique.sorted { $0.path < $1.path }
    }
}
