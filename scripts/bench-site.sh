#!/usr/bin/env bash
# Benchmarks `chronicle build` against Hugo on the same synthetic pages, in the same session,
# and prints wall time, peak memory and the ratio. Figures are for comparison, not assertions.
#   scripts/bench-site.sh [N_ARTICLES=2000]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release >/dev/null
bin=.build/release/chronicle
if ! command -v hugo >/dev/null; then
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get install -y -qq hugo >/dev/null 2>&1 || echo "hugo not installable here; chronicle figures only"
fi

mkdir -p "$work/content/articles" "$work/hugo"
python3 scripts/gen-corpus.py "$n" "$work/content/articles" --hugo "$work/hugo"
printf 'title: Bench\ndescription: synthetic\nbase_url: /\nlanguage: en\n' > "$work/content/site.yml"

measure() { # label, command...: prints wall seconds and peak resident memory
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/$label.time" "$@" >/dev/null 2>"$work/$label.err" || { cat "$work/$label.err"; return 1; }
  read -r secs kb < <(tail -n1 "$work/$label.time")
  echo "$secs" > "$work/$label.t"
  printf '%-20s %8.2f s %8d MB peak\n' "$label" "$secs" $((kb / 1024))
}

echo "== $n articles =="
measure chronicle "$bin" build --content "$work/content" --templates Templates --output "$work/site" --force
measure chronicle-1-thread env CHRONICLE_THREADS=1 "$bin" build --content "$work/content" --templates Templates --output "$work/site1" --force
echo "chronicle pages: $(find "$work/site" -name '*.html' | wc -l)"
if command -v hugo >/dev/null; then
  mkdir -p "$work/hugo/layouts/_default"
  cat > "$work/hugo/hugo.toml" <<'TOML'
baseURL = "https://example.org/"
title = "Bench"
[taxonomies]
tag = "tags"
actor = "actors"
TOML
  echo '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>' > "$work/hugo/layouts/_default/baseof.html"
  echo '{{ define "main" }}<h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>{{ .Content }}{{ end }}' > "$work/hugo/layouts/_default/single.html"
  echo '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}' > "$work/hugo/layouts/_default/list.html"
  measure hugo hugo --quiet -s "$work/hugo" -d "$work/hugo-out"
  echo "hugo pages: $(find "$work/hugo-out" -name '*.html' | wc -l)"
  echo "ratio chronicle/hugo wall time: $(echo "scale=2; $(cat "$work/chronicle.t") / $(cat "$work/hugo.t")" | bc)"
fi
