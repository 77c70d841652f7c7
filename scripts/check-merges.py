#!/usr/bin/env python3
"""Cross-article merge check: which gold twins ("same_as") were merged, and which incidents that are NOT
the same event were merged into one extracted incident (over-merging, which score-extraction does not count).

  scripts/check-merges.py --gold Tests/ChronicleKitTests/Fixtures/devset5/gold.json --pred pred.json [--quiet]

Matching per article reuses score-extraction's rules (date_ok, place_score, same type preferred), so a gold
incident "lands" on the extracted incident the scorer would credit. Two gold incidents of different articles
landing on one extracted incident are an over-merge unless same_as links them (directly or through a chain).
"""
import argparse, importlib.machinery, importlib.util, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
scorer_path = os.path.join(os.environ.get("SHARED", os.path.join(here, "..", "..", "shared")), "tools", "score-extraction")
loader = importlib.machinery.SourceFileLoader("score_extraction", scorer_path)
spec = importlib.util.spec_from_loader("score_extraction", loader)
se = importlib.util.module_from_spec(spec)
loader.exec_module(se)

ap = argparse.ArgumentParser()
ap.add_argument("--gold", required=True); ap.add_argument("--pred", required=True); ap.add_argument("--quiet", action="store_true")
a = ap.parse_args()
gold = json.load(open(a.gold, encoding="utf-8")); pred = json.load(open(a.pred, encoding="utf-8"))
by_stem = {se.stem(x.get("file")): x for x in pred["articles"]}
cites = {}
for inc in pred["incidents"]:
    for s in inc.get("sources") or []:
        cites.setdefault(s.get("article"), []).append(inc)

# union-find over same_as
parent = {}
def find(x):
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]; x = parent[x]
    return x
for ga in gold["articles"]:
    for g in ga["incidents"]:
        find(g["id"])
        if g.get("same_as"):
            parent[find(g["id"])] = find(g["same_as"])

landed = {}  # pred id -> [(gold id, file)]
for ga in gold["articles"]:
    pa = by_stem.get(se.stem(ga["file"]))
    if pa is None:
        continue
    preds = cites.get(pa.get("id"), [])
    golds = [g for g in ga["incidents"] if g.get("date")]
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if se.date_ok(g, p):
                ps = se.place_score(g, p)
                if ps:
                    pairs.append((ps * 2 + (se.norm(g.get("event_type")) == se.norm(p.get("event_type"))), gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    g2p, p2g = {}, {}
    for _, gi, pi in pairs:
        if gi not in g2p and pi not in p2g:
            g2p[gi], p2g[pi] = pi, gi
    for gi, pi in g2p.items():
        landed.setdefault(preds[pi]["id"], []).append((golds[gi]["id"], ga["file"]))

over = 0
for pid in sorted(landed):
    items = landed[pid]
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            (g1, f1), (g2, f2) = items[i], items[j]
            if f1 != f2 and find(g1) != find(g2):
                over += 1
                if not a.quiet:
                    print(f"over-merged: {g1} ({f1}) and {g2} ({f2}) in {pid}")
twins = sum(1 for ga in gold["articles"] for g in ga["incidents"] if g.get("same_as"))
ok = 0
for ga in gold["articles"]:
    for g in ga["incidents"]:
        if g.get("same_as"):
            hit = [p for p, items in landed.items() if any(x[0] == g["id"] for x in items)]
            tgt = [p for p, items in landed.items() if any(x[0] == g["same_as"] for x in items)]
            if hit and hit == tgt:
                ok += 1
            elif not a.quiet:
                print(f"not merged: {g['id']} -> {g['same_as']} ({hit[0] if hit else 'unmatched'} vs {tgt[0] if tgt else 'unmatched'})")
print(f"merges: {ok}/{twins} twins merged, {over} over-merged pairs")
