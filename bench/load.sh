#!/usr/bin/env bash
# Load suite of the scale issue (issue 10): starts the packaged application against a database made by
# bench/generate.sh and runs wrk against the public pages, search, statistics and a busy unit's staff queue.
#
#   bench/load.sh [DATABASE] [SECONDS] [CONNECTIONS]      # defaults: medskapa_bench 20 32
#
# For each request: req/s, p50/p95/p99 (wrk Lua, bench/rotate.lua, which also rotates over several URLs where a
# row names more than one), non-2xx answers, and the ratio to the liveness endpoint measured in the same run
# (right before each row, and as the first and last row). The machine is noisy: compare ratios, not req/s.
# Writes the Markdown table to bench/results/DATABASE-DATE.md and prints it. PGHOST etc. as for psql.
# JVM_OPTS for the JVM; PORT (default 18090).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-medskapa_bench}
DURATION=${2:-20}
CONNECTIONS=${3:-32}
THREADS=2
PORT=${PORT:-18090}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAR=${JAR:-target/medskapa-0.1.0-SNAPSHOT.jar}
WORK=$(mktemp -d /tmp/medskapa-load.XXXXXX)
APP=
trap 'if [ -n "$APP" ]; then kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT
BASE=http://127.0.0.1:$PORT
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
q() { psql -d "$DB" -tAq -c "$1"; }
VISIBLE="published and not internal and public_title is not null"

# The largest municipality, one with about 0.29 % of the cases (2,900 of 1,000,000), and their data.
read -r MID SLUG < <(q "select m.id, m.slug from municipality m order by (select count(*) from cases c
  where c.municipality_id = m.id) desc limit 1" | tr '|' ' ')
