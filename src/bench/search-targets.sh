#!/usr/bin/env bash
# Search that finds what people type, against the web targets (issue 17), in one command:
#   src/bench/search-targets.sh [FOLDER] [SECONDS]
# Makes a 100,000-copy synthetic mirror in FOLDER (default /tmp/spindle-search; 100,000 copies, 20,000 wants,
# its full-text index rebuilt as migration 14 builds it, so genres and styles are searchable) unless one is there,
# then drives it with web-load.sh (wrk: p50/p99/req/s, SECONDS a row, default 15) and measures the server's CPU
# per request with cpu-per-request.sh over 2,000 typed searches (ranked best match first, the default with words),
# the same misspelt ("did you mean"), the same in the newest-first order, and their facet panels (the second request
# a browser makes for a search on a large shelf). Prints the load average beside it:
# wall times on a shared box say little, CPU per request is the steadier figure. Needs wrk and the built jar.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FOLDER="${1:-/tmp/spindle-search}"
SECONDS_EACH="${2:-15}"
JAR="${JAR:-$HERE/target/spindle.jar}"   # JAR=... measures another build (a copy: a rebuild mid-run breaks the server)
cd "$HERE"
[ -f "$JAR" ] || mvn -B -q -Dstyle.color=never package -DskipTests

if [ ! -f "$FOLDER/spindle.db" ]; then
  echo "== making the synthetic mirror in $FOLDER (a few minutes)" >&2
  src/bench/run.sh -Dsynthetic.dir="$FOLDER" -Dsynthetic.collection=100000 -Dsynthetic.wants=20000 \
    app.spindle.mirror.query.MakeSyntheticDb >&2
  # the index as migration 14 fills it: every release's artists, title, labels, catnos, tracks, identifiers, genres and styles
  reindex="$(sed -n '/^INSERT INTO release_search/,/^FROM releases r;/p' src/main/resources/db/migration/014_search_genres_styles.sql)"
  java -cp "$JAR" src/bench/Sql.java "$FOLDER/spindle.db" \
    "INSERT INTO release_search(release_search) VALUES('delete-all')" "$reindex" >&2
fi

echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
PORT="${PORT:-18591}" src/bench/web-load.sh "$FOLDER" "$SECONDS_EACH"

URLS="$(mktemp -d)"
trap 'rm -rf "$URLS"' EXIT
java -cp "$JAR" src/bench/WebLoadUrls.java "$FOLDER/spindle.db" "$URLS" 2000 7 >/dev/null
# typed searches as the search box sends them: no order chosen, so the best matches come first
sed -E 's/&sort=[^&]*//' "$URLS/filtered.txt" >"$URLS/ranked.txt"
sed -E 's/([?&]q=[^&+%]?)([^&+%])([^&+%])/\1\3\2/' "$URLS/ranked.txt" >"$URLS/misspelt.txt"
# the same searches in the shelf's newest-first order: what ranking costs over the order it replaced
sed -E 's/$/\&sort=added-desc/' "$URLS/ranked.txt" >"$URLS/newest-first.txt"
sed 's|^/collection?|/collection/facets?|' "$URLS/ranked.txt" >"$URLS/facet-panels.txt"
PORT="${CPU_PORT:-18593}" src/bench/cpu-per-request.sh "$JAR" "$FOLDER" \
  "$URLS/ranked.txt" "$URLS/misspelt.txt" "$URLS/newest-first.txt" "$URLS/facet-panels.txt"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
