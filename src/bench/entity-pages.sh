#!/bin/bash
# Server time of the release, artist, label and master pages on their second visit, read from the mirror.
# Usage: src/bench/entity-pages.sh [BASE_URL]   (Spindle running on a synced demo; each page is visited once
# first, which fetches it from the demo's FakeDiscogs, then timed 20 times with curl.)
B=${1:-http://127.0.0.1:8080}
for u in /releases/40000100 /artists/20000007 "/artists/20000007/discography?sort=year&order=asc" /labels/10000000 "/labels/10000000/catalogue?missing=0" /masters/30000002 "/masters/30000002/versions?sort=year"; do
  curl -s -o /dev/null "$B$u"; curl -s -o /dev/null "$B$u"
  t=$(for i in $(seq 1 20); do curl -s -o /dev/null -w "%{time_total}\n" "$B$u"; done | sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms, p95 %.1f ms", a[int(NR/2)+1]*1000, a[int(NR*0.95)]*1000}')
  echo "$u: $t"
done
