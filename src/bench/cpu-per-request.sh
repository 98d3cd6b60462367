#!/usr/bin/env bash
# The server's CPU time per request, load-independent enough for a shared box (issue 17):
#   src/bench/cpu-per-request.sh JAR DATA_FOLDER URL_LIST...
# Starts the jar on the folder (no sync), then for each list (one path a line, e.g. the filtered.txt that
# WebLoadUrls.java writes): fetches its first 300 URLs to warm up, then all of them one after another with
# curl, reading the server's utime+stime from /proc/<pid>/stat before and after.
set -euo pipefail
JAR="$1"; DATA="$2"; shift 2
PORT="${PORT:-18593}"; BASE="http://127.0.0.1:$PORT"
LOG="$(mktemp)"
java -jar "$JAR" --port "$PORT" --data "$DATA" --sync-interval 0 >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -f "$LOG"' EXIT
for _ in $(seq 1 240); do curl -fs -o /dev/null "$BASE/healthz" && break; sleep 0.5; done
HZ=$(getconf CLK_TCK)
cpu() { awk -v hz="$HZ" '{printf "%.0f", ($14 + $15) * 1000 / hz}' /proc/$SERVER/stat; }
for list in "$@"; do
  head -300 "$list" | sed "s|^|$BASE|" | xargs -n 50 curl -s >/dev/null
  n=$(wc -l < "$list"); before=$(cpu); start=$(date +%s.%N)
  sed "s|^|$BASE|" "$list" | xargs -n 50 curl -s >/dev/null
  after=$(cpu); end=$(date +%s.%N)
  echo "$(basename "$list"): $n requests, server CPU $((after - before)) ms = $(echo "scale=2; ($after - $before) / $n" | bc) ms/request, wall $(echo "$end - $start" | bc) s"
done
