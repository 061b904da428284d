#!/usr/bin/env bash
# Overload (issue 10): CONNECTIONS connections (default 128) search the largest municipality's public list for
# common words while three small probes (2 connections each) ask for a case page, the largest municipality's
# list page 1 and the liveness endpoint. Target: no 5xx other than 503, every other page still answers.
#
#   bench/overload.sh [DATABASE] [SECONDS] [CONNECTIONS]      # defaults: medskapa_bench 30 128
#
# First each probe alone (the baseline of the same run), then the flood with the probes beside it. Every row counts
# the answers by status (bench/status.lua). Also counts the overload filter's WARN lines in the application log
# (one at the first 503, then one summary per medskapa.overload.log-interval). Writes bench/results/overload-DATE.md.
# PORT (8117), JVM_OPTS; PGHOST etc. as for psql. The database comes from bench/generate.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-medskapa_bench}
DURATION=${2:-30}
CONNECTIONS=${3:-128}
PORT=${PORT:-8117}
MAIL_PORT=none
JAR=target/medskapa-0.1.0-SNAPSHOT.jar
WORK=$(mktemp -d /tmp/medskapa-overload.XXXXXX)
APP= MAILER=
trap 'for p in $APP $MAILER; do kill $p 2>/dev/null; wait $p 2>/dev/null || true; done; rm -rf "$WORK"' EXIT
trap 'exit 143' INT TERM
. bench/intake-common.sh
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package

SLUG=$(q "select m.slug from municipality m order by (select count(*) from cases c where c.municipality_id = m.id) desc limit 1")
VISIBLE="published and not internal and public_title is not null"
q "select '/$SLUG/cases/' || reference from cases c join municipality m on m.id = c.municipality_id
   where m.slug = '$SLUG' and $VISIBLE order by md5(reference) limit 200" > "$WORK/case"
echo "/$SLUG/cases" > "$WORK/list"
echo /actuator/health/liveness > "$WORK/live"
for w in cykel skola trafik parkering belysning buss sn%C3%B6 gata park lekplats; do
  echo "/$SLUG/cases?q=$w"
done > "$WORK/search"

echo "starting the application on :$PORT against $DB (no SMTP)"
start_app
run() { # paths connections seconds
  PATHS="$WORK/$1" wrk -t2 -c"$2" -d"$3s" --timeout 30s -s bench/status.lua "$BASE" | grep '^RESULT'
}
echo "warming up"
run search 8 $((DURATION / 3 + 1)) > /dev/null
run case 8 $((DURATION / 3 + 1)) > /dev/null

: > "$WORK/rows"
for probe in live case list; do
  echo "alone|$probe|$(run $probe 2 $((DURATION / 2)))" >> "$WORK/rows"
done
echo "alone|search|$(run search 32 $((DURATION / 2)))" >> "$WORK/rows"
LOGGED_BEFORE=$(grep -c 'Overload' "$WORK/app.log" || true)
echo "flood: $CONNECTIONS connections on search for $DURATION s"
run search "$CONNECTIONS" "$DURATION" > "$WORK/flood" &
FLOOD=$!
sleep 3
PROBES=
for probe in live case list; do
  run $probe 2 $((DURATION - 6)) > "$WORK/probe-$probe" &
  PROBES="$PROBES $!"
done
wait $FLOOD $PROBES   # not a bare wait: the application is a child too
echo "flooded|search ($CONNECTIONS connections)|$(cat "$WORK/flood")" >> "$WORK/rows"
for probe in live case list; do
  echo "beside the flood|$probe|$(cat "$WORK/probe-$probe")" >> "$WORK/rows"
done
LOGGED=$(( $(grep -c 'Overload' "$WORK/app.log" || true) - LOGGED_BEFORE ))

mkdir -p bench/results
OUTFILE=bench/results/overload-$(date +%Y%m%d-%H%M).md
{
  echo "Overload, $DB ($(q "select count(*) from cases") cases, largest municipality $SLUG), $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "| when | request | req/s | p50 ms | p95 ms | p99 ms | 2xx | 503 | other 5xx | socket errors |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  awk -F'|' '
    function val(s, key) { return match(s, "(^| )" key "=[0-9.]+") ? substr(s, RSTART, RLENGTH) : "" }
    function num(s, key,   v) { v = val(s, key); sub(/.*=/, "", v); return v }
    BEGIN { names["live"] = "liveness endpoint"; names["case"] = "case page (200 cases)"; names["list"] = "public list, page 1" }
    { name = ($2 in names) ? names[$2] : $2
      printf "| %s | %s | %.0f | %.1f | %.1f | %.1f | %d | %d | %d | %d |\n", $1, name, num($3, "rps"), num($3, "p50"),
        num($3, "p95"), num($3, "p99"), num($3, "s2xx"), num($3, "s503"), num($3, "s5xx_other"), num($3, "errors") }' "$WORK/rows"
  echo
  echo "WARN lines of the overload filter during the flood: $LOGGED (503 answers: $(grep -oP 's503=\K[0-9]+' "$WORK/flood"))"
} | tee "$OUTFILE"
echo "written to $OUTFILE"
