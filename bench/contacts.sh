#!/usr/bin/env bash
# Contact bank benchmark (issue 8) on a database made by bench/generate.sh (its CONTACTS entries are in the largest
# municipality's bank):
#  1. an official's search with three filters (topic, area, way of taking part) through the staff API
#     (/api/v1/{slug}/staff/contacts/search, the same use case as the search page: count, differencing check against
#     the official's recent searches, search log, audit, pseudonyms), with wrk at CONNECTIONS connections, rotating
#     over the 12 areas; the liveness endpoint right before and after as the floor; p50/p95/p99 and ratio;
#  2. the stratified sample of 10 from about 100,000 matches: the statement that reads the matches with their
#     strata (as ContactInvitations.invite runs it), timed by psql over RUNS runs (p50/p95/max), and the drawing
#     itself (Sampler over 100,000 candidates, 10 with two quotas) timed by ContactSamplerScaleTests, on demand.
#
#   bench/contacts.sh [DATABASE] [SECONDS] [CONNECTIONS]      # defaults: medskapa_bench_g 20 32
#
# PGHOST etc. as for psql; PORT (default 18097); JVM_OPTS. Prints Markdown and writes bench/results/contacts-*.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-medskapa_bench_g}
DURATION=${2:-20}
CONNECTIONS=${3:-32}
RUNS=${RUNS:-30}
THREADS=2
PORT=${PORT:-18097}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAR=${JAR:-target/medskapa-0.1.0-SNAPSHOT.jar}
WORK=$(mktemp -d /tmp/medskapa-contacts.XXXXXX)
APP=
trap 'if [ -n "$APP" ]; then kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT
BASE=http://127.0.0.1:$PORT
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
q() { psql -d "$DB" -tAq -c "$1"; }

