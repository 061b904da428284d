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
# First a burst of exactly CONNECTIONS attempts at once, each answer awaited (bench/register_burst.py), checked
# against the database; then the sustained wrk run.
#
# Then the programme page of a programme of PROGRAMME_EVENTS (default 300) published events, with wrk
# (PROGRAMME_CONNECTIONS, default 32, for SECONDS). Both runs report the ratio to the liveness endpoint measured
# right before them with the same connections (the machine is shared: compare ratios, not req/s).
#
# PORT (default 8105), PG_PORT (default 55105), JVM_OPTS, JAR (default the packaged jar). DB=name runs against
# that database on the PostgreSQL server of PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432, postgres) instead of
# an embedded one: the database is created fresh (demo data on) and dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-2000}
DURATION=${2:-10}
CAPACITY=${3:-40}
PORT=${PORT:-8105}
PG_PORT=${PG_PORT:-55105}
PROGRAMME_EVENTS=${PROGRAMME_EVENTS:-300}
PROGRAMME_CONNECTIONS=${PROGRAMME_CONNECTIONS:-32}
JAR=${JAR:-target/medskapa-0.1.0-SNAPSHOT.jar}
DB=${DB:-}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
WORK=$(mktemp -d /tmp/medskapa-registrations.XXXXXX)
APP=
cleanup() {
  if [ -n "$APP" ]; then kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; fi
  if [ -n "$DB" ]; then psql -p "${PGPORT:-5432}" -d postgres -qc "drop database if exists \"$DB\"" || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
ulimit -n 16384
if [ -n "$DB" ]; then
  PG_PORT=${PGPORT:-5432}
  psql -p "$PG_PORT" -d postgres -qc "drop database if exists \"$DB\"" -c "create database \"$DB\""
  # shellcheck disable=SC2086
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PG_PORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
    MEDSKAPA_TOTP_KEYS="k1:$(openssl rand -base64 32)" \
    java ${JVM_OPTS:-} -jar "$JAR" --server.port="$PORT" --medskapa.demo-data.enabled=true > "$WORK/app.log" 2>&1 &
else
  # shellcheck disable=SC2086
  java ${JVM_OPTS:-} -jar "$JAR" --server.port="$PORT" --medskapa.database.embedded.port="$PG_PORT" \
    --medskapa.database.embedded.data-directory="$WORK/pg" > "$WORK/app.log" 2>&1 &
fi
APP=$!
BASE=http://127.0.0.1:$PORT
for _ in $(seq 1 600); do
  curl -fs "$BASE/actuator/health/liveness" > /dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done
q() { psql -h "$PGHOST" -p "$PG_PORT" -U "$PGUSER" -d "${DB:-postgres}" -tAq -c "$1"; }
echo /actuator/health/liveness > "$WORK/live"
liveness() { # the floor right before a run: the liveness endpoint with the same connections
  PATHS="$WORK/live" wrk -t2 -c"$1" -d"${DURATION}s" --timeout 30s -s bench/rotate.lua "$BASE" | grep '^RESULT'
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# The demo data is written by an application runner, after the liveness endpoint has come up.
EVENT=
for _ in $(seq 1 300); do
  EVENT=$(q "select e.id from meeting_event e join municipality m on m.id = e.municipality_id
    where m.slug = 'boras' and e.audience = 'PUBLIC' and e.published and e.starts_at > now() + interval '2 days'
    and e.registration_opens_at is null order by e.starts_at limit 1" 2>/dev/null || true)
  [ -n "$EVENT" ] && break
  sleep 1
done
[ -n "$EVENT" ] || { echo "no public demo event of boras" >&2; tail -30 "$WORK/app.log"; exit 1; }
sleep 5
q "update meeting_event set capacity = $CAPACITY, group_limit = 1 where id = $EVENT and taken = 0" > /dev/null
URL="$BASE/api/v1/boras/events/$EVENT/registrations"
# Warm-up (JIT) on another event, so that the measured one starts empty.
WARM=$(q "select e.id from meeting_event e join municipality m on m.id = e.municipality_id
  where m.slug = 'boras' and e.audience = 'PUBLIC' and e.published and e.starts_at > now() + interval '2 days'
  and e.registration_opens_at is null and e.id <> $EVENT order by e.starts_at limit 1")
wrk -t2 -c32 -d"${DURATION}s" --timeout 30s -s bench/register.lua "$BASE/api/v1/boras/events/$WARM/registrations" > /dev/null
echo "liveness, $CONNECTIONS connections: $(liveness "$CONNECTIONS")"

# The burst: exactly CONNECTIONS attempts at once, every answer awaited (bench/register_burst.py), on a third
# event of CAPACITY places; then the database against the answers.
BURST=$(q "select e.id from meeting_event e join municipality m on m.id = e.municipality_id
  where m.slug = 'boras' and e.audience = 'PUBLIC' and e.published and e.starts_at > now() + interval '2 days'
  and e.registration_opens_at is null and e.id not in ($EVENT, $WARM) and e.taken = 0 order by e.starts_at limit 1")
q "update meeting_event set capacity = $CAPACITY, group_limit = 1 where id = $BURST" > /dev/null
python3 bench/register_burst.py "$BASE/api/v1/boras/events/$BURST/registrations" "$CONNECTIONS" 300 | tee "$WORK/burst.txt"
echo "burst: stored $(q "select string_agg(status || ' ' || n, ', ') from (select status, count(*) n
  from meeting_registration where event_id = $BURST group by 1 order by 1) s"); confirmed places \
$(q "select coalesce(sum(places), 0) from meeting_registration where event_id = $BURST and status = 'CONFIRMED'") \
of $CAPACITY; 201 answers $(sed -n 's/^CREATED=//p' "$WORK/burst.txt"), stored registrations \
$(q "select count(*) from meeting_registration where event_id = $BURST"); confirmed first in arrival order: \
$(q "select coalesce(max(arrival) filter (where status = 'CONFIRMED') < min(arrival) filter (where status = 'WAITLISTED'),
  true) from meeting_registration where event_id = $BURST")"
echo "load average after the burst: $(cut -d' ' -f1-3 /proc/loadavg)"

# Sustained: wrk for SECONDS. wrk stops at the end with requests in flight, which the application still
# decides: stored registrations can exceed the 201 answers wrk saw (the burst above is the exact check).
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s bench/register.lua "$URL" | tee "$WORK/wrk.txt"
CREATED=$(sed -n 's/^CREATED=//p' "$WORK/wrk.txt")
echo "stored: $(q "select string_agg(status || ' ' || n, ', ') from (select status, count(*) n
  from meeting_registration where event_id = $EVENT group by 1 order by 1) s")"
echo "confirmed places: $(q "select coalesce(sum(places), 0) from meeting_registration
  where event_id = $EVENT and status = 'CONFIRMED'") of $CAPACITY; taken $(q "select taken from meeting_event where id = $EVENT")"
echo "201 answers: $CREATED; stored registrations: $(q "select count(*) from meeting_registration where event_id = $EVENT")"
echo "confirmed first in arrival order: $(q "select coalesce(max(arrival) filter (where status = 'CONFIRMED')
  < min(arrival) filter (where status = 'WAITLISTED'), true) from meeting_registration where event_id = $EVENT")"
echo "load average after the registrations: $(cut -d' ' -f1-3 /proc/loadavg)"

# The programme page of a programme of PROGRAMME_EVENTS published public events over five days, copies of the
# demo event above by other units of boras.
PROGRAMME=$(q "insert into meeting_programme (municipality_id, title, description, published)
  select municipality_id, 'Innovationsveckan (bench)', 'Bench', true from meeting_event where id = $EVENT returning id")
q "insert into meeting_event (municipality_id, unit_id, uid, kind, title, description, starts_at, ends_at, place,
    audience, capacity, group_limit, promotion, organiser_name, organiser_email, published, programme_id)
  select e.municipality_id, u.id, 'bench-' || g || '@medskapa', e.kind, 'Programmets aktivitet ' || g,
    e.description, date_trunc('day', now()) + interval '3 days' + (g % 5) * interval '1 day' + (8 + g % 10) * interval '1 hour',
    date_trunc('day', now()) + interval '3 days' + (g % 5) * interval '1 day' + (9 + g % 10) * interval '1 hour',
    coalesce(e.place, 'Stadshuset'), 'PUBLIC', 30, 1, 'DIRECT', e.organiser_name, e.organiser_email, true, $PROGRAMME
  from meeting_event e, generate_series(1, $PROGRAMME_EVENTS) g,
    lateral (select id from unit where municipality_id = e.municipality_id order by id offset g % 3 limit 1) u
  where e.id = $EVENT" > /dev/null
q "analyze meeting_event" > /dev/null
PAGE=/boras/programmes/$PROGRAMME
echo "programme $PROGRAMME: $(q "select count(*) from meeting_event where programme_id = $PROGRAMME") events; \
$(curl -s -o /dev/null -w '%{http_code}, %{size_download} bytes, alone %{time_total} s' "$BASE$PAGE")"
echo "$PAGE" > "$WORK/programme"
PATHS="$WORK/programme" wrk -t2 -c8 -d"${DURATION}s" -s bench/rotate.lua "$BASE" > /dev/null
echo "liveness, $PROGRAMME_CONNECTIONS connections: $(liveness "$PROGRAMME_CONNECTIONS")"
echo "programme page, $PROGRAMME_CONNECTIONS connections: $(PATHS="$WORK/programme" wrk -t2 -c"$PROGRAMME_CONNECTIONS" \
  -d"${DURATION}s" --timeout 30s -s bench/rotate.lua "$BASE" | grep '^RESULT')"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
