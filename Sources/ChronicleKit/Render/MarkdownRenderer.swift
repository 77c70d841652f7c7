import CCmarkGFM
import Foundation

/// Markdown → HTML with the system cmark-gfm and its GFM extensions (table, strikethrough,
/// autolink, tagfilter, tasklist), raw HTML off (safe mode).
///
/// Debian's cmark-gfm keeps parser state in process-global tables, so concurrent parses corrupt
/// each other's output. Every call goes through one lock; serial rendering is fast enough
/// (~30 µs a news-length page) that it is never the bottleneck.
public enum MarkdownRenderer {
    private static let lock = NSLock()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registers the core extensions once per process (cmark's registry is global too).
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    public static func html(_ markdown: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        _ = registered
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SAFE | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE | CMARK_OPT_FOOTNOTES
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { ptr in
                cmark_parser_feed(parser, ptr, buf.count)
            }
        }
        if bytes.isEmpty { cmark_parser_feed(parser, "", 0) }
        guard let doc = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(doc) }
        // The parser's extension list must reach the renderer, or tagfilter silently does nothing.
        guard let out = cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(out) }
        return String(cString: out)
    }
}
