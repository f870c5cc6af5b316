#!/usr/bin/env bash
# `hugo server` on the shared Hugo corpus of N articles: appends a paragraph to EDITS articles one
# by one and prints Hugo's own rebuild time ("Total in N ms") for each and the median. The same
# procedure as the shared run_hugo_server_rebuild.sh, with its results kept under $BENCH_WORK.
# Usage: bench/hugo_server.sh N [EDITS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export HUGO_BENCH=${HUGO_BENCH:-$(cd "$ROOT/../shared/bench" && pwd)}
export BENCH_WORK=${BENCH_WORK:-/tmp/ssg-bench}
export RESULTS=${RESULTS:-$BENCH_WORK/results.tsv}
source "$HUGO_BENCH/lib.sh"
N=${1:?usage: hugo_server.sh N [EDITS]}; EDITS=${2:-5}
CORPUS=$(ensure_corpus "$N")
SITE="$BENCH_WORK/hugo-server-$N"
rm -rf "$SITE"; mkdir -p "$SITE"
cp -r "$HUGO_BENCH/hugo/hugo.toml" "$HUGO_BENCH/hugo/layouts" "$CORPUS/content" "$CORPUS/data" "$SITE/"
LOG="$SITE/server.log"
hugo server -s "$SITE" --bind 127.0.0.1 --port 13131 --renderToDisk -d "$SITE/public" \
  --disableLiveReload --poll 200ms >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null' EXIT
for _ in $(seq 1 600); do grep -q "Web Server is available" "$LOG" && break; sleep 0.5; done
mapfile -t FILES < <(ls "$CORPUS/content/articles" | head -n "$EDITS")
times=()
for f in "${FILES[@]}"; do
  sleep 1
  before=$(grep -c 'Total in' "$LOG" || true)
  printf '\nEdited paragraph for the rebuild benchmark.\n' >> "$SITE/content/articles/$f"
  for _ in $(seq 1 600); do (( $(grep -c 'Total in' "$LOG" || true) > before )) && break; sleep 0.2; done
  ms=$(grep 'Total in' "$LOG" | tail -1 | grep -oE '[0-9]+ ms' || echo "? ms")
  echo "save $f -> hugo rebuilt in ${ms}"
  times+=("${ms% ms}")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "hugo server, %d edits: median %s ms (min %s, max %s)\n", NR, a[int((NR+1)/2)], a[1], a[NR]}'
