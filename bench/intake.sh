#!/usr/bin/env bash
# Intake under load (issue 10): new cases POSTed to the intake API of all municipalities, each from its own client
# address, for SECONDS with CONNECTIONS connections; receipts mailed to a GreenMail of its own (bench/MailCounter.java).
#
#   bench/intake.sh [DATABASE] [SECONDS] [CONNECTIONS]      # defaults: medskapa_intake 30 32
#
# The database is made by bench/generate.sh (10,000 cases over the 290 municipalities) when it does not exist.
# The client addresses: X-Forwarded-For, trusted by the application only from loopback (its default
# server.tomcat.remoteip.internal-proxies, a proxy on the same machine), so the per-address limit
# (medskapa.intake.limit.per-address, 30 an hour) applies per simulated resident as it would behind the proxy;
# every submission has its own e-mail address (per-e-mail limit 5 an hour). Nothing is switched off for the bench.
# Reports: submissions/s (201s), p50/p95/p99, the other answers, the liveness endpoint's req/s measured right
# before and after (the ratio is what compares between runs), and the check that every 201 is stored, nothing
# unacknowledged is stored, and every receipt mail arrived exactly once. Written to bench/results/intake-DATE.md.
# PORT (8107), MAIL_PORT (3125), JVM_OPTS; PGHOST etc. as for psql.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-medskapa_intake}
DURATION=${2:-30}
CONNECTIONS=${3:-32}
PORT=${PORT:-8107}
MAIL_PORT=${MAIL_PORT:-3125}
JAR=target/medskapa-0.1.0-SNAPSHOT.jar
WORK=$(mktemp -d /tmp/medskapa-intake.XXXXXX)
APP= MAILER=
trap 'for p in $APP $MAILER; do kill $p 2>/dev/null; wait $p 2>/dev/null || true; done; rm -rf "$WORK"' EXIT
trap 'exit 143' INT TERM
. bench/intake-common.sh
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
[ "$(psql -d postgres -tAc "select count(*) from pg_database where datname = '$DB'")" = 1 ] || bench/generate.sh 10000 "$DB"

start_mail_server
echo "starting the application on :$PORT against $DB"
start_app
RUN=w$(date +%s)
echo "warming up (JIT) for $((DURATION / 3 + 1)) s"
intake_load $((DURATION / 3 + 1)) 8 "$RUN" > /dev/null
liveness $((DURATION / 3 + 1)) 8 > /dev/null
await_outbox
rm -f "$WORK"/acknowledged-*.txt

RUN=r$(date +%s)
BEFORE=$(liveness $((DURATION / 3 + 1)) "$CONNECTIONS")
LOAD=$(intake_load "$DURATION" "$CONNECTIONS" "$RUN")
AFTER=$(liveness $((DURATION / 3 + 1)) "$CONNECTIONS")
echo "$LOAD"
echo "waiting for the outbox (receipt mails)"
await_outbox
CHECK=$(check_run "$RUN")

val() { grep -oP "(^| )$1=\K[0-9.]+" <<< "$2" | head -1; }
OVERLOAD=$(grep -c 'Overload' "$WORK/app.log" || true)
mkdir -p bench/results
OUTFILE=bench/results/intake-$(date +%Y%m%d-%H%M).md
{
  echo "Intake API, $DB ($(q "select count(*) from municipality") municipalities), $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ), wrk $CONNECTIONS connections, $DURATION s"
  echo
  echo "| what | req/s | p50 ms | p95 ms | p99 ms | 201 | other status | socket errors |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| liveness, before | $(val rps "$BEFORE") | $(val p50 "$BEFORE") | $(val p95 "$BEFORE") | $(val p99 "$BEFORE") | | $(val non2xx "$BEFORE") | $(val errors "$BEFORE") |"
  echo "| intake POST /api/v1/{slug}/cases | $(val created_rps "$LOAD") submissions/s | $(val p50 "$LOAD") | $(val p95 "$LOAD") | $(val p99 "$LOAD") | $(val created "$LOAD") | $(val refused "$LOAD") | $(val errors "$LOAD") |"
  echo "| liveness, after | $(val rps "$AFTER") | $(val p50 "$AFTER") | $(val p95 "$AFTER") | $(val p99 "$AFTER") | | $(val non2xx "$AFTER") | $(val errors "$AFTER") |"
  echo
  echo "ratio of submissions/s to the liveness req/s (mean of before and after): $(echo "scale=3; $(val created_rps "$LOAD") / (($(val rps "$BEFORE") + $(val rps "$AFTER")) / 2)" | bc -l)"
  echo
  echo "check after the outbox emptied: $(tr '\n' ' ' <<< "$CHECK")"
  echo "503 answers logged by the overload filter: $OVERLOAD"
} | tee "$OUTFILE"
echo "written to $OUTFILE"
