#!/usr/bin/env bash
# Save-to-reload in serve mode on N articles, Orbitpress (ServeLatency) and `hugo server`.
# Usage: bench/serve.sh N [EDITS]   (from anywhere; HUGO_BENCH and BENCH_WORK as in run.sh)
# Orbitpress: 15 warm-up saves (C2 compiles the rebuild path meanwhile), then EDITS timed saves (median printed).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
HUGO_BENCH=${HUGO_BENCH:-$(cd "$ROOT/../shared/bench" && pwd)}
BENCH_WORK=${BENCH_WORK:-/tmp/ssg-bench}
N=${1:?usage: serve.sh N [EDITS]}; EDITS=${2:-5}
SRC="$BENCH_WORK/orbitpress-$N"
[[ -f "$SRC/.done" ]] || { echo "run bench/run.sh $N first (it generates $SRC)" >&2; exit 2; }
SITE="$BENCH_WORK/orbitpress-serve-$N"
# the site warm.sh builds: the corpus, the sample site's site.yaml (and its social card) and templates
rm -rf "$SITE"; mkdir -p "$SITE"; cp -r "$SRC/content" "$SITE/"; cp "$ROOT/content/site.yaml" "$SITE/content/site.yaml"
mkdir -p "$SITE/content/static/images"; cp "$ROOT"/content/static/images/orbit-desk-{card,logo}.png "$SITE/content/static/images/"
cp -r "$ROOT/templates" "$SITE/"
(cd "$ROOT" && mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null)
OURS=$(mktemp); THEIRS=$(mktemp)
trap 'rm -f "$OURS" "$THEIRS"' EXIT
# the collector and compiler `orbitpress serve` runs with (io.orbitpress.launch.FastJvm)
java -XX:+UseParallelGC -Xmx2g -cp "$ROOT/target/classes:$ROOT/target/test-classes:$(cat "$ROOT/target/cp.txt")" \
  io.orbitpress.bench.ServeLatency "$SITE" "$EDITS" 15 | tee "$OURS"
echo "hugo server (its own rebuild figure, fast render):"
bash "$ROOT/bench/hugo_server.sh" "$N" "$EDITS" | tee "$THEIRS"
# side by side: "median M ms (min A, max B)" from each: the first such line, the delay (ServeLatency prints
# the CPU time of each save after it)
figure() { grep -oE 'median [0-9]+ ms \(min [0-9]+, max [0-9]+\)' "$1" | head -1; }
echo
printf '%-58s | %s\n' "save one article, $N articles: Orbitpress (save to reload event)" "$(figure "$OURS")"
printf '%-58s | %s\n' "hugo server (its reported rebuild time)" "$(figure "$THEIRS")"
