#!/usr/bin/env bash
# Web throughput benchmark: nginx serving a saved question page, the app serving that page (and a
# static file, for reference), and answer POSTs, each measured with wrk (64 connections, 2 threads,
# 20 s after a 5 s warm-up) against the app on SQLite in a temporary data folder. Also: the time
# from process start to the first 200, with a new and with an existing database.
# Usage: [NICE=-10] [PROFILE=1] bench/web-throughput.sh
#   NICE=-10    run at high priority on a shared machine (see bench/common.sh; use setsid)
#   PROFILE=1   also record a JFR profile of the app per run into target/bench/ (bench/jfr-top.sh)
#   WARMUP=60   warm-up seconds per run (default 5); the JIT needs about 40 s under this load
#   ATTEMPTS, DURATION, QUIET_WAIT override the defaults below
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh

connections=64
threads=2
duration=${DURATION:-20}
warmup=${WARMUP:-5}
questions=20
attempts=${ATTEMPTS:-10000}      # answer targets for the measured POSTs: attempts x questions
warmup_attempts=$((attempts / 4)) # separate ones for the POST warm-up

build_jar
work=$(mktemp -d /tmp/sb-web.XXXXXX)
chmod 755 "$work"
APP_PID=
NGINX_PID=
cleanup() {
  [ -n "$APP_PID" ] && stop_pid "$APP_PID"
  [ -n "$NGINX_PID" ] && stop_pid "$NGINX_PID"
  rm -rf "$work"
  restore_priority
}
trap cleanup EXIT
machine
echo "data folder: $work ($(df -T "$work" | awk 'NR==2{print $2}') on $(df "$work" | awk 'NR==2{print $1}'))"

# --- the app, and the time to its first response
port=$(free_port 18080)
if [ "${PROFILE:-0}" = 1 ]; then
  # Recording from the start: a recording started later with these settings instruments classes
  # again, which throws compiled code away and sends the app back through JIT warm-up.
  APP_JAVA_OPTS="${APP_JAVA_OPTS:-} -XX:StartFlightRecording=name=startup,settings=profile,maxage=5m"
fi
wait_quiet "${QUIET_WAIT:-120}"
start_app "$work/data" "$port"
first_new_db=$FIRST_200_MS
mkdir -p target/bench
[ "${PROFILE:-0}" = 1 ] && jcmd "$APP_PID" JFR.dump name=startup filename="$PWD/target/bench/startup.jfr" >/dev/null
base=http://127.0.0.1:$port
db=$work/data/steppe-brief.db

# --- one learner, one attempt, its first question page
jar=$work/cookies.txt
curl -sf -c "$jar" -b "$jar" -o "$work/new.html" "$base/quiz/new"
csrf=$(csrf_of "$work/new.html")
start_quiz="_csrf=$csrf&mode=test&count=$questions"
page_attempt=$(curl -sf -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' -d "$start_quiz" "$base/quiz")
page_path=${page_attempt#"$base"}/q/1
cookie=$(awk '$6 ~ /^sb_/ {printf "%s%s=%s", sep, $6, $7; sep = "; "}' "$jar")
mkdir -p "$work/www"
curl -sf -b "$jar" -o "$work/www/question.html" "$base$page_path"
grep -q 'name="_csrf"' "$work/www/question.html"
echo "question page: $page_path, $(wc -c <"$work/www/question.html") bytes"

# create_attempts N FILE: N more attempts of the same learner, ids into FILE (one curl, keep-alive).
create_attempts() {
  local i
  for i in $(seq "$1"); do
    [ "$i" = 1 ] || echo next # each transfer its own options; one connection for all
    printf 'url = "%s/quiz"\ndata = "%s"\ncookie = "%s"\noutput = "/dev/null"\n' "$base" "$start_quiz" "$jar"
    printf 'write-out = "%%{http_code} %%{redirect_url}\\n"\n'
  done >"$work/curl.cfg"
  curl -s -K "$work/curl.cfg" >"$work/created.txt"
  if grep -v -q '^303 ' "$work/created.txt"; then
    echo "starting $1 attempts: $(grep -c '^303 ' "$work/created.txt") started, then" \
      "$(grep -v '^303 ' "$work/created.txt" | sort | uniq -c | head -3)" >&2
    tail -20 "$work/data/app.log" >&2
    exit 1
  fi
  sed 's#.*/quiz/##' "$work/created.txt" >"$2"
}
t0=$(now_ms)
create_attempts "$warmup_attempts" "$work/warmup-ids.txt"
create_attempts "$attempts" "$work/ids.txt"
echo "created $((attempts + warmup_attempts)) attempts of $questions questions in $(($(now_ms) - t0)) ms"

# --- nginx serving the saved page
nginx_port=$(free_port $((port + 1)))
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 2;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  keepalive_requests 1000000;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
  }
}
EOF
nice -n "${NICE:-0}" nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" &
NGINX_PID=$!
wait_for_200 "http://127.0.0.1:$nginx_port/question.html" "$(now_ms)" >/dev/null
cmp -s <(curl -s "http://127.0.0.1:$nginx_port/question.html") "$work/www/question.html"

