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

    /// One start tag of an HTML/XML document: its name and attributes (names lower-cased,
    /// values with character references decoded), found the way a browser tokenizes them, so
    /// escaped text inside attribute values or text nodes is not mistaken for markup.
    struct Tag { var name: String; var attributes: [(String, String)] }

    static func tags(in text: String) -> [Tag] {
        let c = Array(text.unicodeScalars)
        var out: [Tag] = []
        var i = 0
        func isNameChar(_ s: Unicode.Scalar) -> Bool { !CharacterSet.whitespacesAndNewlines.contains(s) && s != ">" && s != "/" && s != "=" }
        while i < c.count {
            guard c[i] == "<", i + 1 < c.count, CharacterSet.letters.contains(c[i + 1]) else {
                if c[i] == "<", i + 3 < c.count, c[i + 1] == "!", c[i + 2] == "-", c[i + 3] == "-" { // skip comments
                    var j = i + 4
                    while j + 2 < c.count, !(c[j] == "-" && c[j + 1] == "-" && c[j + 2] == ">") { j += 1 }
                    i = j + 3; continue
                }
                i += 1; continue
            }
            i += 1
            var name = ""
            while i < c.count, isNameChar(c[i]) { name.unicodeScalars.append(c[i]); i += 1 }
            var tag = Tag(name: name.lowercased(), attributes: [])
            while i < c.count, c[i] != ">" {
                if CharacterSet.whitespacesAndNewlines.contains(c[i]) || c[i] == "/" { i += 1; continue }
                var attr = ""
                while i < c.count, isNameChar(c[i]) { attr.unicodeScalars.append(c[i]); i += 1 }
                if attr.isEmpty { i += 1; continue }
                var value = ""
                while i < c.count, CharacterSet.whitespaces.contains(c[i]) { i += 1 }
                if i < c.count, c[i] == "=" {
                    i += 1
                    while i < c.count, CharacterSet.whitespaces.contains(c[i]) { i += 1 }
                    if i < c.count, c[i] == "\"" || c[i] == "'" {
                        let q = c[i]; i += 1
                        while i < c.count, c[i] != q { value.unicodeScalars.append(c[i]); i += 1 }
                        i += 1
                    } else {
                        while i < c.count, !CharacterSet.whitespacesAndNewlines.contains(c[i]), c[i] != ">" { value.unicodeScalars.append(c[i]); i += 1 }
                    }
                }
                tag.attributes.append((attr.lowercased(), decodeEntities(value)))
            }
            out.append(tag)
            i += 1
        }
        return out
    }

    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = s
        if let re = try? NSRegularExpression(pattern: "&#(x?)([0-9a-fA-F]+);?") {
            let ns = out as NSString
            var result = ""
            var last = 0
            for m in re.matches(in: out, range: NSRange(location: 0, length: ns.length)) {
                result += ns.substring(with: NSRange(location: last, length: m.range.location - last))
                let hex = ns.substring(with: m.range(at: 1)) == "x"
                if let v = UInt32(ns.substring(with: m.range(at: 2)), radix: hex ? 16 : 10), let u = Unicode.Scalar(v) { result.unicodeScalars.append(u) }
                last = m.range.location + m.range.length
            }
            out = result + ns.substring(from: last)
        }
        return out.replacingOccurrences(of: "&colon;", with: ":").replacingOccurrences(of: "&Tab;", with: "\t")
            .replacingOccurrences(of: "&NewLine;", with: "\n").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Problems in one output file, as human-readable strings (empty when safe).
    static func leaks(path: String, text: String) -> [String] {
        var out: [String] = []
        let ext = (path as NSString).pathExtension.lowercased()
        if ["html", "htm", "xml", "svg", "rss", "atom"].contains(ext) {
            for tag in tags(in: text) {
                if ["script", "iframe", "object", "embed", "base", "form", "frame", "applet"].contains(tag.name) {
                    out.append("active element <\(tag.name)>")
                }
                for (name, value) in tag.attributes {
                    if name.hasPrefix("on") { out.append("event-handler attribute \(name) on <\(tag.name)>") }
                    if ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data"].contains(name) {
                        let scheme = String(value.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
                        for bad in ["javascript:", "data:", "vbscript:"] where scheme.hasPrefix(bad) {
                            out.append("\(bad) URL in \(name) of <\(tag.name)>: \(value.prefix(60))")
                        }
                    }
                    if name == "http-equiv", value.lowercased() == "refresh" { out.append("meta refresh") }
                }
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
        #expect(!Self.leaks(path: "a.html", text: "<a href=\"jav&#x61;script:alert(1)\">").isEmpty)
        #expect(!Self.leaks(path: "a.html", text: "<a href=\" data:text/html,x\">").isEmpty)
        #expect(!Self.leaks(path: "a.html", text: "<p title='x' ONCLICK=alert(1)>").isEmpty)
        #expect(Self.leaks(path: "a.html", text: "<p>&lt;script&gt; onerror=x javascript:alert(1)</p>").isEmpty)
        #expect(Self.leaks(path: "a.html", text: "<meta content=\"&lt;img src=x onerror=alert(1)&gt;\"><a href=\"https://x/?q=javascript:\">").isEmpty)
    }

    @Test(.enabled(if: SafetySite.ready, "needs the site templates"))
    func builtSiteCarriesHostileTextInertly() throws {
        let dir = Self.project(); defer { dir.remove() }
        let summary = try SiteBuilder.build(BuildOptions(contentDir: dir.path + "/Content", templatesDir: SafetySite.templates,
                                                         outputDir: dir.path + "/Site", workers: 2))
        #expect(summary.articles == Self.hostile.count)
        #expect(summary.incidents >= 1) // the hostile reviewed incident, so its fields reach the CSV, GeoJSON and JSON
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
        // And the text is still there, escaped, for readers to see; template syntax in content is
        // shown as typed, never evaluated.
        let html = files.filter { $0.key.hasSuffix(".html") }.map { String(decoding: $0.value, as: UTF8.self) }.joined()
        #expect(html.contains("&lt;script&gt;") || html.contains("&lt;script"))
        for literal in ["{{title}}", "{{#articles}}x{{/articles}}", "{% include x %}"] {
            #expect(html.contains(literal), "\(literal) was evaluated or dropped instead of shown")
        }
    }
}
