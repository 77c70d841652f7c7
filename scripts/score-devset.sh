#!/usr/bin/env bash
# Grades the extractor on the held-out dev set (Tests/ChronicleKitTests/Fixtures/devset), the same way
# scripts/score-seeds.sh grades the five seeds: dated-copy with the dev-set gold adds each article's
# publication day as front matter, `chronicle extract --format json` reads the copies, score-extraction grades.
#   scripts/score-devset.sh [--set devset2] [path/to/chronicle] [--min-f1 0.6] [other score-extraction options]
# `--set NAME` (or DEVSET=NAME) picks the folder under Tests/ChronicleKitTests/Fixtures; default devset.
# devset2 is the second held-out set, for final measurement only: do not tune on it.
# Also reports publication days found in the raw texts (no front matter); wrong ones are listed, not fatal.
# Needs ../shared/tools (SHARED=... to override); exits 0 when they are missing (nothing to grade).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=".build/debug/chronicle"
set_name="${DEVSET:-devset}"
if [[ $# -gt 1 && "$1" == --set ]]; then set_name="$2"; shift 2; fi
if [[ $# -gt 0 && "$1" != --* ]]; then bin="$1"; shift; fi
shared="${SHARED:-../shared}"
dev="Tests/ChronicleKitTests/Fixtures/$set_name"
[[ -f "$dev/gold.json" ]] || { echo "score-devset: no $dev/gold.json" >&2; exit 2; }
if [[ ! -x "$shared/tools/dated-copy" || ! -x "$shared/tools/score-extraction" ]]; then
  echo "score-devset: $shared/tools missing; nothing to grade" >&2
  exit 0
fi
[[ -x "$bin" ]] || { echo "score-devset: $bin not built (run swift build)" >&2; exit 2; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
"$shared/tools/dated-copy" --gold "$dev/gold.json" "$dev/articles" "$t/dated" >/dev/null
"$bin" extract --format json "$t/dated" > "$t/pred.json"
"$bin" extract --format json "$dev/articles" > "$t/raw.json"
echo "== raw dev set (publication days from the text only)"
"$shared/tools/score-extraction" --gold "$dev/gold.json" --pred "$t/raw.json" | grep -E '^publication day' || true
python3 - "$dev/gold.json" "$t/raw.json" <<'PY'
import json, os, sys
gold = json.load(open(sys.argv[1], encoding="utf-8")); pred = json.load(open(sys.argv[2], encoding="utf-8"))
by = {os.path.splitext(a.get("file") or "")[0]: a for a in pred["articles"]}
for g in gold["articles"]:
    p = by.get(os.path.splitext(g["file"])[0]) or {}
    ok = [g["published"]] + g.get("published_alternatives", [])
    if p.get("published") and p["published"][:10] not in ok:
        print(f"  raw {g['file']}: published {p['published']} ({p.get('published_source')}), want {g['published']}")
PY
echo "== dated dev set"
if [[ -n "${KEEP_PRED:-}" ]]; then cp "$t/pred.json" "$KEEP_PRED"; fi
"$shared/tools/score-extraction" --gold "$dev/gold.json" --pred "$t/pred.json" --verbose "$@"
