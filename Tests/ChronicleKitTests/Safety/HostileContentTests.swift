import Foundation
import Testing
@testable import ChronicleKit

/// Content written to attack the site's readers: script tags, event-handler attributes,
/// `javascript:`/`data:` URLs, template syntax, Markdown link tricks, spreadsheet formulas.
/// The built site must carry all of it as inert text.
@Suite struct HostileContentTests {
    static let hostile: [String] = [
        "<script>alert('t')</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
        "<a href=\"#\" onclick=\"alert(1)\">click</a>", "<svg onload=alert(1)>", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "<!-- comment --><iframe src=javascript:alert(1)>",
        "{{title}}", "{{{body}}}", "{{> base}}", "{% include x %}", "{{#articles}}x{{/articles}}",
        "[click](javascript:alert(1))", "[d](data:text/html,<script>alert(1)</script>)", "<javascript:alert(1)>",
        "![i](javascript:alert(1))", "[r][ref]\n\n[ref]: javascript:alert(1)", "<https://example.org/\"onmouseover=\"alert(1)>",
        "=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\"><script>alert(1)</script>",
        "</title><script>alert(1)</script>", "]]></description><script>alert(1)</script>", "\u{202E}gnp.exe", "\u{0007}bell",
    ]

    /// A project whose every user-controlled string carries hostile text.
    static func project() -> TempDir {
        let dir = TempDir("chronicle-hostile")
        for (i, h) in hostile.enumerated() {
            let yamlSafe = h.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
                .replacingOccurrences(of: "\u{0007}", with: "\\a")
            let text = """
            ---
            title: "Rockets hit Erbil air base \(yamlSafe)"
            published: 2024-01-\(String(format: "%02d", 1 + i % 28))
            outlet: "\(yamlSafe)"
            url: "\(yamlSafe)"
            tags: ["\(yamlSafe)", "ok"]
            summary: "\(yamlSafe)"
            ---

            ERBIL, Kurdistan Region – Rockets struck Erbil air base late on Monday, wounding \(i % 4) people, officials said. \(h)

            \(h)

            Residents said \(h) was written on a wall near the base.
            """
            dir.write("Content/articles/h\(String(format: "%02d", i)).md", text)
        }
        dir.write("Content/incidents/hostile.md", """
        ---
        id: 2024-01-01-hostile-review
        date: 2024-01-01
        event_type: rocket attack
        place: "<script>alert(1)</script>"
        perpetrator: "=HYPERLINK(\\"http://evil.example\\")"
        target: "<img src=x onerror=alert(1)>"
        summary: "[x](javascript:alert(1))"
        sources:
          - article: 2024-01-01-rockets-hit-erbil-air-base-script-alert-t
            role: main
            evidence: "<script>alert(1)</script> javascript:alert(1) {{title}}"
        ---

        Notes with <script>alert(1)</script>, [a link](javascript:alert(1)), <img src=x onerror=alert(1)> and {{title}}.
        """)
        return dir
    }

    /// Problems in one output file, as human-readable strings (empty when safe).
    static func leaks(path: String, text: String) -> [String] {
        var out: [String] = []
        let lower = text.lowercased()
        let ext = (path as NSString).pathExtension.lowercased()
        func matches(_ pattern: String) -> [String] {
            guard let re = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [] }
            return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
        }
        if ["html", "htm", "xml", "svg", "rss", "atom"].contains(ext) || lower.hasPrefix("<") {
            if lower.contains("<script") { out.append("executable <script") }
            for m in matches(#"<[a-z][^>]*\son[a-z]+\s*="#) { out.append("event-handler attribute: \(m.prefix(80))") }
            for m in matches(#"(href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|data|vbscript):"#) { out.append("dangerous URL: \(m)") }
            for m in matches(#"(href|src)\s*=\s*["']?\s*[^"'>\s]*&#"#) { out.append("entity-encoded URL: \(m)") }
            for m in matches(#"<(iframe|object|embed|svg|form|base|meta\s+http-equiv)\b"#) { out.append("active element: \(m)") }
            if text.contains("{{") || text.contains("{%") {
                // Template syntax is fine as text, but only if it is the user's text rendered inertly.
                for m in matches(#"\{\{[#/>^&!]"#) { out.append("unrendered template section: \(m)") }
            }
        }
        if ext == "csv" {
            for (n, line) in text.split(separator: "\n").enumerated() {
                for cell in csvCells(String(line)) {
                    guard let first = cell.unicodeScalars.first else { continue }
                    let isNumber = Double(cell) != nil
                    if "=+@\t\r".unicodeScalars.contains(first) || (first == "-" && !isNumber) {
                        out.append("formula cell on line \(n + 1): \(cell.prefix(60))")
                    }
                }
            }
        }
        return out
    }

    static func csvCells(_ line: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false, chars = Array(line), i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" { if i + 1 < chars.count, chars[i + 1] == "\"" { cell.append("\""); i += 1 } else { quoted = false } } else { cell.append(c) }
            } else if c == "\"" { quoted = true } else if c == "," { cells.append(cell); cell = "" } else { cell.append(c) }
            i += 1
        }
        cells.append(cell)
        return cells
    }

    @Test func scannerCatchesWhatItLooksFor() {
        // The checks below must be able to fail.
        #expect(!Self.leaks(path: "a.html", text: "<p><script>x</script></p>").isEmpty)
        #expect(!Self.leaks(path: "a.html", text: "<img src=x onerror=alert(1)>").isEmpty)
        #expect(!Self.leaks(path: "a.html", text: "<a href=\"javascript:alert(1)\">").isEmpty)
        #expect(!Self.leaks(path: "a.csv", text: "id,name\n1,=HYPERLINK(\"x\")\n").isEmpty)
        #expect(!Self.leaks(path: "a.csv", text: "id,name\n1,\"@SUM(1)\"\n").isEmpty)
        #expect(Self.leaks(path: "a.csv", text: "id,lat\n1,-33.5\n2,'=HYPERLINK(\"x\")\n").isEmpty)
        #expect(Self.leaks(path: "a.html", text: "<p>&lt;script&gt; onerror=x javascript:alert(1)</p>").isEmpty)
    }

    @Test(.enabled(if: SafetySite.ready, "needs the site templates"))
    func builtSiteCarriesHostileTextInertly() throws {
        let dir = Self.project(); defer { dir.remove() }
        let summary = try SiteBuilder.build(BuildOptions(contentDir: dir.path + "/Content", templatesDir: SafetySite.templates,
                                                         outputDir: dir.path + "/Site", workers: 2))
        #expect(summary.articles == Self.hostile.count)
        let files = TempDir.snapshot(dir.path + "/Site")
        var problems: [String] = []
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let text = String(decoding: data, as: UTF8.self)
            if path.hasSuffix(".json") || path.hasSuffix(".geojson") {
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(path) is not valid JSON")
            }
            problems += Self.leaks(path: path, text: text).map { "\(path): \($0)" }
        }
        #expect(problems.isEmpty, "\(problems.count) leaks:\n\(problems.prefix(30).joined(separator: "\n"))")
        // And the text is still there, escaped, for readers to see.
        let html = files.filter { $0.key.hasSuffix(".html") }.map { String(decoding: $0.value, as: UTF8.self) }.joined()
        #expect(html.contains("&lt;script&gt;") || html.contains("&lt;script"))
    }
}
