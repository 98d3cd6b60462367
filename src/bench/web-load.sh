#!/usr/bin/env bash
# The web pages under load, measured from a second process (issue 5):
#   src/bench/web-load.sh DATA_FOLDER [SECONDS]
# DATA_FOLDER holds a synced spindle.db, e.g. the one `--demo --demo-size 100000 --data D` fills in
# D/demo. The script serves it with the built jar (no sync running), then drives each page with wrk
# (2 threads, 8 connections) twice: one URL over and over (what a bookmark or a refresh costs), and URLs
# picked at random among 20,000 distinct ones drawn from the mirror (mostly never seen before, so the
# page is computed, not remembered). The filtered searches are also driven by one connection, as one
# person typing would. Prints a Markdown table. Needs wrk (apt-get install wrk).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$(cd "${1:?usage: web-load.sh DATA_FOLDER [SECONDS]}" && pwd)"
SECONDS_EACH="${2:-30}"
PORT="${PORT:-18090}"
JAR="${JAR:-$HERE/target/spindle.jar}"   # JAR=... measures another build (a copy: a rebuild mid-run breaks the server)
WORK="$(mktemp -d)"
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "web-load.sh: wrk is needed (apt-get install wrk)" >&2; exit 1; }
[ -f "$JAR" ] || { echo "web-load.sh: build the jar first (mvn -B -q package -DskipTests)" >&2; exit 1; }
[ -f "$DATA/spindle.db" ] || { echo "web-load.sh: no spindle.db in $DATA" >&2; exit 1; }

java -cp "$JAR" "$HERE/src/bench/WebLoadUrls.java" "$DATA/spindle.db" "$WORK/urls" 20000 7
java -cp "$JAR" "$HERE/src/bench/WebLoadUrls.java" "$DATA/spindle.db" "$WORK/warm" 3000 99

java -jar "$JAR" --port "$PORT" --data "$DATA" --sync-interval 0 >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "$BASE/healthz" && break
  sleep 0.5
done
# The first page of each large shelf starts reading it into memory (ShelfIndex); until that is done SQL answers.
# Wait for it, so the first row measures pages, not the server's start (100,000 synthetic copies: ~4 s of CPU).
curl -fs -o /dev/null "$BASE/collection"; curl -fs -o /dev/null "$BASE/wantlist"
status="$(curl -fs "$BASE/api/status")"
for shelf in collection wantlist; do
  entries="$(grep -o "\"$shelf\":[0-9]*" <<<"$status" | cut -d: -f2)"
  [ "${entries:-0}" -ge 1000 ] || continue   # ShelfReader.INDEXED_FROM: a smaller shelf stays in SQL
  for _ in $(seq 1 300); do
    grep -q "Browsing the $shelf from memory" "$WORK/server.log" && break
    sleep 1
  done
done

# The facet panels of the filtered searches, which a browser asks for right after the results.
sed 's|^/collection?|/collection/facets?|' "$WORK/urls/filtered.txt" >"$WORK/urls/facets.txt"
sed 's|^/collection?|/collection/facets?|' "$WORK/warm/filtered.txt" >"$WORK/warm/facets.txt"
# The same searches misspelt (two letters of the typed word swapped): most find nothing and offer "did you mean".
for list in urls warm; do
  sed -E 's/([?&]q=[^&+%]?)([^&+%])([^&+%])/\1\3\2/' "$WORK/$list/filtered.txt" >"$WORK/$list/misspelt.txt"
  # as the search box sends them: no order chosen, so the best matches first
  sed -E 's/&sort=[^&]*//' "$WORK/$list/filtered.txt" >"$WORK/$list/ranked.txt"
done
head -1 "$WORK/urls/release.txt" >"$WORK/one-release.txt"
printf '/collection\n' >"$WORK/one-collection.txt"
printf '/collection?q=blue&genre=Jazz&sort=year-asc\n' >"$WORK/one-filtered.txt"

to_ms() { # wrk prints 812.00us, 1.52ms or 1.02s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.1f", n }'
}

measure() { # name, warm-up list, measured list[, connections]
  local connections="${4:-8}" threads=2
  [ "$connections" -lt 2 ] && threads=1
  wrk -t2 -c8 -d10s -s "$HERE/src/bench/pick-url.lua" "$BASE" -- "$2" >/dev/null
  local out
  out="$(wrk -t"$threads" -c"$connections" -d"${SECONDS_EACH}"s --latency -s "$HERE/src/bench/pick-url.lua" "$BASE" -- "$3")"
  local p50 p99 rps errors
  p50="$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")"
  p99="$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")"
  rps="$(awk '/^Requests\/sec/ {printf "%.0f", $2}' <<<"$out")"
  errors="$(awk '/Non-2xx/ {print $5}' <<<"$out")"
  printf '| %s | %s ms | %s ms | %s | %s |\n' "$1" "$p50" "$p99" "$rps" "${errors:-0}"
}

echo "| page | p50 | p99 | req/s | non-2xx |"
echo "|---|---|---|---|---|"
measure "collection, one URL (\`/collection\`)" "$WORK/one-collection.txt" "$WORK/one-collection.txt"
measure "filtered search, one URL (\`$(cat "$WORK/one-filtered.txt")\`)" "$WORK/one-filtered.txt" "$WORK/one-filtered.txt"
measure "release page, one URL (\`$(cat "$WORK/one-release.txt")\`)" "$WORK/one-release.txt" "$WORK/one-release.txt"
measure "collection pages, 20,000 URLs (page, sort, view)" "$WORK/warm/collection.txt" "$WORK/urls/collection.txt"
measure "filtered searches, 20,000 URLs (typed words + facets + sort)" "$WORK/warm/filtered.txt" "$WORK/urls/filtered.txt"
measure "the same in best-match order (no sort chosen), 20,000 URLs" "$WORK/warm/ranked.txt" "$WORK/urls/ranked.txt"
measure "the same, one person typing (1 connection)" "$WORK/warm/filtered.txt" "$WORK/urls/filtered.txt" 1
measure "the same misspelt (did you mean), 20,000 URLs" "$WORK/warm/misspelt.txt" "$WORK/urls/misspelt.txt"
measure "their facet panels, 20,000 URLs" "$WORK/warm/facets.txt" "$WORK/urls/facets.txt"
measure "release pages, 20,000 releases" "$WORK/warm/release.txt" "$WORK/urls/release.txt"
echo
echo "server CPU time (user+sys) over the whole run, warm-ups included: $(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f s", ($14 + $15) / hz}' /proc/$SERVER/stat)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
