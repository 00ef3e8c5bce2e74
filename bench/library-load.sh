#!/usr/bin/env bash
# Load-and-validate benchmark: synthetic libraries 1x, 10x and 100x the shipped content.
# Prints time (best of 5) and peak heap per scale. Usage: bench/library-load.sh [scales...]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp=$(cat target/bench.classpath)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1)"
exec java -Xmx2g -cp "target/classes:target/test-classes:$cp" org.steppebrief.content.LoadBenchmark "$@"