TOTAL=$(q "select count(*) from cases")
read -r SMALL_ID SMALL < <(q "select m.id, m.slug from municipality m join cases c on c.municipality_id = m.id
  group by m.id order by abs(count(*) - $TOTAL * 0.0029) limit 1" | tr '|' ' ')
PUBLIC=$(q "select count(*) from cases where municipality_id = $MID and $VISIBLE")
cursor_at() { # fraction of the list: an opaque cursor (PageCursor: base64url of n:<micros>:<id>)
  q "select 'n:' || (extract(epoch from submitted_at) * 1000000)::bigint || ':' || id from cases
     where municipality_id = $MID and $VISIBLE order by submitted_at desc, id desc
     offset greatest(0, ($PUBLIC * $1)::bigint - 1) limit 1" | tr -d '\n' | base64 -w0 | tr '+/' '-_' | tr -d '='
}
CATEGORY=$(q "select category_id from cases where municipality_id = $MID group by 1 order by count(*) desc limit 1")

# A staff member (idea coach and handler of the unit with most open cases) with an API token, for the queue.
UNIT=$(q "select unit_id from cases where municipality_id = $MID and closed_at is null and unit_id is not null
  group by 1 order by count(*) desc limit 1")
TOKEN=msk_bench_load_suite_token_not_a_secret
q "insert into staff_account (municipality_id, email, display_name, roles)
   select $MID, 'bench.coach@$SLUG.se', 'Bench Coach', '{IDEA_COACH,HANDLER}'
   where not exists (select 1 from staff_account where email = 'bench.coach@$SLUG.se')" > /dev/null
STAFF=$(q "select id from staff_account where email = 'bench.coach@$SLUG.se'")
q "insert into staff_unit_membership (staff_id, unit_id, municipality_id) values ($STAFF, $UNIT, $MID)
   on conflict do nothing" > /dev/null
q "insert into staff_api_token (municipality_id, staff_id, name, token_hash, created_at)
   select $MID, $STAFF, 'bench', encode(sha256('$TOKEN'), 'hex'), now()
   where not exists (select 1 from staff_api_token where staff_id = $STAFF)" > /dev/null

# The rows: label | paths (space-separated, rotated) | Authorization header.
q "select '/$SLUG/cases/' || reference from cases where municipality_id = $MID and $VISIBLE
   order by md5(reference) limit 200" | tr '\n' ' ' > "$WORK/case-pages"
{
  echo "liveness endpoint|/actuator/health/liveness|"
  echo "public list, largest municipality ($PUBLIC public cases), page 1|/$SLUG/cases|"
  echo "same, filtered by status|/$SLUG/cases?status=IMPLEMENTED|"
  echo "same, filtered by kind and category|/$SLUG/cases?kind=COMPLAINT&category=$CATEGORY|"
  echo "same, most supported|/$SLUG/cases?sort=MOST_SUPPORTED|"
  echo "same, deep cursor (50 %, 90 % of the list)|/$SLUG/cases?cursor=$(cursor_at 0.5) /$SLUG/cases?cursor=$(cursor_at 0.9)|"
  echo "public list, municipality with $(q "select count(*) from cases where municipality_id = $SMALL_ID") cases|/$SMALL/cases|"
  echo "case page (200 different cases)|$(cat "$WORK/case-pages")|"
  echo "search, common word (cykel)|/$SLUG/cases?q=cykel|"
  echo "search, rare word (cykelvägsparker)|/$SLUG/cases?q=cykelv%C3%A4gsparker|"
  echo "search, typo (cykelbna)|/$SLUG/cases?q=cykelbna|"
  echo "search, two words (trasig cykelbana)|/$SLUG/cases?q=trasig+cykelbana|"
  echo "public statistics page|/$SLUG/statistics|"
  echo "staff queues of a busy unit (API, coach + unit + mine)|/api/v1/$SLUG/staff/cases|Bearer $TOKEN"
  echo "liveness endpoint (again, after the suite)|/actuator/health/liveness|"
} > "$WORK/rows"

echo "starting the application on :$PORT against $DB"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
  MEDSKAPA_DEMO_DATA_ENABLED=false MEDSKAPA_TOTP_KEYS="k1:$(openssl rand -base64 32)" \
  java ${JVM_OPTS:-} -jar "$JAR" --server.port=$PORT > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "$BASE/actuator/health/liveness" > /dev/null 2>&1; do
  kill -0 $APP 2>/dev/null || { tail -50 "$WORK/app.log"; exit 1; }
  sleep 0.5
done
# Every row answers 200 once, alone (its single-request time is reported too).
while IFS='|' read -r label paths auth; do
  for p in $paths; do
    code=$(curl -s -o /dev/null -w '%{http_code}' ${auth:+-H "Authorization: $auth"} "$BASE$p")
    [ "$code" = 200 ] || { echo "$code for $p" >&2; tail -30 "$WORK/app.log"; exit 1; }
  done
done < "$WORK/rows"
echo "warming up (JIT) for $DURATION s"
for p in /$SLUG/cases "$(cut -d' ' -f1 "$WORK/case-pages")" /$SLUG/cases?q=cykel /actuator/health/liveness; do
  printf '%s\n' "$p" > "$WORK/warm"
  PATHS="$WORK/warm" wrk -t$THREADS -c8 -d$((DURATION / 4 + 1))s -s bench/rotate.lua "$BASE" > /dev/null
done

RESULTS=$WORK/results
: > "$RESULTS"
echo /actuator/health/liveness > "$WORK/live"
while IFS='|' read -r label paths auth; do
  printf '%s\n' $paths > "$WORK/paths"
  # The floor right before the row: the liveness endpoint for a third of the time (the load of the machine
  # changes by the minute when other builds run; a neighbouring floor makes the ratio comparable).
  floor=$(PATHS="$WORK/live" wrk -t$THREADS -c"$CONNECTIONS" -d"$((DURATION / 3 + 1))s" -s bench/rotate.lua "$BASE" \
    | grep -oP '^RESULT .*rps=\K[0-9.]+')
  one=$(curl -s -o /dev/null -w '%{time_total}' ${auth:+-H "Authorization: $auth"} "$BASE$(head -1 "$WORK/paths")")
  line=$(PATHS="$WORK/paths" AUTH="$auth" wrk -t$THREADS -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s \
    -s bench/rotate.lua "$BASE" | grep '^RESULT')
  echo "$label|$line|$(echo "$one * 1000" | bc -l)|$floor" | tee -a "$RESULTS"
done < "$WORK/rows"

JAVA_VERSION=$(java -version 2>&1 | head -1)
COMMIT=$(git rev-parse --short HEAD)
mkdir -p bench/results
OUTFILE=bench/results/$DB-$(date +%Y%m%d-%H%M).md
awk -F'|' -v db="$DB" -v total="$TOTAL" -v jv="$JAVA_VERSION" -v commit="$COMMIT" -v c="$CONNECTIONS" \
    -v d="$DURATION" -v date="$(date -u +%Y-%m-%dT%H:%MZ)" '
  function val(s, key,   m) { match(s, key "=[0-9.]+"); return substr(s, RSTART + length(key) + 1, RLENGTH - length(key) - 1) }
  { label[NR] = $1; rps[NR] = val($2, "rps"); p50[NR] = val($2, "p50"); p95[NR] = val($2, "p95");
    p99[NR] = val($2, "p99"); bad[NR] = val($2, "non2xx") + val($2, "errors"); one[NR] = $3; near[NR] = $4 }
  END {
    floor = (rps[1] + rps[NR]) / 2
    printf "%s cases (%s), %s, commit %s, %s, wrk %d connections, %d s per row\n\n", total, db, jv, commit, date, c, d
    print "| request | req/s | liveness just before, req/s | ratio to it | ratio to the floor of the run | p50 ms | p95 ms | p99 ms | one request alone ms | non-2xx/errors |"
    print "|---|---|---|---|---|---|---|---|---|---|"
    for (i = 1; i <= NR; i++)
      printf "| %s | %.0f | %.0f | %.3f | %.3f | %.1f | %.1f | %.1f | %.0f | %d |\n", label[i], rps[i], near[i], rps[i] / near[i], rps[i] / floor, p50[i], p95[i], p99[i], one[i], bad[i]
    printf "\nliveness floor of the run (mean of first and last row): %.0f req/s\n", floor
  }' "$RESULTS" | tee "$OUTFILE"
echo "written to $OUTFILE"
