#!/usr/bin/env bash
# Runs one benchmark or tool of src/bench/java in a JVM of its own, with the test class path (FakeDiscogs and the
# test fixtures included):
#   src/bench/run.sh [JVM option…] CLASS [argument…]
#   src/bench/run.sh -Dsynthetic.collection=2000 app.spindle.mirror.query.MakeSyntheticDb
# JVM options (-D…, -X…) come before the class. The code is compiled first when it changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
options=()
while [ $# -gt 0 ] && [[ "$1" == -* ]]; do
  options+=("$1")
  shift
done
if [ $# -eq 0 ]; then
  echo "usage: src/bench/run.sh [JVM option…] CLASS [argument…]  (the classes: find src/bench/java -name '*.java')" >&2
  exit 2
fi
MAVEN_OPTS="${MAVEN_OPTS:-} -Djansi.noreset=true" mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
exec java "${options[@]}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$@"
