#!/usr/bin/env bash
# Class-arrival benchmark (org.steppebrief.bench.ClassArrival): an instructor creates a class and a
# 20-question test assignment; 300 learners arrive within 10 s, each joins through /join/CODE under
# a display name, starts the assignment and answers every question, while the instructor's results
# board is reloaded every 2 s. Against the app on SQLite and on PostgreSQL (a throwaway local
# cluster). Each server meets two classes: the first right after it starts, the second once it is
# warm. Prints latency percentiles (join, start, GET question, POST answer, board), errors, total
# time, the answers the board shows at the end and the answers stored.
# Usage: [NICE=-10] bench/class-arrival.sh [sqlite] [postgres]   (default: both)
#   NICE=-10    run at high priority on a shared machine (see bench/common.sh; use setsid)
#   LEARNERS, WINDOW, THREADS, QUESTIONS, BOARD_EVERY override 300 learners, 10 s, 64 client
#   threads, 20 questions, a board reload every 2 s; QUIET_WAIT (default 120 s) bounds the wait
#   for a quiet machine before each class; APP_PORT, PG_PORT the first ports tried (18090, 15432)
#   Smoke run: LEARNERS=20 QUESTIONS=5 QUIET_WAIT=5 bench/class-arrival.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh

build_jar
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
cp=target/classes:target/test-classes:$(cat target/bench.classpath)
work=$(mktemp -d /tmp/sb-class.XXXXXX)
chmod 755 "$work"
APP_PID=
PG_DIR=
cleanup() {
  [ -n "$APP_PID" ] && stop_pid "$APP_PID"
  [ -n "$PG_DIR" ] && runuser -u postgres -- pg_ctl -D "$PG_DIR" -m fast stop >/dev/null
  rm -rf "$work"
  restore_priority
}
trap cleanup EXIT
password=$(head -c 18 /dev/urandom | base64)
machine

# start_postgres: a throwaway cluster under $work on a spare port; sets PG_URL.
start_postgres() {
  local port
  port=$(free_port "${PG_PORT:-15432}")
  PG_DIR=$work/pg
  mkdir -p "$PG_DIR"
  chown postgres "$PG_DIR"
  runuser -u postgres -- initdb -D "$PG_DIR" -A trust -U postgres >/dev/null
  niced runuser -u postgres -- pg_ctl -D "$PG_DIR" -l "$PG_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR" start >/dev/null
  psql -q -h 127.0.0.1 -p "$port" -U postgres -c 'CREATE DATABASE steppe'
  PG_URL="jdbc:postgresql://127.0.0.1:$port/steppe?user=postgres"
  echo "PostgreSQL $(runuser -u postgres -- postgres --version | awk '{print $3}') on 127.0.0.1:$port (default settings: fsync on, synchronous_commit on)"
}
postgres_pids() { [ -n "$PG_DIR" ] && { head -1 "$PG_DIR/postmaster.pid"; pgrep -P "$(head -1 "$PG_DIR/postmaster.pid")"; } || true; }

run() {
  local db=$1 url port TIMEFORMAT='%U %S' client other app0 pg0
  echo
  echo "== $db"
  if [ "$db" = postgres ]; then
    start_postgres
    url=$PG_URL
  else
    url="jdbc:sqlite:$work/data-$db/steppe-brief.db"
  fi
  port=$(free_port "${APP_PORT:-18090}")
  # The instructor who creates the classes and watches the board; a throwaway password.
  mkdir -p "$work/data-$db"
  java -jar target/steppe-brief.jar instructor add bench --db "$url" --data "$work/data-$db" \
    --password-stdin <<<"$password" >/dev/null
  wait_quiet "${QUIET_WAIT:-120}" $(postgres_pids)
  start_app "$work/data-$db" "$port" "$url"
  echo "app on port $port; first 200 after $FIRST_200_MS ms"
  # The first class meets a JVM that has not compiled anything yet; the second a warm one.
  for class in "first class, right after start" "second class, same server"; do
    echo "-- $class"
    wait_quiet "${QUIET_WAIT:-120}" "$APP_PID" $(postgres_pids)
    cpu_mark "$APP_PID" $(postgres_pids)
    app0=$(pid_ticks "$APP_PID")
    pg0=$(pid_ticks $(postgres_pids))
    { time niced java -cp "$cp" org.steppebrief.bench.ClassArrival "http://127.0.0.1:$port" "$url" \
      bench "$password" "${LEARNERS:-300}" "${WINDOW:-10}" "${THREADS:-64}" "${QUESTIONS:-20}" \
      "${BOARD_EVERY:-2}" >&3; } 3>&1 2>"$work/client.time"
    head -n -1 "$work/client.time" >&2 # anything the client wrote to stderr
    client=$(tail -1 "$work/client.time" | awk '{print $1 + $2}')
    other=$(other_cpu "$client" "$APP_PID" $(postgres_pids))
    echo "CPU: the app used $(seconds $(($(pid_ticks "$APP_PID") - app0))) s," \
      "PostgreSQL $(seconds $(($(pid_ticks $(postgres_pids)) - pg0))) s, the client $client s;" \
      "other processes used $other% of the machine during the run"
  done
  echo "app log: $(grep -c -E '\[ERROR\]|Exception' "$work/data-$db/app.log" || true) error lines"
  stop_pid "$APP_PID"
  APP_PID=
  if [ "$db" = postgres ]; then
    runuser -u postgres -- pg_ctl -D "$PG_DIR" -m fast stop >/dev/null
    PG_DIR=
  fi
}

set -- ${*:-sqlite postgres}
for db; do
  case $db in
    sqlite | postgres) ;;
    *) echo "usage: bench/class-arrival.sh [sqlite] [postgres]" >&2; exit 2 ;;
  esac
done
for db; do run "$db"; done
