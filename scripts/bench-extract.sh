#!/usr/bin/env bash
# Measures extraction speed in release mode: the five seeds copied N times (default 200 each),
# one worker thread, total wall time divided by the number of articles (includes reading and ingest).
#   scripts/bench-extract.sh [copies]
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-200}"
shared="${SHARED:-../shared}"
[[ -d "$shared/seeds" ]] || { echo "bench-extract: $shared/seeds missing" >&2; exit 0; }
swift build -c release --product chronicle >/dev/null
bin=".build/release/chronicle"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
"$shared/tools/dated-copy" --gold "$shared/gold/seeds.json" "$shared/seeds" "$t/one" >/dev/null
mkdir -p "$t/many"
for i in $(seq 1 "$copies"); do for f in "$t"/one/*; do cp "$f" "$t/many/$i-$(basename "$f")"; done; done
n=$(ls "$t/many" | wc -l)
words=$(cat "$t"/one/* | wc -w)
for threads in 1 2; do
  start=$(date +%s.%N)
  CHRONICLE_THREADS=$threads "$bin" extract --format json "$t/many" > /dev/null
  end=$(date +%s.%N)
  python3 -c "import sys; s=float(sys.argv[1]); n=int(sys.argv[2]); print(f'threads={sys.argv[3]}: {n} articles in {s:.3f} s = {1000*s/n:.3f} ms/article (seed average {int(sys.argv[4])//5} words)')" "$(echo "$end - $start" | bc)" "$n" "$threads" "$words"
done
