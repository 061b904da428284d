#!/usr/bin/env bash
# Start-up with a class-data archive (JDK 17: CDS) or an AOT cache (JDK 24+), the way Spring Boot documents:
# extract the jar, make one training run that stops after the context refresh, then start from the archive.
#
#   bench/startup-aot.sh [JAVA_HOME] [RUNS]
#
# Prints the "Started … in N seconds" of RUNS starts with the archive, with C1 only and serial GC
# (the flags the quick start uses). The demo data is already in the data folder from the training run.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${1:+$1/bin/}java
RUNS=${2:-3}
PORT=${PORT:-18086}
WORK=$(mktemp -d /tmp/medskapa-aot.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
[ -f target/medskapa-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
"$JAVA" -Djarmode=tools -jar target/medskapa-0.1.0-SNAPSHOT.jar extract --destination "$WORK/app" > /dev/null
version=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${version%%.*}" -ge 24 ]; then
  train=(-XX:AOTCacheOutput="$WORK/app.aot"); use=(-XX:AOTCache="$WORK/app.aot")
else
  train=(-XX:ArchiveClassesAtExit="$WORK/app.jsa"); use=(-XX:SharedArchiveFile="$WORK/app.jsa")
fi
args=(--server.port=$PORT --medskapa.database.embedded.data-directory="$WORK/postgres")
"$JAVA" "${train[@]}" -Dspring.context.exit=onRefresh -jar "$WORK/app/medskapa-0.1.0-SNAPSHOT.jar" "${args[@]}" \
  > "$WORK/train.log" 2>&1 || true
# The training run exits without closing the embedded server: stop it through its pid file.
[ -f "$WORK/postgres/postmaster.pid" ] && kill "$(head -1 "$WORK/postgres/postmaster.pid")" && sleep 2
"$JAVA" -version 2>&1 | head -1
for i in $(seq 1 "$RUNS"); do
  "$JAVA" "${use[@]}" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$WORK/app/medskapa-0.1.0-SNAPSHOT.jar" "${args[@]}" \
    > "$WORK/run.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 $pid 2>/dev/null || { cat "$WORK/run.log"; exit 1; }
    sleep 0.05
  done
  echo "run-$i started-log=$(grep -oP 'Started MedskapaApplication in \K[0-9.]+' "$WORK/run.log")s"
  kill $pid; wait $pid 2>/dev/null || true
done
