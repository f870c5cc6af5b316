#!/usr/bin/env bash
# The first build of a site folder with a cache, then three builds each after a writer's edit to
# one article, every build in a fresh JVM (java -jar JAR build), on a fresh copy of the generated
# N-article site in its own folder. Prints each build's wall time and its render and write steps.
# Alternate two jars (JAR=old.jar, JAR=new.jar) to compare them.
#
# Usage (from the repository root):  JAR=target/orbitpress.jar bench/first-edit.sh LABEL [N]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
LABEL=${1:?usage: first-edit.sh LABEL [N]}
N=${2:-10000}
JAR=${JAR:-$ROOT/target/orbitpress.jar}
BENCH_WORK=${BENCH_WORK:-/tmp/ssg-bench}
SRC="$BENCH_WORK/orbitpress-$N"
[[ -f "$SRC/.done" ]] || { echo "make the corpus first (bench/warm.sh $N does)" >&2; exit 1; }
WORK="$BENCH_WORK/first-edit"
SITE="$WORK/site-$LABEL"
rm -rf "$SITE" "$WORK/.site-$LABEL".*; mkdir -p "$SITE"
cp -r "$SRC/content" "$SITE/"; cp "$ROOT/content/site.yaml" "$SITE/content/site.yaml"
mkdir -p "$SITE/content/static/images"; cp "$ROOT"/content/static/images/orbit-desk-{card,logo}.png "$SITE/content/static/images/"
cp -r "$ROOT/templates" "$SITE/"
build() {
  sync
  local start end
  start=$(date +%s.%N)
  java -jar "$JAR" build --source "$SITE" --timings > "$WORK/log-$LABEL" 2>&1
  end=$(date +%s.%N)
  printf '%s %s %.2f s | %s\n' "$LABEL" "$1" "$(echo "$end - $start" | bc)" \
    "$(grep -o 'render [0-9]* ms, link check [0-9]* ms, write [0-9]* ms' "$WORK/log-$LABEL")"
}
build first
for i in 1 2 3; do
  printf '\nA paragraph added to the story.\n' >> "$SITE/content/articles/$(ls "$SITE/content/articles" | sed -n "$((i * 100))p")"
  build "edit$i"
done
