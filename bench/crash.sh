#!/usr/bin/env bash
# Crash test (issue 10): intake at full load against the application on an external PostgreSQL, kill -9 of the
# application in the middle, restart, then the check: every submission that got a 201 is in the database, and
# every receipt mail arrived exactly once at the mail server, counted by Message-ID (ADR 0045) (GreenMail in a JVM of its own, bench/MailCounter.java,
# which outlives the application).
#
#   bench/crash.sh [DATABASE] [KILL_AFTER_SECONDS] [CONNECTIONS]      # defaults: medskapa_intake 15 32
#
# The database is made by bench/generate.sh (10,000 cases) when it does not exist. Exit status 0 when no
# acknowledged submission is missing and no receipt arrived twice or not at all; the counts are printed and written
# to bench/results/crash-DATE.md. Not part of ./mvnw verify (it needs wrk, an external PostgreSQL and a minute or
# two); .ci/run can run it where those are (see docs/performance.md). PORT (8107), MAIL_PORT (3125), JVM_OPTS;
# PGHOST etc. as for psql.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-medskapa_intake}
KILL_AFTER=${2:-15}
CONNECTIONS=${3:-32}
PORT=${PORT:-8107}
MAIL_PORT=${MAIL_PORT:-3125}
JAR=target/medskapa-0.1.0-SNAPSHOT.jar
WORK=$(mktemp -d /tmp/medskapa-crash.XXXXXX)
APP= MAILER= LOAD=
trap 'for p in $LOAD $APP $MAILER; do kill $p 2>/dev/null; wait $p 2>/dev/null || true; done; rm -rf "$WORK"' EXIT
trap 'exit 143' INT TERM
. bench/intake-common.sh
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
[ "$(psql -d postgres -tAc "select count(*) from pg_database where datname = '$DB'")" = 1 ] || bench/generate.sh 10000 "$DB"

start_mail_server
echo "starting the application on :$PORT against $DB"
start_app
RUN=c$(date +%s)
echo "intake load ($CONNECTIONS connections), kill -9 after $KILL_AFTER s"
q "select slug from municipality order by id" > "$WORK/slugs"
SLUGS="$WORK/slugs" OUT="$WORK" RUN="$RUN" wrk -t2 -c"$CONNECTIONS" -d"$((KILL_AFTER * 4))s" --timeout 30s \
  -s bench/intake.lua "$BASE" > "$WORK/load" &
LOAD=$!
sleep "$KILL_AFTER"
STORED_AT_KILL=$(q "select count(*) from cases where submitter_email like 'bench-$RUN-%'")
ACK_AT_KILL=$(cat "$WORK"/acknowledged-*.txt 2>/dev/null | wc -l)
OUTBOX_AT_KILL=$(q "select count(*) from event_publication where completion_date is null")
kill -9 "$APP"
wait "$APP" 2>/dev/null || true
KILLED_AT=$(date -u +%T)
echo "killed at $KILLED_AT: $ACK_AT_KILL acknowledged, $STORED_AT_KILL stored, $OUTBOX_AT_KILL publications incomplete"
sleep 2
kill -INT "$LOAD" 2>/dev/null || true
wait "$LOAD" 2>/dev/null || true
LOAD=
MAILS_BEFORE_RESTART=$(tail -1 "$WORK/mails.txt" | cut -f2)

echo "restarting"
start_app
echo "waiting for the outbox (the restart republishes the incomplete publications)"
await_outbox 300
CHECK=$(check_run "$RUN")
val() { grep -oP "(^| )$1=\K[0-9]+" <<< "$CHECK" | head -1; }

mkdir -p bench/results
OUTFILE=bench/results/crash-$(date +%Y%m%d-%H%M).md
{
  echo "Crash test, $DB, $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ), wrk $CONNECTIONS connections, kill -9 after $KILL_AFTER s"
  echo
  echo "| | count |"
  echo "|---|---|"
  echo "| 201 answers (acknowledged) | $(val acknowledged) |"
  echo "| acknowledged, not in the database | $(val acknowledged_missing) |"
  echo "| stored (the run's cases) | $(val stored) |"
  echo "| stored, not acknowledged (committed, answer lost in the kill) | $(val stored_not_acknowledged) |"
  echo "| outbox publications incomplete at the kill | $OUTBOX_AT_KILL |"
  echo "| mails at the mail server before the restart (all runs) | $MAILS_BEFORE_RESTART |"
  echo "| stored cases whose receipt arrived exactly once | $(val receipt_exactly_once) |"
  echo "| stored cases without a receipt | $(val receipt_missing) |"
  echo "| stored cases with more than one receipt (distinct Message-IDs) | $(val receipt_more_than_once) |"
  echo "| raw duplicates (the same Message-ID handed over again, ADR 0045) | $(val receipt_raw_duplicates) |"
  echo "| receipts recorded in sent_mail, not marked delivered | $(val receipt_recorded_not_delivered) |"
  echo "| outbox publications still incomplete after the restart | $(val outbox_incomplete) |"
} | tee "$OUTFILE"
echo "written to $OUTFILE"
[ "$(val acknowledged_missing)" = 0 ] && [ "$(val receipt_missing)" = 0 ] && [ "$(val receipt_more_than_once)" = 0 ]