# The processes under test: the app, nginx's master and workers.
ours() { echo "$APP_PID" "$NGINX_PID" $(pgrep -P "$NGINX_PID"); }
# warm URL [wrk options] [-- script args]: waits for a quiet machine, then the warm-up.
warm() {
  wait_quiet "${QUIET_WAIT:-120}" $(ours)
  niced wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 10s "$@" >/dev/null
}
# wrk_run NAME URL [wrk options] [-- script args]: the measured run; one summary line.
wrk_run() {
  local name=$1 url=$2
  shift 2
  local TIMEFORMAT='%U %S' other
  profile start "$name"
  cpu_mark $(ours)
  { time niced wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s --latency "$url" "$@" >"$work/$name.txt"; } 2>"$work/$name.time"
  other=$(other_cpu "$(awk '{print $1 + $2}' "$work/$name.time")" $(ours))
  profile stop "$name"
  awk -v name="$name" -v other="$other" '
    function ms(v) { return v ~ /us$/ ? v / 1000 : v ~ /ms$/ ? v + 0 : v ~ /m$/ ? v * 60000 : v * 1000 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /requests in/ { n = $1 }
    /Socket errors/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
    /Non-2xx/ { bad = $5 }
    /Requests\/sec/ { rps = $2 }
    END { printf "%-16s %8.0f %8.1f %8.1f %7d %10d %9d %7s%%\n", name, rps, p50, p99, errors, bad, n, other }
  ' "$work/$name.txt" | tee -a "$work/summary.txt"
}
# profile start|stop NAME: with PROFILE=1, a JFR recording of the app around a measured run.
profile() {
  [ "${PROFILE:-0}" = 1 ] && [ "${2#app-}" != "$2" ] || return 0
  if [ "$1" = start ]; then
    jcmd "$APP_PID" JFR.start name="$2" settings=profile >/dev/null
  else
    jcmd "$APP_PID" JFR.stop name="$2" filename="$PWD/target/bench/$2.jfr" >/dev/null
  fi
}

echo
printf '%-16s %8s %8s %8s %7s %10s %9s %8s\n' run 'req/s' 'p50 ms' 'p99 ms' errors non-2xx/3xx requests 'other*'

warm "http://127.0.0.1:$nginx_port/question.html"
wrk_run nginx-page "http://127.0.0.1:$nginx_port/question.html"
warm "$base$page_path" -H "Cookie: $cookie"
wrk_run app-page "$base$page_path" -H "Cookie: $cookie"
# For reference, the floor under any page: Javalin and Jetty serving a static file, no app code.
warm "$base/static/app.css"
wrk_run app-static-css "$base/static/app.css"
# Each stored answer is a SQLite commit, and with synchronous=FULL a commit waits for an fsync.
dd if=/dev/zero of="$work/fsync-probe" bs=4k count=500 oflag=dsync 2>&1 | awk -F', ' '/copied/ {
  printf "disk: 500 writes of 4 KiB with fsync took %.3f s: %.2f ms each, %.0f a second\n", $3, $3 * 2, 500 / $3 }'
rm -f "$work/fsync-probe"
warm "$base" -s bench/answer-post.lua -- "$work/warmup-ids.txt" "$questions" "$threads" "$cookie" "$csrf"
sleep 1 # lets the warm-up's last requests finish
before=$(sqlite3 "$db" 'SELECT count(*) FROM answers')
wrk_run app-answer-post "$base" -s bench/answer-post.lua -- "$work/ids.txt" "$questions" "$threads" "$cookie" "$csrf"
sleep 1
after=$(sqlite3 "$db" 'SELECT count(*) FROM answers')
echo "* other: share of the machine's CPU used by processes other than the app, nginx and wrk during the run"

# --- restarts on the existing database
restarts=()
for i in 1 2 3; do
  stop_pid "$APP_PID"
  APP_PID=
  wait_quiet "${QUIET_WAIT:-120}"
  start_app "$work/data" "$port"
  restarts+=("$FIRST_200_MS")
done
echo "app log: $(grep -c -E '\[ERROR\]|Exception' "$work/data/app.log" || true) error lines"

echo
awk -v s="$duration" -v stored=$((after - before)) -v targets=$((attempts * questions)) '
  $1 == "nginx-page" { nginx = $2 } $1 == "app-page" { page = $2 } $1 == "app-static-css" { css = $2 }
  $1 == "app-answer-post" { posts = $7 }
  END {
    printf "question page, app/nginx: %.1f%% (target >= 40%%); app static file/nginx: %.1f%%\n", 100 * page / nginx, 100 * css / nginx
    printf "answers stored by the measured POSTs: %d of %d POSTs (%d targets), %.0f stored/s (target >= 1,500/s)\n", stored, posts, targets, stored / s
  }' "$work/summary.txt"
echo "first 200 after process start: $first_new_db ms with a new database;" \
  "${restarts[*]} ms in three restarts on the existing one (target <= 2,500 ms)"
[ "${PROFILE:-0}" = 1 ] && echo "profiles: target/bench/startup.jfr and app-*.jfr (summarise with bench/jfr-top.sh FILE)"
exit 0
