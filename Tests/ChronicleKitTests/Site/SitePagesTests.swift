import Foundation
import Testing
@testable import ChronicleKit

@Suite struct SitePagesTests {
    @Test func everyPageKindIsWritten() throws {
        let site = try SiteFixture.build()
        for path in ["index.html", "timeline/index.html", "articles/index.html", "actors/index.html", "locations/index.html",
                     "404.html", "feed.xml", "sitemap.xml", "robots.txt", "style.css", "data/incidents.json",
                     "data/incidents.csv", "data/incidents.geojson",
                     "incidents/2024-03-04-alpha-air-base-rocket-attack/index.html",
                     "articles/2024-03-05-rockets-strike-near-air-base/index.html",
                     "actors/hill-brigades/index.html", "actors/hill-brigades/feed.xml",
                     "locations/ruritania/index.html", "locations/alpha-air-base/index.html",
                     "locations/south-province/index.html", "locations/beta/index.html"] {
            #expect(site[path] != nil, "missing \(path)")
        }
        for (path, data) in site where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"), "\(path)")
            #expect(html.contains("<meta charset=\"utf-8\">"), "\(path)")
            #expect(html.contains("<link rel=\"canonical\" href=\"https://example.org/chronicle/"), "\(path)")
        }
    }

    @Test func homeShowsCountsAndLatest() throws {
        let home = try SiteFixture.build().text("index.html")
        #expect(home.contains("<dt>Incidents</dt><dd>5</dd>"))
        #expect(home.contains("<dt>Source articles</dt><dd>2</dd>"))
        #expect(home.contains("<dt>Killed, as reported</dt><dd>14</dd>"))
        #expect(home.contains("1 Jan 2023 – 4 Mar 2024"))
        #expect(home.contains("href=\"/chronicle/incidents/2024-03-04-alpha-air-base-rocket-attack/\""))
    }

    @Test func timelineGroupsByYearAndMonthNewestFirst() throws {
        let t = try SiteFixture.build().text("timeline/index.html")
        let order = ["id=\"y-2024-h\"", "March 2024", "February 2024", "January 2024", "id=\"y-2023-h\"", "2023, month unknown", "Date unknown"]
        var last = t.startIndex
        for marker in order {
            guard let r = t.range(of: marker, range: last..<t.endIndex) else { Issue.record("\(marker) missing or out of order"); return }
            last = r.upperBound
        }
        #expect(t.contains("week of 8 Jan 2024"))
        #expect(t.contains("<time datetime=\"2024-02\">February 2024</time>"))
        #expect(t.contains("<time datetime=\"2023\">2023</time>"))
        #expect(t.contains("date unknown"))
        #expect(t.contains("<td class=\"num casualty\">12</td>"))
    }

    @Test func incidentPageHasFieldsEvidenceAndNotes() throws {
        let p = try SiteFixture.build().text("incidents/2024-03-04-alpha-air-base-rocket-attack/index.html")
        #expect(p.contains("<h1>Rocket attack in Alpha Air Base, 4 Mar 2024</h1>"))
        #expect(p.contains("badge-reviewed"))
        #expect(p.contains("“on Monday night”"))
        #expect(p.contains("<blockquote cite=\"/chronicle/articles/2024-03-05-rockets-strike-near-air-base/#ev-1\"><p>Three rockets struck"))
        #expect(p.contains("<a href=\"/chronicle/articles/2024-03-05-rockets-strike-near-air-base/#ev-1\">"))
        #expect(p.contains("<strong>base statement</strong>"))
        #expect(!p.contains("<script>"), "raw HTML in notes must not pass")
        #expect(p.contains("<a href=\"/chronicle/locations/north-province/\">North Province</a>"))
        #expect(p.contains("<a href=\"/chronicle/actors/hill-brigades/\">Hill Brigades</a>"))
        #expect(p.contains("33.3412° N, 44.2345° E"))
        let beta = try SiteFixture.build().text("incidents/2024-02-beta-drone-attack/index.html")
        #expect(beta.contains("sources range from 2 to 3"))
        let unknown = try SiteFixture.build().text("incidents/undated-unknown-place-other/index.html")
        // Evidence not found in the article: link to the article without a fragment.
        #expect(unknown.contains("<a href=\"/chronicle/articles/undated-drone-report/\">Read this sentence"))
    }

    @Test func articlePageMarksEvidenceAndEscapes() throws {
        let site = try SiteFixture.build()
        let a = site.text("articles/2024-03-05-rockets-strike-near-air-base/index.html")
        #expect(a.contains("<mark id=\"ev-1\" class=\"evidence\">Three rockets struck near the Alpha Air Base on Monday night, officials said.</mark> Nobody was hurt."))
        #expect(a.contains("<mark id=\"ev-2\" class=\"evidence\">Last month, a drone hit a checkpoint in <em>Beta</em>, killing two soldiers.</mark>"))
        #expect(a.contains("Hill Brigades &amp; their allies"))
        #expect(a.contains("href=\"https://news.example.com/rockets\" rel=\"external noopener noreferrer\""))
        #expect(a.contains("(from the file’s front matter)"))
        let d = site.text("articles/undated-drone-report/index.html")
        #expect(d.contains("<h1>Drone report &lt;with markup&gt;</h1>"))
        #expect(!d.contains("javascript:"), "non-http URLs are not links")
        #expect(d.contains("<table>"), "GFM tables render")
    }

    @Test func actorAndLocationIndexes() throws {
        let site = try SiteFixture.build()
        let actors = site.text("actors/index.html")
        let armed = try #require(actors.range(of: "Armed groups")), states = try #require(actors.range(of: "States and militaries"))
        #expect(armed.lowerBound < states.lowerBound)
        #expect(actors.contains("International bodies"))
        let hb = site.text("actors/hill-brigades/index.html")
        #expect(hb.contains("Incidents attributed to Hill Brigades"))
        #expect(hb.contains("Incidents where Hill Brigades is suspected"))
        #expect(hb.contains("Articles that mention Hill Brigades"))
        let locs = site.text("locations/index.html")
        let r = try #require(locs.range(of: ">Ruritania</a>")), n = try #require(locs.range(of: ">North Province</a>")),
            c = try #require(locs.range(of: ">Alpha City</a>")), s = try #require(locs.range(of: ">Alpha Air Base</a>"))
        #expect(r.lowerBound < n.lowerBound && n.lowerBound < c.lowerBound && c.lowerBound < s.lowerBound)
        let country = site.text("locations/ruritania/index.html")
        for id in ["2024-03-04-alpha-air-base-rocket-attack", "2024-02-beta-drone-attack", "2023-gamma-armed-clash", "2024-01-08-alpha-city-mortar-attack"] {
            #expect(country.contains("incidents/\(id)/"), "country page lists \(id) from places inside it")
        }
        let city = site.text("locations/alpha-city/index.html")
        #expect(city.contains("2024-03-04-alpha-air-base-rocket-attack") && !city.contains("2024-02-beta-drone-attack"))
    }

    @Test func feedsAndSitemapUseAbsoluteURLsAndContentDates() throws {
        let site = try SiteFixture.build()
        let feed = site.text("feed.xml")
        #expect(feed.contains("<updated>2024-03-05T00:00:00Z</updated>"))
        #expect(feed.contains("<id>https://example.org/chronicle/incidents/2024-03-04-alpha-air-base-rocket-attack/</id>"))
        #expect(site.text("sitemap.xml").contains("<loc>https://example.org/chronicle/timeline/</loc>"))
        #expect(!site.text("sitemap.xml").contains("404"))
        #expect(site.text("robots.txt").contains("Sitemap: https://example.org/chronicle/sitemap.xml"))
        #expect(site.text("data/incidents.json") == IncidentsDocument.render(SiteFixture.corpus))
        let geo = site.text("data/incidents.geojson")
        #expect(geo.contains("\"coordinates\": [\n") && geo.contains("44.2345,\n"))
        #expect(geo.components(separatedBy: "\"type\": \"Feature\"").count - 1 == 2)
    }

    @Test func outputIsIndependentOfThreadCount() throws {
        let serial = try SiteFixture.build(workers: 1)
        let parallel = try SiteFixture.build(workers: 8)
        #expect(serial.keys.sorted() == parallel.keys.sorted())
        for (path, bytes) in serial { #expect(parallel[path] == bytes, "\(path) differs") }
    }

    @Test func everyInternalLinkResolves() throws {
        let site = try SiteFixture.build()
        let broken = LinkCheck.broken(site, basePath: "/chronicle/")
        #expect(broken.isEmpty, "\(broken)")
        // The checker itself must catch a bad link.
        var bad = site
        bad["x/index.html"] = Data("<a href=\"/chronicle/nowhere/\">x</a><a href=\"/chronicle/articles/undated-drone-report/#ev-9\">y</a>".utf8)
        #expect(LinkCheck.broken(bad, basePath: "/chronicle/").count == 2)
    }

    @Test func siteWorksAtRootToo() throws {
        var config = SiteFixture.config
        config.baseURL = "/"
        let site = try SiteFixture.build(config: config)
        #expect(site.text("index.html").contains("href=\"/timeline/\""))
        #expect(LinkCheck.broken(site, basePath: "/").isEmpty)
    }
}

/// In-memory link checker (the Swift twin of scripts/check-site.py).
enum LinkCheck {
    static func broken(_ site: [String: Data], basePath: String) -> [String] {
        func ids(_ html: String) -> Set<String> { Set(matches(html, #" id="([^"]+)""#)) }
        var out: [String] = []
        for (path, data) in site.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for link in matches(html, #" (?:href|src)="([^"]+)""#) {
                if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") { continue }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                var target = parts[0].replacingOccurrences(of: "&amp;", with: "&")
                if target.isEmpty { target = path } else {
                    guard target.hasPrefix(basePath) else { out.append("\(path): \(link) outside base"); continue }
                    target = String(target.dropFirst(basePath.count))
                    if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
                }
                guard let page = site[target] else { out.append("\(path): \(link)"); continue }
                if parts.count == 2, target.hasSuffix(".html"), !ids(String(decoding: page, as: UTF8.self)).contains(parts[1]) {
                    out.append("\(path): \(link) (no such id)")
                }
            }
        }
        return out
    }

    static func matches(_ s: String, _ pattern: String) -> [String] {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = s as NSString
        return re.matches(in: s, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }
}
