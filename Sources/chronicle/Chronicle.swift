import ArgumentParser
import ChronicleKit
import Foundation

@main
struct Chronicle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Turns news reports into an incident chronicle: a static site of dated, placed, attributed incidents with their evidence.",
        version: "0.1.0",
        subcommands: [Build.self, Extract.self],
        defaultSubcommand: Build.self
    )
}

/// Prints diagnostics to stderr as `file:line:col: severity: message`, errors last so they stay on screen.
func report(_ diagnostics: [Diagnostic]) {
    for d in diagnostics.sorted(by: { ($0.severity, $0) < ($1.severity, $1) }) {
        FileHandle.standardError.write(Data((d.description + "\n").utf8))
    }
}

func fail(_ diagnostics: [Diagnostic]) -> ExitCode {
    report(diagnostics)
    let n = diagnostics.filter { $0.severity == .error }.count
    FileHandle.standardError.write(Data("chronicle: \(n) error\(n == 1 ? "" : "s"); nothing was written\n".utf8))
    return ExitCode(1)
}
