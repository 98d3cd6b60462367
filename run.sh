#!/usr/bin/env bash
# Spindle's one entry point.
#   ./run.sh [options]    build the jar if anything changed, then run it (see ./run.sh --help)
#   ./run.sh --demo       try it with a bundled demo account
#   ./run.sh test         run the whole test suite, browser tests included
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAR="$HERE/target/spindle.jar"

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "run.sh: $1 is required but not installed. $2" >&2
    exit 1
  fi
}

java_major() {
  java -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

check_toolchain() {
  need java "Install Java 17 or newer (Debian/Ubuntu: apt-get install openjdk-17-jdk)."
  need mvn "Install Apache Maven 3.8 or newer (Debian/Ubuntu: apt-get install maven)."
  local major
  major="$(java_major)"
  if [ -n "$major" ] && [ "$major" -lt 17 ]; then
    echo "run.sh: Java 17 or newer is required (found Java $major)." >&2
    exit 1
  fi
}

ensure_browser() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return
  fi
  local cmd="apt-get update && apt-get install -y chromium chromium-driver"
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "run.sh: installing Chromium and ChromeDriver for the browser tests…" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "run.sh: the browser tests need Chromium and ChromeDriver. Install them with:" >&2
    echo "  sudo sh -c '$cmd'" >&2
    exit 1
  fi
}

jar_is_stale() {
  [ ! -f "$JAR" ] && return 0
  [ -n "$(find "$HERE/src/main" "$HERE/templates" "$HERE/static" "$HERE/pom.xml" -newer "$JAR" -print -quit 2>/dev/null)" ]
}

if [ "${1:-}" = "test" ]; then
  shift
  check_toolchain
  ensure_browser
  cd "$HERE"
  MAVEN_OPTS="${MAVEN_OPTS:-} -Djansi.noreset=true" exec mvn -B -Dstyle.color=never test "$@"
fi

# One dot per Maven build step on stderr, so a first build visibly moves.
dots() {
  local line
  while IFS= read -r line; do
    case "$line" in "[INFO] --- "*) printf '.' >&2 ;; esac
  done
}

# Builds the jar quietly into target/build.log; on failure shows the log's end. Debian's Maven 3.8
# (jansi 2) writes bare reset codes even in batch mode unless jansi.noreset is set at JVM start.
build_jar() {
  local log="$HERE/target/build.log" started=$SECONDS
  mkdir -p "$HERE/target"
  printf 'run.sh: building target/spindle.jar (first time about 2 minutes, more on a busy machine)' >&2
  if (cd "$HERE" && MAVEN_OPTS="${MAVEN_OPTS:-} -Djansi.noreset=true" \
      mvn -B -Dstyle.color=never package -DskipTests 2>&1) | tee "$log" | dots; then
    printf ' done in %ds.\n' $((SECONDS - started)) >&2
  else
    printf ' failed. The end of %s:\n' "$log" >&2
    grep -E '^\[(ERROR|WARNING)\]' "$log" | tail -n 30 >&2 || tail -n 30 "$log" >&2
    exit 1
  fi
}

check_toolchain
if jar_is_stale; then
  build_jar
fi
export SPINDLE_DATA="${SPINDLE_DATA:-$HERE/data}"

# Serving flags (BENCHMARKS.md, issue 19, start-up): the C1 compiler only and a class-data-sharing archive
# made by the first server run after a build cut the CPU to the first page from 8.0 s to 4.1 s on a 500 MB
# mirror; the serial collector starting from a 16 MB heap and two malloc arenas keep an idle server near
# 140 MB instead of 190. SPINDLE_JAVA_OPTS adds or overrides (e.g. -Xmx512m).
# The archive is made only by a server's run (it is written when the server stops), never by a command.
ARCHIVE="$HERE/target/spindle.jsa"
CDS=()
if [ -f "$ARCHIVE" ] && [ "$ARCHIVE" -nt "$JAR" ]; then
  CDS=("-XX:SharedArchiveFile=$ARCHIVE")
else
  case "${1:-}" in
    sync|backup|import-dump|salvage|--help|-h|--version) ;;
    *) rm -f "$ARCHIVE"; CDS=("-XX:ArchiveClassesAtExit=$ARCHIVE" "-Xlog:cds=off" "-Xlog:cds+dynamic=off") ;;
  esac
fi

# The SQLite driver copies its native library out of the jar into /tmp at every start (about 0.1 s of the
# 1.1-1.2 s to the first page, BENCHMARKS.md): keep one copy beside the jar it came from and point the driver
# at it. A copy that will not load costs nothing: the driver then makes its own, as without these flags.
NATIVE="$HERE/target/native"
SQLITE_LIB=()
native_sqlite() {
  local folder name
  folder="$(java -cp "$JAR" org.sqlite.util.OSInfo 2>/dev/null)" || return 0
  case "$folder" in
    Windows/*) return 0 ;;
    Mac/*) name=libsqlitejdbc.dylib ;;
    *) name=libsqlitejdbc.so ;;
  esac
  rm -rf "$NATIVE"
  mkdir -p "$NATIVE.tmp"
  if (cd "$NATIVE.tmp" && jar xf "$JAR" "org/sqlite/native/$folder/$name") 2>/dev/null \
      && [ -f "$NATIVE.tmp/org/sqlite/native/$folder/$name" ]; then
    mkdir -p "$NATIVE"
    mv "$NATIVE.tmp/org/sqlite/native/$folder/$name" "$NATIVE/$name"
  fi
  rm -rf "$NATIVE.tmp"
  mkdir -p "$NATIVE" # even empty: not asked again until the next build
}
if [ ! -d "$NATIVE" ] || [ "$JAR" -nt "$NATIVE" ]; then
  native_sqlite
fi
for lib in "$NATIVE"/libsqlitejdbc.*; do
  [ -f "$lib" ] && SQLITE_LIB=("-Dorg.sqlite.lib.path=$NATIVE" "-Dorg.sqlite.lib.name=${lib##*/}")
done

# One compiler thread beside the C1-only compiler: the second thread compiled code run a few times at the start and
# took a core from the first page (median 1,091 -> 946 ms to the first page, BENCHMARKS.md round 12). The JVM
# refuses one thread with the full tiered compiler, so not when SPINDLE_JAVA_OPTS chooses the compilers.
COMPILER=(-XX:CICompilerCount=1)
case "${SPINDLE_JAVA_OPTS:-}" in *Tiered*|*CICompilerCount*) COMPILER=() ;; esac

export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# shellcheck disable=SC2086
exec java -Xms16m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 ${COMPILER[@]+"${COMPILER[@]}"} -Xss512k ${CDS[@]+"${CDS[@]}"} \
  ${SQLITE_LIB[@]+"${SQLITE_LIB[@]}"} ${SPINDLE_JAVA_OPTS:-} -jar "$JAR" "$@"
