#!/usr/bin/env bash
# Builds the sample site and photographs its pages with headless Chromium at a phone width
# (390 px) and a desktop width (1280 px), into docs/screenshots/<name>-<width>.png.
#
#   tools/screenshots.sh [--no-build] [name ...]
#
# The pages are listed in tools/screenshot-pages.txt (name and route, one a line); names given
# on the command line limit the run to those pages. The site is served on 127.0.0.1 by python3,
# so search runs as it does on a host; the browser is Debian's chromium driven through
# /usr/bin/chromedriver (io.orbitpress.tools.Screenshots, under src/test). pngquant, when
# installed, makes the files smaller.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/static-server.sh

build=1
if [[ "${1:-}" == "--no-build" ]]; then build=0; shift; fi
site="${SCREENSHOT_SITE:-target/screenshot-site}"
out=docs/screenshots

if [[ $build -eq 1 ]]; then
  mvn -q -o package -DskipTests >&2
  java -jar target/orbitpress.jar build --no-cache --source . --out "$site" >&2
fi
if [[ $build -eq 1 || ! -f target/screenshot-cp.txt ]]; then
  mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/screenshot-cp.txt >&2
fi
mkdir -p "$out"

serve_static "$site" /dev/null

started=$(mktemp)
java -cp "target/classes:target/test-classes:$(cat target/screenshot-cp.txt)" io.orbitpress.tools.Screenshots \
  "http://127.0.0.1:$port" tools/screenshot-pages.txt "$out" "$@"
if command -v pngquant >/dev/null; then
  # only the pictures this run took: the others keep their bytes
  find "$out" -name '*.png' -newer "$started" -print0 | while IFS= read -r -d '' f; do
    pngquant --force --skip-if-larger --output "$f" -- "$f" || true
  done
fi
rm -f "$started"
