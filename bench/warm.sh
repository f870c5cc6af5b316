#!/usr/bin/env bash
# Warm builds on the generated N-article site (default 10000): Hugo's cold build, then
# Orbitpress cold (--no-cache), its first build with the cache, and five builds each after a
# writer's edit to one article (body, title, a new article, body, topics), every build in a
# fresh JVM, as `orbitpress build` runs. Prints one table; raw rows in $BENCH_WORK/warm-*.tsv.
#
# Usage (from the repository root):  bench/warm.sh [N]
#   JAVA_OPTS  JVM flags for Orbitpress (default: bench/jvm-options and the class-data archive run.sh makes)
#   PAGE_NUMBERS  fromOldest: the site's lists numbered from the oldest (site.yaml's pageNumbers)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export HUGO_BENCH=${HUGO_BENCH:-$(cd "$ROOT/../shared/bench" && pwd)}
export BENCH_WORK=${BENCH_WORK:-/tmp/ssg-bench}
N=${1:-10000}
export RUNS=1
export RESULTS=$BENCH_WORK/warm-$(date +%Y%m%d-%H%M%S).tsv
source "$HUGO_BENCH/lib.sh"
JAR="$ROOT/target/orbitpress.jar"
[[ -f "$JAR" && -z "${REBUILD_JAR:-}" ]] || (cd "$ROOT" && mvn -q package -DskipTests)
read -r -a JVM <<<"${JAVA_OPTS:-$(grep -v '^#' "$ROOT/bench/jvm-options" | tr '\n' ' ')} $(bash "$ROOT/bench/heap.sh" "$N")"

# the generated corpus in Orbitpress format, copied so that the edits stay out of run.sh's copy
SRC="$BENCH_WORK/orbitpress-$N"
if [[ ! -f "$SRC/.done" ]]; then
  python3 "$HUGO_BENCH/gen_corpus.py" "$N" "$SRC" --seed "$SEED" --format orbitpress >&2
  touch "$SRC/.done"
fi
SITE="$BENCH_WORK/orbitpress-warm-$N"
rm -rf "$SITE" "$BENCH_WORK/.orbitpress-warm-$N".*; mkdir -p "$SITE"
cp -r "$SRC/content" "$SITE/"; cp "$ROOT/content/site.yaml" "$SITE/content/site.yaml"; mkdir -p "$SITE/content/static/images"
cp "$ROOT"/content/static/images/orbit-desk-{card,logo}.png "$SITE/content/static/images/"  # site.yaml's social card and logo
[[ -z "${PAGE_NUMBERS:-}" ]] || printf 'pageNumbers: %s\n' "$PAGE_NUMBERS" >> "$SITE/content/site.yaml"
cp -r "$ROOT/templates" "$SITE/"

bash "$HUGO_BENCH/run_hugo.sh" "$N" >&2

build() { # build LABEL [ARGS...]: one Orbitpress build in a fresh JVM, timed
  local label=$1; shift
  sync
  timed "orbitpress-$label" "$N" 1 "${OUT:-$SITE/site}" java "${JVM[@]}" -jar "$JAR" build --source "$SITE" --timings "$@"
  grep -E '^(Built|Timings)' "$BENCH_WORK/last-orbitpress-$label.log" >&2 || true
}
article() { ls "$SITE/content/articles" | sed -n "${1}p"; }

OUT="$SITE/cold-site" build cold --no-cache --out "$SITE/cold-site"
build first
printf '\nA paragraph added to the story.\n' >> "$SITE/content/articles/$(article 101)"
build "edit-body"
f="$SITE/content/articles/$(article 202)"; sed -i '0,/^title: /s/^title: .*/title: "A headline rewritten"/' "$f"
build "edit-title"
# dated on the archive's newest day: a story of a new year would change every page's footer
newest=$(grep -h '^date: ' "$SITE"/content/articles/*.md | cut -c7-16 | sort | tail -1)
cat > "$SITE/content/articles/a-new-story.md" <<STORY
---
title: "A story published into the archive"
date: $newest
tags: [launch]
---
The newest story on the site, written while the archive stays as it is.
STORY
build "new-article"
printf '\nAnother paragraph.\n' >> "$SITE/content/articles/$(article 303)"
build "edit-body-2"
f="$SITE/content/articles/$(article 404)"; sed -i '0,/^tags: /s/^tags: \[/tags: [a-new-topic, /' "$f"
build "edit-topics"
# the warm site must be the cold build's (the last cold build is of the edited files)
OUT="$SITE/cold-site" build cold-again --no-cache --out "$SITE/cold-site"
diff -r -q -x .orbitpress-site "$SITE/site" "$SITE/cold-site" >&2 && echo "warm site = cold site, byte for byte" >&2
python3 - "$RESULTS" <<'TABLE'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])][1:]
hugo = next((float(r[3]) for r in rows if r[0] == "hugo" and r[7] == "0"), None)
print("| build | wall | peak RSS | × Hugo's cold build |")
print("|---|---:|---:|---:|")
for tool, n, run, wall, rss, html, files, rc in rows:
    if tool == "orbitpress-cold-again":
        continue
    ratio = "%.2f" % (float(wall) / hugo) if hugo and rc == "0" else ""
    name = "Hugo cold" if tool == "hugo" else tool.replace("orbitpress-", "Orbitpress ")
    print("| %s (%s articles) | %s | %s MB | %s |" % (name, format(int(n), ","),
          ("%.2f s" % float(wall)) if rc == "0" else "failed (exit %s)" % rc, rss, ratio))
TABLE
