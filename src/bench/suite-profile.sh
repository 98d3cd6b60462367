#!/usr/bin/env bash
# Where the test forks' CPU goes: runs the suite (or a selection) with async-profiler in every fork, sampling each
# thread's CPU every 5 ms (itimer: no perf events needed), and sums the stacks: the frames with the most samples of
# their own, and the inclusive time of the frames asked for (default: the project's own methods).
#   src/bench/suite-profile.sh [OUT_FOLDER] [mvn test option…]       e.g. … /tmp/prof -Dtest='app.spindle.sync.**.*Test'
#   src/bench/suite-profile.sh --report OUT_FOLDER [FRAME…]          again over a run's stacks, e.g. org/jdbi/v3/core/Jdbi.open
# The profiler is tools.profiler:async-profiler from Maven Central (its jar holds the native library).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
report() {
  local out="$1"; shift
  awk -v frames="$*" '
    BEGIN { n = split(frames, want, " ") }
    { count = $NF; sub(/ [0-9]+$/, ""); total += count
      gsub(/[^;]*libsqlitejdbc\.so/, "libsqlitejdbc.so") # extracted under a new name by each fork
      k = split($0, f, ";"); self[f[k]] += count
      delete seen
      for (i = 1; i <= k; i++) if (!(f[i] in seen)) { seen[f[i]] = 1
        if (n > 0) { for (j = 1; j <= n; j++) if (f[i] == want[j]) inc[f[i]] += count }
        else if (f[i] ~ /^app\/spindle\// && f[i] !~ /ambda/) inc[f[i]] += count } }
    END { printf "%.1f s sampled in the forks\n", total * 0.005
      print "-- most samples of their own"
      for (s in self) print self[s] * 0.005, s | "sort -rn | head -25 | awk \x27{printf \"%7.1f s  %s\\n\", $1, substr($0, index($0, $2), 110)}\x27"
      close("sort -rn | head -25 | awk \x27{printf \"%7.1f s  %s\\n\", $1, substr($0, index($0, $2), 110)}\x27")
      print "-- inclusive"
      for (s in inc) print inc[s] * 0.005, s | "sort -rn | head -40 | awk \x27{printf \"%7.1f s  %s\\n\", $1, $2}\x27" }
  ' "$out"/*.collapsed
}
if [ "${1:-}" = "--report" ]; then
  shift; report "$@"; exit
fi
out="${1:-target/suite-profile}"; shift || true
mkdir -p "$out"; out="$(cd "$out" && pwd)"; rm -f "$out"/*.collapsed
version=4.1
jar="$HOME/.m2/repository/tools/profiler/async-profiler/$version/async-profiler-$version.jar"
[ -f "$jar" ] || mvn -B -q dependency:get -Dartifact=tools.profiler:async-profiler:$version >&2
unzip -o -q -j "$jar" "linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')/libasyncProfiler.so" -d "$out"
agent="-agentpath:$out/libasyncProfiler.so=start,event=itimer,interval=5ms,cstack=vm,file=$out/fork-%p.collapsed,collapsed"
MAVEN_OPTS="${MAVEN_OPTS:-} -Djansi.noreset=true" mvn -B -q -Dstyle.color=never test "-Dspindle.test.jvm=$agent" "$@" >&2 || true
report "$out"
