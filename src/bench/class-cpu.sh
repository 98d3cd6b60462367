#!/usr/bin/env bash
# After a test run: each test class's wall time, its JVM's CPU meanwhile and that CPU with its child processes'
# (Chromium, child JVMs), longest first (app.spindle.testing.ClassCpuReport writes them), with the share of a core
# the class used: a class far below 1.0 mostly waits (timers, rate windows, sleeps).
#   src/bench/class-cpu.sh [how many, default 30] [run folder, default the last in target/class-cpu]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
run="${2:-$(ls -d target/class-cpu/*/ | sort | tail -1)}"
echo "$run"
cat "$run"/fork-*.tsv | sort -t$'\t' -k2,2 -g -r | awk -F'\t' -v top="${1:-30}" '
  BEGIN { printf "%-48s %8s %8s %8s %6s\n", "class", "wall s", "jvm s", "all s", "cores" }
  { n++; wall += $2; jvm += $3; all += $4; name = $1; sub(/^app\.spindle\./, "", name)
    if (n <= top) printf "%-48s %8.1f %8.1f %8.1f %6.2f\n", name, $2, $3, $4, ($2 > 0 ? $4 / $2 : 0) }
  END { printf "%d classes: %.0f s wall, %.0f s CPU in the forks, %.0f s with their children\n", n, wall, jvm, all }'
