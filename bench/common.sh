# Helpers shared by the web benchmarks; sourced, not run. Everything listens on 127.0.0.1 only.

# The machine, as BENCHMARKS.md reports it.
machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1)," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg), NICE=${NICE:-0}"
}

# Builds target/steppe-brief.jar unless it is newer than every file it is built from.
build_jar() {
  local jar=target/steppe-brief.jar
  if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
    echo "building $jar"
    mvn -q -B package -DskipTests
  fi
}

# First free TCP port at or above $1 (tries 100).
free_port() {
  local p
  for p in $(seq "$1" $(($1 + 99))); do
    if [ -z "$(ss -Hltn "sport = :$p")" ]; then
      echo "$p"
      return
    fi
  done
  echo "no free port from $1" >&2
  return 1
}

# Milliseconds since the epoch.
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Polls $1 every 20 ms (for at most 60 s) until it answers 200; prints the ms since $2.
wait_for_200() {
  local url=$1 since=$2 i
  for i in $(seq 3000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; then
      echo $(($(now_ms) - since))
      return
    fi
    sleep 0.02
  done
  echo "no 200 from $url within 60 s" >&2
  return 1
}

# On a machine shared with other work, NICE=-10 (as root) gives the app, nginx, PostgreSQL and the
# load generator the CPU first. Linux shares the CPU between sessions (autogroups) before it looks
# at nice values, so the script's own session gets that priority too, restored on exit by
# restore_priority. Run the script under `setsid` to keep it from your shell's session.
# (nice execs the command, so `nice ... &` leaves the command's own pid in $!.)
niced() { nice -n "${NICE:-0}" "$@"; }
AUTOGROUP_NICE=$(awk '{print $3}' /proc/self/autogroup 2>/dev/null || echo 0)
if [ "${NICE:-0}" != 0 ] && [ -w /proc/self/autogroup ]; then
  echo "$NICE" >/proc/self/autogroup
fi
restore_priority() {
  if [ "${NICE:-0}" != 0 ] && [ -w /proc/self/autogroup ]; then
    echo "$AUTOGROUP_NICE" >/proc/self/autogroup
  fi
}

# start_app DATA_DIR PORT [JDBC-URL]: starts the jar in the background (from the project folder,
# which holds seeds/, questions/ and templates/), sets APP_PID, and sets FIRST_200_MS to the time
# from launching the process to the first 200 for GET /. APP_JAVA_OPTS adds JVM options.
start_app() {
  local data=$1 port=$2 db=${3:-} t0
  local args=(serve --port "$port" --data "$data")
  [ -n "$db" ] && args+=(--db "$db")
  mkdir -p "$data"
  t0=$(now_ms)
  # shellcheck disable=SC2086
  nice -n "${NICE:-0}" java ${APP_JAVA_OPTS:-} -jar target/steppe-brief.jar "${args[@]}" >>"$data/app.log" 2>&1 &
  APP_PID=$!
  FIRST_200_MS=$(wait_for_200 "http://127.0.0.1:$port/" "$t0")
}

# Stops the process $1 started by this script: TERM, then KILL after 20 s.
stop_pid() {
  local pid=$1 i
  kill "$pid" 2>/dev/null || return 0
  for i in $(seq 200); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
}

# The value of the hidden _csrf field in the HTML file $1.
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }

# --- Other processes share this machine: measure how much of it they used during a run.

# Busy CPU time of the whole machine so far, in clock ticks (user, nice, system, irq, softirq, steal).
machine_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }

# CPU time (user + system, all threads) used so far by the processes PIDS, in clock ticks.
pid_ticks() {
  local t=0 p
  for p; do
    [ -r "/proc/$p/stat" ] && t=$((t + $(sed 's/.*) //' "/proc/$p/stat" | awk '{print $12 + $13}')))
  done
  echo "$t"
}

# cpu_mark PIDS...: remembers the machine's and PIDS' CPU time and the clock.
cpu_mark() {
  MARK_MACHINE=$(machine_ticks)
  MARK_OWN=$(pid_ticks "$@")
  MARK_MS=$(now_ms)
}

# other_cpu CLIENT_SECONDS PIDS...: the share of the machine (% of all cores) used since cpu_mark by
# anything but PIDS and a client (wrk, the Java client) that used CLIENT_SECONDS of CPU.
other_cpu() {
  local client=$1
  shift
  local busy=$(($(machine_ticks) - MARK_MACHINE - ($(pid_ticks "$@") - MARK_OWN)))
  awk -v b="$busy" -v c="$client" -v hz="$(getconf CLK_TCK)" -v ms=$(($(now_ms) - MARK_MS)) -v n="$(nproc)" \
    'BEGIN { v = 100 * (b / hz - c) / (ms / 1000 * n); printf "%.0f", v < 0 ? 0 : v }'
}

# seconds TICKS: clock ticks as seconds.
seconds() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'; }

# wait_quiet SECONDS PIDS...: waits (at most SECONDS) until processes other than PIDS use under 10%
# of the machine for a second, so that a run does not start in the middle of someone else's build.
wait_quiet() {
  local max=$1 i
  shift
  for i in $(seq "$max"); do
    cpu_mark "$@"
    sleep 1
    [ "$(other_cpu 0 "$@")" -lt 10 ] && return 0
  done
  echo "(other processes kept the machine busy for $max s; measuring anyway)"
}
