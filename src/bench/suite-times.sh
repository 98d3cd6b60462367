#!/usr/bin/env bash
# Writes src/test/suite-times/.surefire-suite from the surefire reports of a whole-suite run (target/surefire-reports): each test
# class's wall time in ms, in the format of surefire's run statistics. The pom copies it to .surefire-suite before
# every test run, and runOrder=balanced then hands the longest classes to the forks first, so no fork ends alone.
#   ./run.sh test && src/bench/suite-times.sh [reports folder, default target/surefire-reports]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
for report in "${1:-target/surefire-reports}"/TEST-*.xml; do
  sed -n 's/^<testsuite[^>]* name="\([^"]*\)" time="\([0-9.]*\)".*/\1 \2/p; s/^<testsuite[^>]* time="\([0-9.]*\)"[^>]* name="\([^"]*\)".*/\2 \1/p' "$report" | head -1
done | awk '{ printf "1,%d,%s,class\n", $2 * 1000, $1 }' | sort -t, -k2,2 -n -r > src/test/suite-times/.surefire-suite
wc -l src/test/suite-times/.surefire-suite
