#!/usr/bin/env bash
# Takes a screenshot of every page at 1280 and 390 px wide into docs/screens/, from a fresh demo:
#   docs/screenshots.sh
# Starts the built jar with --demo in a temporary folder, waits for its first sync to end, finds a release (one
# with a gallery), its master, artist and label, then has headless Chromium take each page. Look at each one.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${JAR:-$HERE/target/spindle.jar}"
OUT="$HERE/docs/screens"
PORT="${PORT:-18777}"
BASE="http://127.0.0.1:$PORT"
DATA="$(mktemp -d)"
[ -f "$JAR" ] || (cd "$HERE" && mvn -B -q -Dstyle.color=never package -DskipTests)
java -jar "$JAR" --demo --port "$PORT" --data "$DATA" >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -fs "$BASE/api/status" 2>/dev/null | grep -q '"state":"idle","phase":null,"done":0,"total":0,"lastSuccessAt":"'; do
  kill -0 $SERVER 2>/dev/null || { cat "$DATA/server.log" >&2; exit 1; }
  sleep 2
done

first() { curl -fs "$BASE$1" | grep -o "$2" | head -1; }
# a release of the collection whose images came with the demo's stand-in (three images: a gallery)
release=$(sqlite3 "file:$DATA/demo/spindle.db?mode=ro" 2>/dev/null "SELECT i.release_id FROM release_images i
  JOIN collection_items c ON c.release_id = i.release_id JOIN cover_images v ON v.release_id = i.release_id
  WHERE v.local_file IS NOT NULL GROUP BY i.release_id HAVING count(*) = 3 LIMIT 1" || true)
release="${release:-$(first /collection '/releases/[0-9]*' | cut -d/ -f3)}"
master=$(first "/releases/$release" '/masters/[0-9]*')
artist=$(first "/releases/$release" '/artists/[0-9]*')
label=$(first "/releases/$release" '/labels/[0-9]*')

pages=(
  "collection /collection"
  "collection-list /collection?view=list"
  "collection-search /collection?q=blues"
  "wantlist /wantlist"
  "shopping-list /wantlist/shopping-list"
  "tracks /tracks"
  "match /match"
  "search /search?q=david+bowie"
  "stats /stats"
  "actions /actions"
  "settings /settings"
  "release /releases/$release"
  "master $master"
  "artist $artist"
  "label $label"
  "not-found /no-such-page"
)
mkdir -p "$OUT"
for page in "${pages[@]}"; do
  name="${page%% *}"; path="${page#* }"
  for size in 1280,900 390,844; do
    width="${size%%,*}"
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$size" \
      --host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE 127.0.0.1" \
      --screenshot="$OUT/$name-$width.png" "$BASE$path" >/dev/null 2>&1
    echo "$OUT/$name-$width.png  ($path)"
  done
done
