#!/bin/sh
# Reader benchmark: writes N filled reports (our template) and reads them with OdfDocumentReader,
# single-threaded and with a thread pool. Prints figures; asserts nothing.
# Usage: bench/odf-read.sh [N=1000] [THREADS=2]
set -eu
cd "$(dirname "$0")/.."
N="${1:-1000}"
THREADS="${2:-2}"
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
DIR="$(mktemp -d)"
trap 'rm -rf "$DIR"' EXIT
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.nianbao.odf.ReadBenchmark "$N" "$THREADS" "$DIR"
