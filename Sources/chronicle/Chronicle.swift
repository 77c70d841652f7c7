import ArgumentParser
import ChronicleKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

@main
struct Chronicle: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Turns news reports into an incident chronicle: a static site of dated, placed, attributed incidents with their evidence.",
        discussion: "Exit status: 0 success (warnings only), 1 errors in the input or the build, 2 usage errors.",
        version: "0.1.0",
        subcommands: [Build.self, Extract.self],
        defaultSubcommand: Build.self
    )

    /// Exit statuses that tell the truth: 0 with warnings only, 1 with any error, 2 for a usage
    /// error (ArgumentParser's own default would be 64), never a crash or a signal.
    static func main() {
        // A closed pipe (`chronicle extract | head`) must end in an error status, not SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        Glibc.exit(run(CommandLine.arguments.dropFirst().map { $0 }))
    }

    static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let code as ExitCode {
            return code.rawValue
        } catch let failure as BuildFailure {
            return fail(failure.diagnostics).rawValue
        } catch let diagnostic as Diagnostic {
            return fail([diagnostic]).rawValue
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                return 0
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            return code == .validationFailure ? 2 : (code.rawValue == 0 ? 1 : code.rawValue)
        }
    }
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
