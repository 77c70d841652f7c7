import Foundation

/// A fresh folder under the system temp folder, removed by `remove()`.
struct TempDir {
    let path: String

    init(_ label: String = "chronicle") {
        let base = NSTemporaryDirectory() + "\(label)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = (base as NSString).resolvingSymlinksInPath
    }

    func url(_ rel: String) -> URL { URL(fileURLWithPath: path + "/" + rel) }

    @discardableResult
    func write(_ rel: String, _ text: String) -> String { write(rel, Data(text.utf8)) }

    @discardableResult
    func write(_ rel: String, _ data: Data) -> String {
        let full = path + "/" + rel
        try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: data)
        return full
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// Every regular file below `folder` with its bytes (hidden files included), for tree comparisons.
    static func snapshot(_ folder: String) -> [String: Data] {
        var out: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return out }
        while let rel = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            let full = folder + "/" + rel
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = FileManager.default.contents(atPath: full)
            }
        }
        return out
    }
}

let goodArticle = """
---
title: Rockets hit base
published: 2024-01-02
---

Rockets hit a base near Erbil on Monday, officials said.
"""
