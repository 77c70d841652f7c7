#!/usr/bin/env python3
"""Link checker for a built chronicle site.

Usage: check-site.py SITE_DIR [--base-path /project/]

Every internal href/src in every HTML file must resolve to a file in SITE_DIR (pretty URLs:
a folder link resolves to its index.html), and a #fragment must name an id in the target page.
External links (http:, https:, mailto:) are not fetched. Exit 1 listing every broken link.
"""
import os
import sys
from html.parser import HTMLParser
from urllib.parse import urlsplit, unquote


class Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []  # (attr value, line)
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
            if name in ("href", "src") or (name == "cite" and tag == "blockquote"):
                self.links.append((value, self.getpos()[0]))

    handle_startendtag = handle_starttag


def parse(path, cache):
    if path not in cache:
        c = Collector()
        with open(path, encoding="utf-8") as f:
            c.feed(f.read())
        cache[path] = c
    return cache[path]


def resolve(site, base_path, page_rel, url):
    """Returns (file path or None, fragment) for an internal URL, or None for external ones."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path)
    if path == "":
        target = page_rel
    elif path.startswith("/"):
        if not path.startswith(base_path):
            return ("", parts.fragment, f"outside base path {base_path}")
        target = path[len(base_path):]
    else:
        target = os.path.normpath(os.path.join(os.path.dirname(page_rel), path))
        if path.endswith("/"):
            target += "/"
    full = os.path.join(site, target)
    if target == "" or target.endswith("/") or os.path.isdir(full):
        full = os.path.join(full, "index.html")
    return (full, parts.fragment, None)


def main(argv):
    args = [a for a in argv[1:]]
    base_path = "/"
    if "--base-path" in args:
        i = args.index("--base-path")
        base_path = args[i + 1]
        del args[i:i + 2]
    if len(args) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    site = args[0]
    if not base_path.startswith("/"):
        base_path = "/" + base_path
    if not base_path.endswith("/"):
        base_path += "/"
    cache = {}
    broken = []
    pages = 0
    links = 0
    for root, _dirs, files in os.walk(site):
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            page = os.path.join(root, name)
            rel = os.path.relpath(page, site)
            pages += 1
            for url, line in parse(page, cache).links:
                if url.startswith(("mailto:", "tel:", "data:")):
                    continue
                r = resolve(site, base_path, rel, url)
                if r is None:
                    continue
                links += 1
                full, fragment, problem = r
                if problem:
                    broken.append(f"{rel}:{line}: {url}: {problem}")
                    continue
                if not os.path.isfile(full):
                    broken.append(f"{rel}:{line}: {url}: no file {os.path.relpath(full, site)}")
                    continue
                if fragment and full.endswith(".html"):
                    if fragment not in parse(full, cache).ids:
                        broken.append(f"{rel}:{line}: {url}: no id '{fragment}' in {os.path.relpath(full, site)}")
    for b in sorted(broken):
        print(b)
    print(f"check-site: {pages} pages, {links} internal links, {len(broken)} broken", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
