#!/usr/bin/env bash
# Summarises a JFR recording of the app under load: CPU use, the top frames of the Java execution
# samples, the share of samples each library is on the stack for, and the top frames of threads
# sampled in native code (SQLite's C code and its fsync show up there, not as CPU samples).
# Usage: bench/jfr-top.sh FILE.jfr [TOP]
set -euo pipefail
file=$1
top=${2:-12}

jfr print --events jdk.CPULoad "$file" | awk '
  /jvmUser/ { u += $3; n++ } /jvmSystem/ { s += $3 } /machineTotal/ { m += $3 }
  END { if (n) printf "CPU (mean of %d samples): app JVM %.0f%% user + %.0f%% system, whole machine %.0f%% (100%% = all cores)\n", n, u/n, s/n, m/n }'

# Reads `jfr print` stack traces; prints the top frames, then (if $2 = 1) the libraries on the stack.
summarise() {
  awk -v top="$top" -v libs="$2" -v title="$1" -v idle="${3:-^$}" '
    function lib(f) {
      if (f ~ /^(org\.thymeleaf|org\.attoparser|org\.unbescape|ognl)\./) return "Thymeleaf (templates, OGNL)"
      if (f ~ /^org\.sqlite\./) return "SQLite JDBC"
      if (f ~ /^org\.postgresql\./) return "PostgreSQL JDBC"
      if (f ~ /^org\.jdbi\./) return "JDBI"
      if (f ~ /^com\.zaxxer\.hikari\./) return "HikariCP"
      if (f ~ /^(javax\.crypto|com\.sun\.crypto|sun\.security)\./) return "crypto (CSRF HMAC)"
      if (f ~ /^org\.eclipse\.jetty\./) return "Jetty"
      if (f ~ /^io\.javalin\./) return "Javalin"
      if (f ~ /^org\.steppebrief\./) return "Steppe Brief code"
      return ""
    }
    /stackTrace = \[/ { inside = 1; first = 1; skip = 0; delete seen; next }
    inside && /^[ \t]*\]/ {
      inside = 0
      if (!skip) { samples++; for (l in seen) onstack[l]++ }
      next
    }
    inside && !skip {
      f = $0; sub(/^[ \t]+/, "", f); sub(/[ \t]+line:.*$/, "", f)
      if (f == "...") next
      if (first) {
        first = 0
        if (f ~ idle) { skip = 1; next }
        self[f]++
      }
      l = lib(f); if (l != "") seen[l] = 1
      if (f ~ /^org\.steppebrief\./) seen["  " f] = 1
    }
    END {
      printf "%s: %d samples; top frames (self):\n", title, samples
      if (!samples) exit
      for (f in self) printf "  %5.1f%%  %s\n", 100 * self[f] / samples, f | "sort -rn | head -" top
      close("sort -rn | head -" top)
      if (libs == 1) {
        printf "libraries on the stack (share of samples, inclusive):\n"
        for (l in onstack) if (l !~ /^  /) printf "  %5.1f%%  %s\n", 100 * onstack[l] / samples, l | "sort -rn"
        close("sort -rn")
        printf "Steppe Brief methods on the stack (inclusive):\n"
        for (l in onstack) if (l ~ /^  /) printf "  %5.1f%%%s\n", 100 * onstack[l] / samples, l | "sort -rn | head -" top
        close("sort -rn | head -" top)
      }
    }'
}

jfr print --events jdk.ExecutionSample --stack-depth 96 "$file" | summarise "Java CPU samples" 1
jfr print --events jdk.NativeMethodSample --stack-depth 96 "$file" |
  summarise "native-method samples (threads in C code, idle socket waits left out)" 1 \
    'EPoll\.wait|Net\.accept|Net\.poll|SocketDispatcher\.read|Process.*wait'

