#!/usr/bin/env bash
# Registration under load (issue 9): CONNECTIONS concurrent registration attempts, each a new address, for one
# event of CAPACITY places through the public API (POST /api/v1/{slug}/events/{id}/registrations), for SECONDS.
# Starts the packaged application on its own embedded PostgreSQL (fresh, in a temporary directory), takes a
# coming public demo event of boras and sets its capacity, runs wrk (bench/register.lua), then checks in the
# database: confirmed places = CAPACITY, every 201 answer a stored registration (none lost), and the confirmed
# ones the first in arrival order.
#
#   bench/registrations.sh [CONNECTIONS] [SECONDS] [CAPACITY]      # defaults: 2000 10 40
#
# PORT (default 8105), PG_PORT (default 55105), JVM_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-2000}
DURATION=${2:-10}
CAPACITY=${3:-40}
PORT=${PORT:-8105}
PG_PORT=${PG_PORT:-55105}
JAR=target/medskapa-0.1.0-SNAPSHOT.jar
WORK=$(mktemp -d /tmp/medskapa-registrations.XXXXXX)
APP=
trap 'if [ -n "$APP" ]; then kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
ulimit -n 16384
# shellcheck disable=SC2086
java ${JVM_OPTS:-} -jar "$JAR" --server.port="$PORT" --medskapa.database.embedded.port="$PG_PORT" \
  --medskapa.database.embedded.data-directory="$WORK/pg" > "$WORK/app.log" 2>&1 &
APP=$!
BASE=http://127.0.0.1:$PORT
for _ in $(seq 1 600); do
  curl -fs "$BASE/actuator/health/liveness" > /dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done
q() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAq -c "$1"; }
EVENT=$(q "select e.id from meeting_event e join municipality m on m.id = e.municipality_id
  where m.slug = 'boras' and e.audience = 'PUBLIC' and e.published and e.starts_at > now() + interval '2 days'
  and e.registration_opens_at is null order by e.starts_at limit 1")
q "update meeting_event set capacity = $CAPACITY, group_limit = 1 where id = $EVENT and taken = 0" > /dev/null
URL="$BASE/api/v1/boras/events/$EVENT/registrations"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s bench/register.lua "$URL" | tee "$WORK/wrk.txt"
CREATED=$(sed -n 's/^CREATED=//p' "$WORK/wrk.txt")
echo "stored: $(q "select string_agg(status || ' ' || n, ', ') from (select status, count(*) n
  from meeting_registration where event_id = $EVENT group by 1 order by 1) s")"
echo "confirmed places: $(q "select coalesce(sum(places), 0) from meeting_registration
  where event_id = $EVENT and status = 'CONFIRMED'") of $CAPACITY; taken $(q "select taken from meeting_event where id = $EVENT")"
echo "201 answers: $CREATED; stored registrations: $(q "select count(*) from meeting_registration where event_id = $EVENT")"
echo "confirmed first in arrival order: $(q "select coalesce(max(arrival) filter (where status = 'CONFIRMED')
  < min(arrival) filter (where status = 'WAITLISTED'), true) from meeting_registration where event_id = $EVENT")"
