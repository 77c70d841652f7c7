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
        subcommands: [Build.self, Extract.self, Review.self],
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
                if !message.isEmpty { try? writeOut(message + "\n") }
                return 0
            }
            if !message.isEmpty { writeErr(message + "\n") }
            return code == .validationFailure ? 2 : (code.rawValue == 0 ? 1 : code.rawValue)
        }
    }
}

/// Writes to standard output; a closed pipe (`| head`) becomes an error status, not a crash
/// (FileHandle.write(_:) traps on EPIPE, the throwing `write(contentsOf:)` does not).
func writeOut(_ text: String) throws {
    do { try FileHandle.standardOutput.write(contentsOf: Data(text.utf8)) } catch {
        throw ExitCode(1)
    }
}

/// Writes to standard error, ignoring failures (there is nowhere left to report them).
func writeErr(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
}

/// Prints diagnostics to stderr as `file:line:col: severity: message`, errors last so they stay on screen.
func report(_ diagnostics: [Diagnostic]) {
    for d in diagnostics.sorted(by: { ($0.severity, $0) < ($1.severity, $1) }) {
        writeErr(d.description + "\n")
    }
}

func fail(_ diagnostics: [Diagnostic]) -> ExitCode {
    report(diagnostics)
    let n = diagnostics.filter { $0.severity == .error }.count
    writeErr("chronicle: \(n) error\(n == 1 ? "" : "s"); nothing was written\n")
    return ExitCode(1)
}
