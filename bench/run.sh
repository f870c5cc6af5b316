#!/usr/bin/env bash
# Orbitpress and Hugo side by side on the same generated corpus.
#
# Usage (from the repository root):  bench/run.sh [N ...]        default: 1000 10000
#   BIG=100000   also builds N=BIG articles with Orbitpress alone (BIG=0 skips it)
#   RUNS=3       cold builds per tool and size
#   SERVE=1      also measures save-to-reload in `serve` on the 10,000 site, and `hugo server`
#   JAVA_OPTS    JVM flags for the Orbitpress builds (default: bench/jvm-options)
#   CDS=1        with the default flags, also a class-data archive, target/orbitpress.jsa (CDS=0: none)
#
# The builds run io.orbitpress.cli.Main in the JVM started here, with exactly these flags (not the
# launcher, which would start a second JVM with its own): bench/defaults.sh measures what a user
# gets from the commands as the README gives them.
#
# Needs: python3, Debian's hugo (apt-get install -y hugo), /usr/bin/time, a JDK 17, Maven,
# and the shared benchmark material (corpus generator, Hugo theme) in $HUGO_BENCH,
# by default ../shared/bench beside the repository. Results: $BENCH_WORK/results.tsv.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export HUGO_BENCH=${HUGO_BENCH:-$(cd "$ROOT/../shared/bench" && pwd)}
export BENCH_WORK=${BENCH_WORK:-/tmp/ssg-bench}
export RUNS=${RUNS:-3}
export RESULTS=${RESULTS:-$BENCH_WORK/results-$(date +%Y%m%d-%H%M%S).tsv}
BIG=${BIG:-100000}
SIZES=("$@"); [[ ${#SIZES[@]} -eq 0 ]] && SIZES=(1000 10000)
source "$HUGO_BENCH/lib.sh"   # ensure_corpus, timed (appends rows to $RESULTS)
JAR="$ROOT/target/orbitpress.jar"
[[ -f "$JAR" && -z "${REBUILD_JAR:-}" ]] || (cd "$ROOT" && mvn -q package -DskipTests)
read -r -a JVM <<<"${JAVA_OPTS:-$(grep -v '^#' "$ROOT/bench/jvm-options" | tr '\n' ' ')}"

# A class-data archive of the classes a build loads (CDS=0 skips it): made once per jar by a
# build of the sample site, it spares each JVM start loading and verifying them again.
if [[ "${CDS:-1}" == 1 && -z "${JAVA_OPTS:-}" ]]; then
  JSA="$ROOT/target/orbitpress.jsa"
  if [[ ! -f "$JSA" || "$JAR" -nt "$JSA" ]]; then
    rm -f "$JSA"
    java -XX:ArchiveClassesAtExit="$JSA" -cp "$JAR" io.orbitpress.cli.Main build --no-cache --source "$ROOT" \
      --out "$BENCH_WORK/cds-training-site" \
      >/dev/null 2>&1 || true
  fi
  [[ -f "$JSA" ]] && JVM+=("-XX:SharedArchiveFile=$JSA")
fi

# orbitpress_site N -> a site folder: the generated corpus in Orbitpress format, the sample
# site's site.yaml (10 articles a page, like the Hugo theme) and the project's templates.
orbitpress_site() {
  local n=$1 dir="$BENCH_WORK/orbitpress-$1"
  if [[ ! -f "$dir/.done" || "$HUGO_BENCH/gen_corpus.py" -nt "$dir/.done" ]]; then
    rm -rf "$dir"
    python3 "$HUGO_BENCH/gen_corpus.py" "$n" "$dir" --seed "$SEED" --format orbitpress >&2
    touch "$dir/.done"
  fi
  cp "$ROOT/content/site.yaml" "$dir/content/site.yaml"
  mkdir -p "$dir/content/static/images" && cp "$ROOT"/content/static/images/orbit-desk-{card,logo}.png "$dir/content/static/images/"  # site.yaml's social card and logo
  rm -rf "$dir/templates"; cp -r "$ROOT/templates" "$dir/templates"
  echo "$dir"
}

orbitpress_runs() {
  local n=$1 xmx=$2 site; site=$(orbitpress_site "$n")
  echo "orbitpress: java ${JVM[*]} $xmx -cp target/orbitpress.jar io.orbitpress.cli.Main build (N=$n)" >&2
  for run in $(seq 1 "$RUNS"); do
    rm -rf "$site/site"; sync
    timed orbitpress "$n" "$run" "$site/site" \
      java "${JVM[@]}" "$xmx" -cp "$JAR" io.orbitpress.cli.Main build --no-cache --source "$site" --out "$site/site" --timings
    grep -E '^(Built|Timings)' "$BENCH_WORK/last-orbitpress.log" >&2 || true
  done
  python3 "$HUGO_BENCH/check_output.py" "$site/site" "$site" --layout orbitpress --feed feed.xml >&2 || true
}

for n in "${SIZES[@]}"; do
  RUNS=$RUNS bash "$HUGO_BENCH/run_hugo.sh" "$n" >&2
  orbitpress_runs "$n" "$(bash "$ROOT/bench/heap.sh" "$n")"
done
if [[ "$BIG" != 0 ]]; then
  orbitpress_runs "$BIG" "$(bash "$ROOT/bench/heap.sh" "$BIG")"
fi
if [[ "${SERVE:-0}" == 1 ]]; then
  bash "$ROOT/bench/serve.sh" 10000 >&2
fi
python3 "$ROOT/bench/table.py" "$RESULTS"
