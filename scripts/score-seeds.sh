#!/usr/bin/env bash
# Grades the extractor on the reference seeds (../shared) with their publication days:
#   scripts/score-seeds.sh [path/to/chronicle] [--min-f1 0.9] [other score-extraction options]
# Also checks the raw seeds (no front matter) for wrong publication days (pubwrong must be 0).
# Exits 0 when ../shared is missing (nothing to grade), else with score-extraction's status.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=".build/debug/chronicle"
if [[ $# -gt 0 && "$1" != --* ]]; then bin="$1"; shift; fi
shared="${SHARED:-../shared}"
if [[ ! -d "$shared/seeds" || ! -f "$shared/gold/seeds.json" ]]; then
  echo "score-seeds: $shared/seeds or gold missing; nothing to grade" >&2
  exit 0
fi
[[ -x "$bin" ]] || { echo "score-seeds: $bin not built (run swift build)" >&2; exit 2; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
"$shared/tools/dated-copy" --gold "$shared/gold/seeds.json" "$shared/seeds" "$t/dated" >/dev/null
"$bin" extract --format json "$t/dated" > "$t/pred.json"
"$bin" extract --format json "$shared/seeds" > "$t/raw.json"
echo "== raw seeds (publication days from the text only)"
"$shared/tools/score-extraction" --gold "$shared/gold/seeds.json" --pred "$t/raw.json" | grep -E '^publication day' || true
raw_wrong=$("$shared/tools/score-extraction" --gold "$shared/gold/seeds.json" --pred "$t/raw.json" | sed -n 's/.*pubwrong=\([0-9]*\).*/\1/p')
echo "== dated seeds"
status=0
"$shared/tools/score-extraction" --gold "$shared/gold/seeds.json" --pred "$t/pred.json" --verbose "$@" || status=$?
if [[ "${raw_wrong:-0}" != "0" ]]; then echo "score-seeds: $raw_wrong raw article(s) got a wrong publication day" >&2; status=1; fi
exit $status
