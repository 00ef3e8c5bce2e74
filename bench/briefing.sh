#!/usr/bin/env bash
# Briefing benchmark: the full instructor briefing (every topic, A4) rendered
#   1. in a warm JVM (median of RUNS renders after warm-up; and a repeat served from the cache),
#   2. by a cold `java -jar steppe-brief.jar brief` process, without and with a class-data-sharing
#      archive (median of COLD runs each),
#   3. by a cold headless Chromium printing the same XHTML with --print-to-pdf (median of COLD),
#   4. over HTTP: the public student briefing from a running server, first request and repeats.
# Prints the figures and the ratios. Usage: bench/briefing.sh [RUNS] [COLD]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
cold=${2:-5}
date=2026-11-25
work=$(mktemp -d /tmp/steppe-briefing-bench.XXXXXX)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

ms() { echo $(($(date +%s%N) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1), $(chromium --version 2>/dev/null | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

mvn -q -B package -DskipTests
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
jar=target/steppe-brief.jar

echo
echo "== warm JVM (same process, after 8 warm-up renders)"
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.steppebrief.briefing.BriefingBenchmark "$runs" "$work/briefing.xhtml" | tee "$work/warm.txt"
warm=$(awk '/^warm/ {for (i=1;i<=NF;i++) if ($i=="median") {print $(i+1); exit}}' "$work/warm.txt")

echo
echo "== cold java -jar $jar brief (median of $cold)"
brief() { java "$@" -jar "$jar" brief --edition instructor --date "$date" --out "$work/cold.pdf" >/dev/null; }
times=()
for _ in $(seq "$cold"); do t=$(ms); brief; times+=($(($(ms) - t))); done
cold_plain=$(printf '%s\n' "${times[@]}" | median)
echo "plain: ${times[*]} ms -> median $cold_plain ms ($(pdfinfo "$work/cold.pdf" | awk '/Pages/{print $2}') pages)"
# A dynamic CDS archive of the classes one `brief` loads: made once, then mapped by every start.
brief -XX:ArchiveClassesAtExit="$work/brief.jsa" 2>/dev/null
times=()
for _ in $(seq "$cold"); do t=$(ms); brief -XX:SharedArchiveFile="$work/brief.jsa" -Xshare:auto; times+=($(($(ms) - t))); done
cold_cds=$(printf '%s\n' "${times[@]}" | median)
echo "with CDS archive: ${times[*]} ms -> median $cold_cds ms"
times=()
for _ in $(seq "$cold"); do t=$(ms); brief -XX:SharedArchiveFile="$work/brief.jsa" -XX:TieredStopAtLevel=1; times+=($(($(ms) - t))); done
cold_c1=$(printf '%s\n' "${times[@]}" | median)
echo "with CDS archive and C1 only (-XX:TieredStopAtLevel=1): ${times[*]} ms -> median $cold_c1 ms"

echo
echo "== cold headless Chromium --print-to-pdf of the same XHTML (median of $cold)"
cp templates/print/*.css "$work/"
times=()
for i in $(seq "$cold"); do
  profile="$work/chromium-$i"
  t=$(ms)
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --no-pdf-header-footer \
    --print-to-pdf="$work/chromium.pdf" "file://$work/briefing.xhtml" >/dev/null 2>&1
  times+=($(($(ms) - t)))
done
chromium_ms=$(printf '%s\n' "${times[@]}" | median)
echo "chromium: ${times[*]} ms -> median $chromium_ms ms ($(pdfinfo "$work/chromium.pdf" | awk '/Pages/{print $2}') pages)"

echo
echo "== HTTP: GET /briefing.pdf (student edition, every topic) from a running server"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
java -jar "$jar" serve --host 127.0.0.1 --port "$port" --data "$work/data" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 300); do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then break; fi
  sleep 0.1
done
first=$(curl -s -o "$work/http.pdf" -w '%{time_total}' "http://127.0.0.1:$port/briefing.pdf")
repeats=()
for _ in $(seq 20); do
  repeats+=($(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/briefing.pdf" | awk '{printf "%.1f", $1 * 1000}'))
done
echo "first request (renders in a cold server): $(awk -v t="$first" 'BEGIN{printf "%.0f", t*1000}') ms"
echo "repeats from the cache: ${repeats[*]} ms -> median $(printf '%s\n' "${repeats[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms"

echo
echo "== ratios"
awk -v w="$warm" -v c="$chromium_ms" -v p="$cold_plain" -v d="$cold_cds" -v e="$cold_c1" 'BEGIN {
  printf "Chromium cold print / warm render: %.1fx (aim: at least 5x)\n", c / w
  printf "cold java -jar brief / Chromium cold print: %.2f plain, %.2f with CDS, %.2f with CDS and C1 (aim: at most 1.5)\n", p / c, d / c, e / c
}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
