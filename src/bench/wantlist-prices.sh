#!/bin/sh
# Page time and server CPU of the wantlist sorted and filtered by price. Start Spindle on a priced mirror
# first (see BENCHMARKS.md, "Prices"), then: src/bench/wantlist-prices.sh PORT PID [N]
# Each URL is asked for 5 times to warm up (the first builds the in-memory shelf index), then N times
# (default 20); prints the median wall time and the JVM's user+sys CPU per page from /proc/PID/stat. A page
# asked for again comes from the page cache: the second part reads pages 21-60 of each order once each.
port=$1; pid=$2; n=${3:-20}
tick=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
for path in "/wantlist?sort=price-asc" "/wantlist?sort=price-asc&page=200" "/wantlist?sort=drop-asc" \
        "/wantlist?price=for-sale&sort=price-asc" "/wantlist?price=under-target" "/wantlist?sort=added-desc" \
        "/wantlist/shopping-list?price=under-target"; do
    url="http://127.0.0.1:$port$path"
    for i in 1 2 3 4 5; do curl -s -o /dev/null "$url"; done
    before=$(cpu)
    times=$(for i in $(seq "$n"); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n)
    after=$(cpu)
    median=$(echo "$times" | awk -v n="$n" 'NR == int((n + 1) / 2) {printf "%.1f", $1 * 1000}')
    echo "$path: median ${median} ms wall, $(echo "($after - $before) * 1000 / $tick / $n" | bc -l | xargs printf '%.1f') ms CPU a page"
done
for sort in price-asc drop-asc added-desc; do
    before=$(cpu)
    times=$(for page in $(seq 21 60); do
        curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/wantlist?sort=$sort&page=$page"; done | sort -n)
    after=$(cpu)
    median=$(echo "$times" | awk 'NR == 20 {printf "%.1f", $1 * 1000}')
    echo "/wantlist?sort=$sort pages 21-60, each once: median ${median} ms wall, $(echo "($after - $before) * 1000 / $tick / 40" | bc -l | xargs printf '%.1f') ms CPU a page"
done