MID=$(q "select municipality_id from contact_member group by 1 order by count(*) desc limit 1")
SLUG=$(q "select slug from municipality where id = $MID")
ENTRIES=$(q "select count(*) from contact_member where municipality_id = $MID")
ACTIVE="m.municipality_id = $MID and m.withdrawn_at is null and m.consent_expires_at > now()"
# The topic chosen by about 10 % of the active entries: the sample's 100,000 matches at 1,000,000 entries.
TOPIC=$(q "select t from (select unnest(topics) t from contact_member m where $ACTIVE) x group by t
  order by abs(count(*) - (select count(*) from contact_member m where $ACTIVE) * 0.1) limit 1")
SAMPLE_MATCHES=$(q "select count(*) from contact_member m where $ACTIVE and m.topics @> array[$TOPIC::bigint]")
UNIT=$(q "select id from unit where municipality_id = $MID order by id limit 1")

# A contact official with an API token.
TOKEN=msk_bench_contacts_token_not_a_secret
q "insert into staff_account (municipality_id, email, display_name, roles)
   select $MID, 'bench.contacts@$SLUG.se', 'Bench Contacts', '{CONTACT_OFFICIAL}'
   where not exists (select 1 from staff_account where email = 'bench.contacts@$SLUG.se')" > /dev/null
STAFF=$(q "select id from staff_account where email = 'bench.contacts@$SLUG.se'")
q "insert into staff_unit_membership (staff_id, unit_id, municipality_id) values ($STAFF, $UNIT, $MID)
   on conflict do nothing" > /dev/null
q "insert into staff_api_token (municipality_id, staff_id, name, token_hash, created_at)
   select $MID, $STAFF, 'bench', encode(sha256('$TOKEN'), 'hex'), now()
   where not exists (select 1 from staff_api_token where staff_id = $STAFF)" > /dev/null

q "select '/api/v1/$SLUG/staff/contacts/search?topicId=$TOPIC&way=WORKSHOP&districtId=' || id
   from contact_district where municipality_id = $MID order by id" > "$WORK/search"
THREE=$(q "select count(*) from contact_member m where $ACTIVE and m.topics @> array[$TOPIC::bigint]
  and m.districts @> array[(select min(id) from contact_district where municipality_id = $MID)]
  and m.ways @> array['WORKSHOP']")

echo "starting the application on :$PORT against $DB"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
  MEDSKAPA_DEMO_DATA_ENABLED=false MEDSKAPA_TOTP_KEYS="k1:$(openssl rand -base64 32)" \
  java ${JVM_OPTS:-} -jar "$JAR" --server.port=$PORT > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "$BASE/actuator/health/liveness" > /dev/null 2>&1; do
  kill -0 $APP 2>/dev/null || { tail -50 "$WORK/app.log"; exit 1; }
  sleep 0.5
done
first=$(head -1 "$WORK/search")
curl -sf -H "Authorization: Bearer $TOKEN" "$BASE$first" | head -c 300 > "$WORK/answer" \
  || { echo "search failed"; tail -30 "$WORK/app.log"; exit 1; }
echo "first answer: $(cat "$WORK/answer")"
echo /actuator/health/liveness > "$WORK/live"
echo "warming up for $DURATION s"
PATHS="$WORK/search" AUTH="Bearer $TOKEN" wrk -t$THREADS -c8 -d"${DURATION}s" -s bench/rotate.lua "$BASE" > /dev/null
PATHS="$WORK/live" wrk -t$THREADS -c8 -d"$((DURATION / 2))s" -s bench/rotate.lua "$BASE" > /dev/null
row() { # paths-file auth
  PATHS="$1" AUTH="$2" wrk -t$THREADS -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s bench/rotate.lua "$BASE" \
    | grep '^RESULT'
}
val() { echo "$1" | grep -oP "$2=\K[0-9.]+"; }
L1=$(row "$WORK/live" ""); LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)
S=$(row "$WORK/search" "Bearer $TOKEN"); LOAD2=$(cut -d' ' -f1-3 /proc/loadavg)
L2=$(row "$WORK/live" ""); LOAD3=$(cut -d' ' -f1-3 /proc/loadavg)
FLOOR=$(echo "($(val "$L1" rps) + $(val "$L2" rps)) / 2" | bc -l)

# The sample's statement: every match with its strata (ContactInvitations.invite), RUNS times.
SAMPLE_SQL="select m.id, m.age_band, m.districts, m.residence_district_id, m.occupation, m.school_parent,
  (m.last_contacted_at is null or m.last_contacted_at <= now() - (case m.frequency when 'MONTH' then interval '1 month'
   when 'QUARTER' then interval '3 months' else interval '6 months' end)) as eligible, m.pseudonym
  from contact_member m where $ACTIVE and m.topics @> array[$TOPIC::bigint]"
for _ in $(seq "$RUNS"); do
  psql -d "$DB" -qAt -c '\timing on' -c "$SAMPLE_SQL" -o /dev/null | grep -oP 'Time: \K[0-9.]+'
done | sort -n > "$WORK/sample-times"
pct() { awk -v p="$1" '{ a[NR] = $1 } END { i = int(NR * p + 0.999); if (i < 1) i = 1; print a[i] }' "$WORK/sample-times"; }
LOAD4=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p bench/results
OUTFILE=bench/results/contacts-$DB-$(date +%Y%m%d-%H%M).md
{
  echo "$ENTRIES contact-bank entries in $SLUG ($DB), commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ),"
  echo "wrk $CONNECTIONS connections, $DURATION s per row; load average (1, 5, 15 min) after each row"
  echo
  echo "| request | req/s | p50 ms | p95 ms | p99 ms | ratio to liveness | non-2xx/errors | load average |"
  echo "|---|---|---|---|---|---|---|---|"
  for r in "liveness|$L1|$LOAD1" "search, three filters (topic, area, way; about $THREE matches; 12 areas rotated)|$S|$LOAD2" "liveness (again)|$L2|$LOAD3"; do
    IFS='|' read -r label line load <<< "$r"
    printf '| %s | %.0f | %s | %s | %s | %.3f | %d | %s |\n' "$label" "$(val "$line" rps)" "$(val "$line" p50)" \
      "$(val "$line" p95)" "$(val "$line" p99)" "$(echo "$(val "$line" rps) / $FLOOR" | bc -l)" \
      "$(( $(val "$line" non2xx) + $(val "$line" errors) ))" "$load"
  done
  echo
  echo "sample's statement ($SAMPLE_MATCHES matches with their strata), $RUNS runs alone through psql: p50 $(pct 0.5) ms,"
  echo "p95 $(pct 0.95) ms, max $(pct 1) ms; load average $LOAD4"
} | tee "$OUTFILE"
echo "written to $OUTFILE"
