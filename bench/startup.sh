#!/usr/bin/env bash
# Measures start-up time and idle memory (JVM + embedded PostgreSQL) of the packaged application.
#
#   bench/startup.sh [JAVA_HOME] [RUNS]
#
# Builds the jar once, then starts it RUNS times (default 5) on a data folder that already holds the demo
# data (the first, initialising start is reported apart), each time: time until "Started" is logged and
# /actuator/health answers UP, then after 20 s idle the resident memory of the JVM and of every PostgreSQL
# process it started (RSS summed, and PSS, which counts shared pages once).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME_ARG=${1:-}
RUNS=${2:-5}
JAVA=${JAVA_HOME_ARG:+$JAVA_HOME_ARG/bin/}java
PORT=${PORT:-18080}
DATA=$(mktemp -d /tmp/medskapa-bench.XXXXXX)
trap 'rm -rf "$DATA"' EXIT

[ -f target/medskapa-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
JAR=target/medskapa-0.1.0-SNAPSHOT.jar
"$JAVA" -version 2>&1 | head -1

sum_kb() { # field pid... : sums a /proc field (VmRSS from status, Pss from smaps_rollup)
  local field=$1; shift; local total=0
  for pid in "$@"; do
    local file=/proc/$pid/status; [ "$field" = Pss ] && file=/proc/$pid/smaps_rollup
    local kb; kb=$(awk -v f="$field:" '$1==f {print $2}' "$file" 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
  done
  echo $total
}

one_run() {
  local label=$1 log=$DATA/run.log start end pid pids
  start=$(date +%s%N)
  "$JAVA" ${JVM_OPTS:-} -jar "$JAR" --server.port=$PORT \
    --medskapa.database.embedded.data-directory="$DATA/postgres" > "$log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  local started; started=$(grep -oP 'Started MedskapaApplication in \K[0-9.]+' "$log")
  sleep 20
  # pg_ctl daemonises the postmaster, so find it through its pid file, then its backends.
  local postmaster; postmaster=$(head -1 "$DATA/postgres/postmaster.pid")
  pids="$pid $postmaster $(pgrep -P "$postmaster" -d ' ' || true)"
  local rss pss
  rss=$(sum_kb VmRSS $pids); pss=$(sum_kb Pss $pids)
  printf '%-8s started-log=%5ss  until-health-UP=%5.2fs  RSS=%4d MB  PSS=%4d MB  processes=%d\n' \
    "$label" "$started" "$(echo "($end-$start)/1000000000" | bc -l)" $((rss/1024)) $((pss/1024)) $(echo $pids | wc -w)
  kill $pid; wait $pid 2>/dev/null || true
}

one_run first
for i in $(seq 1 "$RUNS"); do one_run "run-$i"; done
