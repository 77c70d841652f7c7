import ArgumentParser
import ChronicleKit
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site from Content/ and Templates/ into Site/.")

    @Option(help: "Content folder (articles/, incidents/, data/, site.yml).") var content = "Content"
    @Option(help: "Templates folder (Mustache templates and static assets).") var templates = "Templates"
    @Option(help: "Output folder; replaced atomically when the build succeeds.") var output = "Site"
    @Option(name: .customLong("base-url"), help: "Public URL prefix of the site, e.g. https://user.github.io/project/ (overrides site.yml).") var baseURL: String?
    @Option(help: "Worker threads (default: cores, or CHRONICLE_THREADS).") var jobs: Int?
    @Flag(help: "Replace an output folder that chronicle did not create.") var force = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let options = BuildOptions(contentDir: content, templatesDir: templates, outputDir: output, baseURL: baseURL,
                                   force: force, workers: jobs ?? Parallel.defaultWorkers)
        do {
            let summary = try SiteBuilder.build(options)
            report(summary.warnings)
            print(summary.description)
        } catch let failure as BuildFailure {
            throw fail(failure.diagnostics)
        }
    }
}
