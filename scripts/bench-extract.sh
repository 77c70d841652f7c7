#!/usr/bin/env bash
# Measures extraction speed in release mode: the five seeds copied N times (default 200 each),
# total wall time divided by the number of articles (includes reading and ingest), for 1 and 2 worker
# threads, also per 1,000 words. Then the marginal time of one long article (the 1,564-word seed 004):
# (time for 1+K copies − time for 1 copy) / K with one thread, so start-up and KB loading drop out.
# Last, the in-process figure of the extract stage alone (chronicle-bench: median of 25 runs per article, no
# start-up, reading or output) on the seeds and the dev set — the figure to quote for "extraction of an article".
#   [BIN=other/chronicle] scripts/bench-extract.sh [copies]
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-200}"
shared="${SHARED:-../shared}"
[[ -d "$shared/seeds" ]] || { echo "bench-extract: $shared/seeds missing" >&2; exit 0; }
# BIN=path/to/chronicle compares another build (e.g. main's) without rebuilding.
if [[ -z "${BIN:-}" ]]; then swift build -c release --product chronicle >/dev/null; swift build -c release --product chronicle-bench >/dev/null; fi
bin="${BIN:-.build/release/chronicle}"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
"$shared/tools/dated-copy" --gold "$shared/gold/seeds.json" "$shared/seeds" "$t/one" >/dev/null
mkdir -p "$t/many"
for i in $(seq 1 "$copies"); do for f in "$t"/one/*; do cp "$f" "$t/many/$i-$(basename "$f")"; done; done
n=$(ls "$t/many" | wc -l)
words=$(cat "$t"/one/* | wc -w)
now() { date +%s.%N; }
for threads in 1 2; do
  start=$(now)
  CHRONICLE_THREADS=$threads "$bin" extract --format json "$t/many" > /dev/null
  end=$(now)
  python3 -c "import sys; s=float(sys.argv[1]); n=int(sys.argv[2]); w=int(sys.argv[4])/5; print(f'threads={sys.argv[3]}: {n} articles in {s:.3f} s = {1000*s/n:.3f} ms/article (seed average {int(w)} words) = {1000*s/n*1000/w:.3f} ms per 1,000 words')" "$(echo "$end - $start" | bc)" "$n" "$threads" "$words"
done
# One long article, marginal cost.
long=$(ls "$t"/one/004* 2>/dev/null | head -1 || true)
if [[ -n "$long" ]]; then
  k=$((copies * 2))
  lw=$(wc -w < "$long")
  mkdir -p "$t/single" "$t/repeat"
  cp "$long" "$t/single/"
  for i in $(seq 0 "$k"); do cp "$long" "$t/repeat/$i-$(basename "$long")"; done
  best=""
  for run in 1 2 3; do
    a=$(now); CHRONICLE_THREADS=1 "$bin" extract --format json "$t/single" > /dev/null; b=$(now)
    CHRONICLE_THREADS=1 "$bin" extract --format json "$t/repeat" > /dev/null; c=$(now)
    ms=$(python3 -c "import sys; a,b,c=map(float,sys.argv[1:4]); k=int(sys.argv[4]); print(f'{1000*((c-b)-(b-a))/k:.3f}')" "$a" "$b" "$c" "$k")
    if [[ -z "$best" ]] || python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)" "$ms" "$best"; then best=$ms; fi
  done
  python3 -c "import sys; ms=float(sys.argv[1]); w=int(sys.argv[2]); print(f'one {w}-word article (seed 004), threads=1, best of 3: {ms:.3f} ms = {ms*1000/w:.3f} ms per 1,000 words')" "$best" "$lw"
fi
bench="${BENCH:-.build/release/chronicle-bench}"
if [[ -x "$bench" ]]; then
  echo "in-process, extract stage only (chronicle-bench):"
  echo -n "  seeds:  "; "$bench" "$t/one" | tail -2 | head -1
  echo -n "  devset: "; "$bench" Tests/ChronicleKitTests/Fixtures/devset/articles | tail -2 | head -1
fi
