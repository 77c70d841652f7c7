import Foundation
import Testing
@testable import ChronicleKit

/// Line and column numbers are in the FILE's numbering (the YAML starts on line 2).
@Suite struct FrontMatterTests {
    @Test func keyLinesCountTheOpeningFence() {
        let (block, diags) = FrontMatter.split("---\ntitle: A\n\npublished: 2024-01-02\n---\nBody\nmore\n", path: "x.md")
        #expect(diags.isEmpty)
        #expect(block.keyLines["title"] == 2)
        #expect(block.keyLines["published"] == 4)
        #expect(block.bodyStartLine == 6)
        #expect(block.body.hasPrefix("Body"))
    }

    @Test func yamlErrorPointsAtTheFileLineAndColumn() {
        // File line 4 is "  inner: y"; its ':' (the problem) is in column 8.
        let text = "---\ntitle: T\nouter: x\n  inner: y\n---\nBody\n"
        let (_, diags) = FrontMatter.split(text, path: "x.md")
        #expect(diags.count == 1)
        #expect(diags.first?.location == SourceLocation(file: "x.md", line: 4, column: 8))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(Array(lines[3])[7] == ":") // column 8 really is the offending ':'
    }

    @Test func windowsLineEndingsAndBOM() {
        let (block, diags) = FrontMatter.split("\u{FEFF}---\r\ntitle: A\r\nouter: 1\r\n---\r\nBody\r\n", path: "x.md")
        #expect(diags.isEmpty)
        #expect(block.fields["title"] == .string("A"))
        #expect(block.keyLines["outer"] == 3)
        #expect(block.body == "Body\n")
        let (plain, _) = FrontMatter.split("\u{FEFF}No front matter", path: "x.md")
        #expect(plain.body == "No front matter")
    }

    @Test func scalarTypes() {
        let (block, _) = FrontMatter.split("---\na: 5\nb: \"5\"\nc: yes\nd: ~\ne: [x, 2]\nf: {g: h}\n---\n", path: "x.md")
        #expect(block.fields["a"] == .number("5"))
        #expect(block.fields["b"] == .string("5"))
        #expect(block.fields["c"] == .bool(true))
        #expect(block.fields["d"] == .null)
        #expect(block.fields["e"] == .list([.string("x"), .number("2")]))
        #expect(block.fields["f"] == .map(["g": .string("h")]))
    }

    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        let deep = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        let (_, diags) = FrontMatter.split("---\nx: \(deep)\n---\nBody\n", path: "x.md")
        #expect(diags.hasErrors)
    }

    @Test func notAMapping() {
        let (_, diags) = FrontMatter.split("---\n- a\n- b\n---\nBody\n", path: "x.md")
        #expect(diags.map(\.description) == ["x.md:2:1: error: front matter must be a mapping of 'key: value' lines"])
    }

    @Test func unknownAlias() {
        let (_, diags) = FrontMatter.split("---\na: *nope\n---\n", path: "x.md")
        #expect(diags.count == 1 && diags[0].location.line == 2 && diags[0].message.contains("undefined alias"))
    }
}
