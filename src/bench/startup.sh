#!/usr/bin/env bash
# Start-up and idle memory of the server on a mirror: time from launch to the first 200 of /collection,
# the process's CPU (user + sys) at that moment, then RSS after opening PAGES pages and a minute idle.
#   src/bench/startup.sh DATA_FOLDER [PAGES] [java option…]
#   src/bench/startup.sh /tmp/cs/d160 6 -Xmx256m -XX:+UseSerialGC
# A served mirror writes (settings, sync state): give it a copy. No java option: plain `java -jar`.
# PORT picks the port (default 18399); IDLE the seconds idle before the last RSS (default 60); JAR another jar;
# THREADS=1 also lists the CPU each thread had spent at the first 200 (main thread "java", compiler threads, …).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
data="$1"
pages="${2:-6}"
shift $(( $# >= 2 ? 2 : 1 ))
port="${PORT:-18399}"
idle="${IDLE:-60}"
jar="${JAR:-target/spindle.jar}"
ticks=$(getconf CLK_TCK)
# user + system time; the fields are counted after the ")" that ends the name, which may hold spaces ("C1 CompilerThre")
cpu_ms() { sed 's/.*) //' "/proc/$1/stat" | awk -v t="$ticks" '{print int(($12 + $13) * 1000 / t)}'; }
rss_mb() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$1/status"; }

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "port $port already answers (another server): pick another with PORT=" >&2
  exit 1
fi
start=$(date +%s%N)
java ${1+"$@"} -jar "$jar" --data "$data" --port "$port" >"/tmp/startup-$port.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/collection" || true)" = 200 ]; do
  kill -0 $pid 2>/dev/null || { echo "the server stopped: see /tmp/startup-$port.log" >&2; exit 1; }
  sleep 0.02
done
first=$(( ($(date +%s%N) - start) / 1000000 ))
kill -0 $pid 2>/dev/null || { echo "the server stopped: see /tmp/startup-$port.log" >&2; exit 1; }
echo "first 200 of /collection: ${first} ms wall, process CPU $(cpu_ms $pid) ms, RSS $(rss_mb $pid) MB; load $(cut -d' ' -f1-3 /proc/loadavg); flags: $*"
if [ -n "${THREADS:-}" ]; then
  for task in /proc/$pid/task/*; do
    echo "$(cpu_ms "${task#/proc/}") $(cat "$task/comm" 2>/dev/null)"
  done | sort -rn | awk '$1 > 0 { printf "  %6d ms  %s\n", $1, substr($0, index($0, " ") + 1) }'
fi
urls=(/collection /wantlist "/collection?q=lo" "/tracks?q=love" /stats /settings "/collection?sort=artist" "/tracks?q=ma")
for ((n = 0; n < pages; n++)); do
  curl -s -o /dev/null "http://127.0.0.1:$port${urls[n % ${#urls[@]}]}"
done
sleep "$idle"
echo "after $pages pages and $idle s idle: RSS $(rss_mb $pid) MB, process CPU $(cpu_ms $pid) ms; load $(cut -d' ' -f1-3 /proc/loadavg)"
kill $pid
wait $pid 2>/dev/null || true
