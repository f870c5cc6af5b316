#!/usr/bin/env bash
# What a user gets without giving a flag: the commands as the README gives them, against Hugo and
# against the tuned flags of bench/run.sh, on the generated corpus; wall time and peak memory.
#
# Usage (from the repository root):  bench/defaults.sh [N ...]        default: 1000 10000
#   RUNS=2        rounds; each round runs every command once, in turn (starting one further each
#                 round), so that a busy minute on a shared machine falls on all of them alike
#   JDK25=DIR     also `java -jar` under that JDK (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)
#   PLAIN=1       also the jar's engine in a JVM with no flags at all (what java -jar was before)
#   NO_INSTALL=1  use target/orbitpress.jar and the plugin in ~/.m2 as they are
#
# Commands, each on a cold site (no site/, no .orbitpress-cache/), all `build --source SITE`:
#   hugo      hugo --gc --ignoreCache (as ../shared/bench/run_hugo.sh)
#   tuned     java $(bench/jvm-options) $(bench/heap.sh N) -XX:SharedArchiveFile=target/orbitpress.jsa
#             -cp target/orbitpress.jar io.orbitpress.cli.Main            (one JVM, flags given by hand)
#   jar       java -jar target/orbitpress.jar                             (launcher + build JVM)
#   plugin    mvn -q orbitpress:build in the site folder                  (Maven + build JVM)
#   exec      mvn -q compile exec:java in this repository                 (Maven + build JVM)
# Each launcher's class-data archive is recorded by a build before the timed rounds, as a user's
# first build records it. Memory: the largest process's peak (as /usr/bin/time reports it) and the
# peak of all the command's processes together (bench/measure.py).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export HUGO_BENCH=${HUGO_BENCH:-$(cd "$ROOT/../shared/bench" && pwd)}
export BENCH_WORK=${BENCH_WORK:-/tmp/ssg-bench}
RUNS=${RUNS:-2}
export SEED=${SEED:-20240601}
OUT=${OUT:-$BENCH_WORK/defaults-$(date +%Y%m%d-%H%M%S).tsv}
SIZES=("$@"); [[ ${#SIZES[@]} -eq 0 ]] && SIZES=(1000 10000)
JAR="$ROOT/target/orbitpress.jar"
JSA="$ROOT/target/orbitpress.jsa"
[[ -n "${NO_INSTALL:-}" ]] || (cd "$ROOT" && mvn -q install -DskipTests)
source "$HUGO_BENCH/lib.sh"   # ensure_corpus
read -r -a TUNED <<<"$(grep -v '^#' "$ROOT/bench/jvm-options" | tr '\n' ' ')"
if [[ ! -f "$JSA" || "$JAR" -nt "$JSA" ]]; then
  rm -f "$JSA"
  java -XX:ArchiveClassesAtExit="$JSA" -cp "$JAR" io.orbitpress.cli.Main build --no-cache --source "$ROOT" \
    --out "$BENCH_WORK/cds-training-site" >/dev/null 2>&1 || true
fi

# own_site N: the corpus in Orbitpress format, the sample site's site.yaml, the pom.xml and
# .mvn/jvm.config that `orbitpress new site` writes, and no templates/ (the built-in theme).
own_site() {
  local n=$1 dir="$BENCH_WORK/own-site-$1" src="$BENCH_WORK/orbitpress-$1"
  if [[ ! -d "$dir/content/articles" ]]; then
    rm -rf "$dir"; mkdir -p "$dir"
    if [[ -d "$src/content/articles" ]]; then
      cp -r "$src/content" "$dir/"
    else
      python3 "$HUGO_BENCH/gen_corpus.py" "$n" "$dir" --seed "$SEED" --format orbitpress >&2
    fi
  fi
  cp "$ROOT/content/site.yaml" "$dir/content/site.yaml"
  mkdir -p "$dir/content/static/images" && cp "$ROOT"/content/static/images/orbit-desk-{card,logo}.png "$dir/content/static/images/"  # site.yaml's social card and logo
  local starter; starter=$(mktemp -d)
  ORBITPRESS_FORK=false java -jar "$JAR" new site "$starter/s" >/dev/null
  cp "$starter/s/pom.xml" "$dir/pom.xml"; rm -rf "$dir/.mvn"; cp -r "$starter/s/.mvn" "$dir/.mvn"
  rm -rf "$starter" "$dir/templates"
  echo "$dir"
}

hugo_site() {
  local n=$1 site="$BENCH_WORK/hugo-$1" corpus; corpus=$(ensure_corpus "$n")
  if [[ ! -d "$site/content" ]]; then
    rm -rf "$site"; mkdir -p "$site"
    cp -r "$HUGO_BENCH/hugo/hugo.toml" "$HUGO_BENCH/hugo/layouts" "$site/"
    cp -r "$corpus/content" "$corpus/data" "$site/"
  fi
  echo "$site"
}

[[ -f "$OUT" ]] || printf 'command\tn\trun\twall_s\tmax_rss_mb\ttree_rss_mb\thtml_files\texit\tcpu_s\n' >"$OUT"

# measure NAME N RUN OUTDIR CMD...: one row of $OUT
measure() {
  local name=$1 n=$2 run=$3 out=$4; shift 4
  sync
  local row; row=$(python3 "$ROOT/bench/measure.py" "$BENCH_WORK/last-$name.log" -- "$@")
  local html; html=$(find "$out" -name '*.html' 2>/dev/null | wc -l)
  IFS=$'\t' read -r wall rss tree code cpu <<<"$row"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$n" "$run" "$wall" "$rss" "$tree" "$html" "$code" "$cpu" \
    | tee -a "$OUT" >&2
  if [[ $code != 0 ]]; then tail -20 "$BENCH_WORK/last-$name.log" >&2; fi
}

clean() { rm -rf "$1/site" "$1/.orbitpress-cache" "$1/.site.spare" "$1/public" "$1/resources" "$1/.hugo-cache"; }

for n in "${SIZES[@]}"; do
  own=$(own_site "$n"); hugo=$(hugo_site "$n"); heap=$(bash "$ROOT/bench/heap.sh" "$n")
  echo "N=$n: $own, $hugo" >&2
  # each launcher's first build records its class-data archive
  clean "$own"; java -jar "$JAR" build --source "$own" >/dev/null
  clean "$own"; (cd "$own" && mvn -q orbitpress:build >/dev/null)
  clean "$own"; (cd "$ROOT" && mvn -q compile exec:java -Dexec.args="build --source $own" >/dev/null)
  [[ -z "${JDK25:-}" ]] || { clean "$own"; "$JDK25/bin/java" -jar "$JAR" build --source "$own" >/dev/null; }
  commands=(hugo tuned jar plugin exec)
  [[ -z "${JDK25:-}" ]] || commands+=(jar-jdk25)
  for run in $(seq 1 "$RUNS"); do
    # each round starts one command later, so that no command always follows the same one
    k=$(( (run - 1) % ${#commands[@]} ))
    for cmd in "${commands[@]:k}" "${commands[@]:0:k}"; do
      clean "$own"; clean "$hugo"
      case $cmd in
        hugo) measure hugo "$n" "$run" "$hugo/public" \
                hugo --quiet --gc --ignoreCache --cacheDir "$hugo/.hugo-cache" -s "$hugo" -d "$hugo/public" ;;
        tuned) measure tuned "$n" "$run" "$own/site" \
                java "${TUNED[@]}" "$heap" -XX:SharedArchiveFile="$JSA" -cp "$JAR" io.orbitpress.cli.Main build --source "$own" ;;
        jar) measure jar "$n" "$run" "$own/site" java -jar "$JAR" build --source "$own" ;;
        plugin) measure plugin "$n" "$run" "$own/site" mvn -q -f "$own/pom.xml" orbitpress:build ;;
        exec) measure exec "$n" "$run" "$own/site" \
                mvn -q -f "$ROOT/pom.xml" compile exec:java -Dexec.args="build --source $own" ;;
        jar-jdk25) measure jar-jdk25 "$n" "$run" "$own/site" "$JDK25/bin/java" -jar "$JAR" build --source "$own" ;;
      esac
    done
    if [[ -n "${PLAIN:-}" && $run == 1 ]]; then
      clean "$own"
      measure plain "$n" "$run" "$own/site" java -cp "$JAR" io.orbitpress.cli.Main build --source "$own"
    fi
  done
done
python3 "$ROOT/bench/defaults_table.py" "$OUT"
