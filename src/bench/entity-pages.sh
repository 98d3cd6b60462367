#!/bin/bash
# Server time of the release, artist, label and master pages read from the mirror (each visited twice first, then
# timed N times with curl), and the server's CPU per visit (from /proc/PID/stat, so a busy machine inflates only
# the wall figures).
# Usage: src/bench/entity-pages.sh BASE_URL SERVER_PID RELEASE ARTIST LABEL MASTER [N]
#   e.g. src/bench/entity-pages.sh http://127.0.0.1:18432 $(cat serve.pid) 12345 194 1818 1436652
B=$1; PID=$2; R=$3; A=$4; L=$5; M=$6; N=${7:-20}
TICK=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' /proc/$PID/stat; }
for u in /releases/$R /artists/$A "/artists/$A/discography?sort=year&order=asc" /labels/$L "/labels/$L/catalogue?missing=0" \
         /masters/$M "/masters/$M/versions?sort=year"; do
  curl -s -o /dev/null "$B$u"; curl -s -o /dev/null "$B$u"
  size=$(curl -s -o /dev/null -w "%{size_download}" "$B$u")
  c0=$(cpu)
  t=$(for i in $(seq 1 $N); do curl -s -o /dev/null -w "%{time_total}\n" "$B$u"; done | sort -n \
      | awk '{a[NR]=$1} END {printf "median %.1f ms, p95 %.1f ms", a[int(NR/2)+1]*1000, a[int(NR*0.95)]*1000}')
  c1=$(cpu)
  echo "$u: $t; server CPU $(echo "scale=1; ($c1 - $c0) * 1000 / $TICK / $N" | bc) ms per visit; $((size / 1024)) KB"
done
