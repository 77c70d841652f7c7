#!/usr/bin/env bash
# Guards behaviour-preserving speed work: extraction JSON must stay byte-identical.
#   scripts/check-extract-unchanged.sh record [bin]   # save baselines to $BASE (default /tmp/extract-baseline)
#   scripts/check-extract-unchanged.sh [check] [bin]  # diff current output against them
# Inputs: ../shared/seeds (when present), every devset fixture (raw and dated), Content/articles and 300 synthetic
# articles from scripts/gen-corpus.py. Baselines live outside the repository on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-check}"
bin="${2:-.build/debug/chronicle}"
base="${BASE:-/tmp/extract-baseline}"
shared="${SHARED:-../shared}"
[[ -x "$bin" ]] || { echo "check-extract-unchanged: $bin not built" >&2; exit 2; }
syn="$base/syn-input"
if [[ ! -d "$syn" ]]; then mkdir -p "$base"; python3 scripts/gen-corpus.py 300 "$syn" >/dev/null; fi
fixtures=(); for d in Tests/ChronicleKitTests/Fixtures/devset*/; do fixtures+=("$(basename "$d")"); done
inputs=(content:Content/articles synthetic:"$syn")
for set in "${fixtures[@]}"; do inputs+=("$set:Tests/ChronicleKitTests/Fixtures/$set/articles"); done
[[ -d "$shared/seeds" ]] && inputs=(seeds:"$shared/seeds" "${inputs[@]}")
# Dated copies (publication day as front matter) reach the date-dependent rules that raw texts skip.
if [[ -x "$shared/tools/dated-copy" ]]; then
  for set in "${fixtures[@]}"; do
    if [[ ! -d "$base/dated-$set" ]]; then
      "$shared/tools/dated-copy" --gold "Tests/ChronicleKitTests/Fixtures/$set/gold.json" \
        "Tests/ChronicleKitTests/Fixtures/$set/articles" "$base/dated-$set" >/dev/null
    fi
    inputs+=("dated-$set:$base/dated-$set")
  done
  if [[ -d "$shared/seeds" && ! -d "$base/dated-seeds" ]]; then
    "$shared/tools/dated-copy" --gold "$shared/gold/seeds.json" "$shared/seeds" "$base/dated-seeds" >/dev/null
  fi
  [[ -d "$base/dated-seeds" ]] && inputs+=("dated-seeds:$base/dated-seeds")
fi
status=0
for pair in "${inputs[@]}"; do
  name="${pair%%:*}" dir="${pair#*:}"
  out=$(mktemp)
  "$bin" extract --format json "$dir" > "$out" 2>/dev/null || true
  if [[ "$mode" == record ]]; then
    mv "$out" "$base/$name.json"; echo "recorded $name ($(wc -c < "$base/$name.json") bytes)"
  else
    if cmp -s "$out" "$base/$name.json"; then echo "same  $name"
    else echo "DIFF  $name"; diff "$base/$name.json" "$out" | head -20 || true; status=1; fi
    rm -f "$out"
  fi
done
exit $status
