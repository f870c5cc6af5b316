#!/usr/bin/env bash
# Builds the sample site, serves it on 127.0.0.1 and prints Lighthouse's four category scores
# for the home page, an article, a person page and a mission page.
#
#   npm install -g lighthouse@12.8.2      # once; Node 20 or newer
#   tools/lighthouse.sh [--no-build] [route ...]
#
# Needs Debian's chromium (CHROME_PATH, default /usr/bin/chromium) and python3 for the server.
# Reports are kept in target/lighthouse/. Desktop scores: LIGHTHOUSE_PRESET=desktop.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/static-server.sh

build=1
if [[ "${1:-}" == "--no-build" ]]; then build=0; shift; fi
routes=("$@")
if [[ ${#routes[@]} -eq 0 ]]; then
  routes=("" "articles/crew-11-lifts-off/" "people/zena-cardman/" "missions/crew-11/")
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
command -v lighthouse >/dev/null || { echo "lighthouse not found: npm install -g lighthouse@12.8.2" >&2; exit 2; }

if [[ $build -eq 1 ]]; then
  mvn -q -o compile exec:java >&2
fi
out=target/lighthouse
mkdir -p "$out"

serve_static site "$out/server.log"

preset=()
if [[ "${LIGHTHOUSE_PRESET:-}" == "desktop" ]]; then preset=(--preset=desktop); fi

printf '| %-34s | %11s | %13s | %14s | %3s |\n' page performance accessibility "best practices" SEO
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..36})" "-------------" "---------------" "----------------" "-----"
for route in "${routes[@]}"; do
  name=$(echo "${route:-home}" | tr '/' '_' | sed 's/_$//')
  lighthouse "http://127.0.0.1:$port/$route" --quiet --output=json --output-path="$out/$name.json" \
    --only-categories=performance,accessibility,best-practices,seo "${preset[@]}" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    >/dev/null 2>"$out/$name.log" || { echo "lighthouse failed on /$route; see $out/$name.log" >&2; exit 1; }
  python3 - "$out/$name.json" "/$route" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c = r["categories"]
s = lambda k: "n/a" if c[k]["score"] is None else str(round(c[k]["score"] * 100))
print("| %-34s | %11s | %13s | %14s | %3s |" % (sys.argv[2], s("performance"), s("accessibility"), s("best-practices"), s("seo")))
for k in ("performance", "accessibility", "best-practices", "seo"):
    for ref in c[k]["auditRefs"]:
        a = r["audits"][ref["id"]]
        if ref.get("weight", 0) > 0 and a.get("score") is not None and a["score"] < 1:
            print("    %s %s: %s (%s)" % (sys.argv[2], k, a["id"], a.get("displayValue", a["score"])), file=sys.stderr)
PY
done
