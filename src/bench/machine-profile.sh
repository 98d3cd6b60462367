#!/usr/bin/env bash
# Where the whole machine's CPU goes while the suite runs: perf samples every CPU (199 Hz, call chains) through
# `./run.sh test`, then sums the samples by process kind — the test forks, Maven (javac, surefire), the child JVMs
# the tests start, Chromium, chromedriver, the kernel's own threads, idle — each with the part spent in the kernel,
# and how much of Chromium's kernel part is page faults and madvise.
#   src/bench/machine-profile.sh [OUT_FOLDER] [mvn test option…]    e.g. … /tmp/mprof -Dtest='app.spindle.browser.*Test'
#   src/bench/machine-profile.sh --report OUT_FOLDER                again over a recorded run
# Needs perf (apt-get install linux-perf) and root or kernel.perf_event_paranoid <= 0. Run it from a clean clone:
# the samples include everything else the machine does meanwhile.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
report() {
  perf script -i "$1/perf.data" -F pid,comm,ip,sym,dso 2>/dev/null | awk '
    function flush() {
      if (pid == "") return
      n[pid]++; if (kernel) k[pid]++
      if (in_fault) fault[pid]++
      if (in_madvise) madvise[pid]++
      pid = ""
    }
    /^[^ \t]/ { flush(); pid = $NF; comm = $0; sub(/[ \t]+[0-9]+[ \t]*$/, "", comm); sub(/^[ \t]+/, "", comm)
                first = 1; kernel = 0; in_fault = 0; in_madvise = 0
                if (comm == "surefire-forked" || comm ~ /^surefire-forkedjvm/) role[pid] = "test forks"
                if (comm == "ThreadedStreamC" || comm == "timeout-check-t") role[pid] = "Maven (javac, surefire)"
                if (comm == "swapper") role[pid] = "idle"
                if (comm ~ /^(kdamond|kworker|ksoftirq|rcu_|kswapd|jbd2)/) role[pid] = "kernel threads (kdamond, kworker…)"
                next }
    /^[ \t]+[0-9a-f]+ / {
      if (first && /kernel\.kallsyms/) kernel = 1
      first = 0
      if (/exc_page_fault/) in_fault = 1
      if (/__madvise/) in_madvise = 1
      # by majority: a process started by chromedriver or a JVM runs their code until it execs the new program
      if (/\(\/usr\/lib\/chromium\/chromium\)/) votes[pid, "Chromium"]++
      else if (/\(\/usr\/bin\/chromedriver\)/) votes[pid, "chromedriver"]++
      else if (/libjvm\.so\)|\[JIT\]|perf-[0-9]+\.map/) votes[pid, "JVM"]++
      next }
    /^$/ { flush() }
    END { flush()
      split("Chromium chromedriver JVM", exes, " ")
      for (p in n) {
        best = "other"; most = 0
        for (e in exes) if (votes[p, exes[e]] > most) { most = votes[p, exes[e]]; best = exes[e] }
        kind = (p in role) ? role[p] : best
        if (kind == "JVM") kind = "child JVMs"
        s[kind] += n[p]; ks[kind] += k[p]; procs[kind]++
        if (kind == "Chromium") { cf += fault[p]; cm += madvise[p] }
        total += n[p]
      }
      printf "%.1f s sampled (199 Hz on every CPU)\n", total / 199
      for (kind in s) printf "%8.1f s  kernel %6.1f s  %3d processes  %s\n", s[kind] / 199, ks[kind] / 199, procs[kind], kind | "sort -rn"
      close("sort -rn")
      printf "Chromium in the kernel: page faults %.1f s, madvise %.1f s\n", cf / 199, cm / 199
    }'
}
if [ "${1:-}" = "--report" ]; then
  report "$2"; exit
fi
out="${1:-target/machine-profile}"; shift || true
mkdir -p "$out"; out="$(cd "$out" && pwd)"
perf record -F 199 -a -g -o "$out/perf.data" -- ./run.sh test "$@" > "$out/suite.log" 2>&1 || true
grep -E "Tests run:.*Fail" "$out/suite.log" | tail -1 || true
report "$out"
