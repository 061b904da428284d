# Sourced by bench/intake.sh and bench/crash.sh: the mail server, the application, the intake load and the
# check that every acknowledged submission is stored and got exactly one receipt mail.
# Expects DB, PORT, MAIL_PORT, WORK, JAR; sets APP and MAILER (PIDs) for the caller's trap.
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
BASE=http://127.0.0.1:$PORT
q() { psql -d "$DB" -tAq -c "$1"; }

# GreenMail on MAIL_PORT in a JVM of its own (bench/MailCounter.java), counts per recipient in $WORK/mails.txt.
start_mail_server() {
  local cp=target/bench-classpath.txt
  [ -s "$cp" ] || ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" > /dev/null
  java -cp "$(cat "$cp")" bench/MailCounter.java "$MAIL_PORT" "$WORK/mails.txt" > "$WORK/mail.log" 2>&1 &
  MAILER=$!
  until [ -s "$WORK/mails.txt" ]; do
    kill -0 $MAILER 2>/dev/null || { cat "$WORK/mail.log"; exit 1; }
    sleep 0.5
  done
}

# The packaged application against DB, mailing to the mail server on MAIL_PORT; its log appended to $WORK/app.log.
start_app() { # MAIL_PORT=none: no SMTP (the mails are recorded only)
  local mail=(SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$MAIL_PORT)
  [ "$MAIL_PORT" != none ] || mail=()
  env "${mail[@]}" SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
    MEDSKAPA_DEMO_DATA_ENABLED=false MEDSKAPA_TOTP_KEYS="k1:$TOTP_KEY" \
    java ${JVM_OPTS:-} -jar "$JAR" --server.port="$PORT" >> "$WORK/app.log" 2>&1 &
  APP=$!
  until curl -sf "$BASE/actuator/health/readiness" > /dev/null 2>&1; do
    kill -0 $APP 2>/dev/null || { tail -50 "$WORK/app.log"; exit 1; }
    sleep 0.5
  done
}
TOTP_KEY=$(openssl rand -base64 32)

# wrk on the liveness endpoint: prints the RESULT line of bench/rotate.lua.
liveness() { # seconds connections
  echo /actuator/health/liveness > "$WORK/live"
  PATHS="$WORK/live" wrk -t2 -c"$2" -d"$1s" -s bench/rotate.lua "$BASE" | grep '^RESULT'
}

# The intake load: prints the RESULT line of bench/intake.lua. RUN names the run (in the e-mail addresses).
intake_load() { # seconds connections run
  q "select slug from municipality order by id" > "$WORK/slugs"
  SLUGS="$WORK/slugs" OUT="$WORK" RUN="$3" wrk -t2 -c"$2" -d"$1s" --timeout 30s -s bench/intake.lua "$BASE" \
    | grep '^RESULT' || true
}

# Waits until the outbox is empty (every receipt handed to the mail server or failed) and the mail count is still.
await_outbox() { # [seconds, default 180]
  local last=-1 now
  for _ in $(seq 1 $(( ${1:-180} / 2 ))); do
    now=$(tail -1 "$WORK/mails.txt" | cut -f3)
    if [ "$(q "select count(*) from event_publication where completion_date is null")" = 0 ] && [ "$now" = "$last" ]; then
      return 0
    fi
    last=$now
    sleep 2
  done
  echo "the outbox did not empty within ${1:-180} s" >&2
}

# The check of a run: every acknowledged reference stored, and per e-mail address of the run's cases the
# number of receipt mails received (distinct Message-IDs, ADR 0045; raw duplicates counted apart). Prints key=value lines.
check_run() { # run
  cat "$WORK"/acknowledged-*.txt 2>/dev/null | grep -v '^?$' | sort -u > "$WORK/acknowledged" || true
  psql -d "$DB" -tAq > "$WORK/check" <<SQL
create temporary table ack (reference text primary key);
\copy ack from '$WORK/acknowledged'
create temporary table mails (recipient text primary key, n int, raw int);
\copy mails from program 'grep -v ^TOTAL $WORK/mails.txt'
select 'acknowledged=' || count(*) from ack;
select 'outbox_incomplete=' || count(*) from event_publication where completion_date is null;
select 'acknowledged_missing=' || count(*) from ack where not exists (select 1 from cases c where c.reference = ack.reference);
select 'stored=' || count(*) from cases where submitter_email like 'bench-$1-%';
select 'stored_not_acknowledged=' || count(*) from cases c where submitter_email like 'bench-$1-%'
  and not exists (select 1 from ack where ack.reference = c.reference);
select 'receipt_exactly_once=' || count(*) from cases c join mails m on m.recipient = lower(c.submitter_email)
  where c.submitter_email like 'bench-$1-%' and m.n = 1;
select 'receipt_missing=' || count(*) from cases c where c.submitter_email like 'bench-$1-%'
  and not exists (select 1 from mails m where m.recipient = lower(c.submitter_email));
select 'receipt_more_than_once=' || count(*) from cases c join mails m on m.recipient = lower(c.submitter_email)
  where c.submitter_email like 'bench-$1-%' and m.n > 1;
select 'receipt_raw_duplicates=' || coalesce(sum(m.raw - m.n), 0) from cases c join mails m on m.recipient = lower(c.submitter_email)
  where c.submitter_email like 'bench-$1-%';
select 'receipt_recorded_not_delivered=' || count(*) from sent_mail
  where recipient like 'bench-$1-%' and delivered_at is null;
SQL
  cat "$WORK/check"
}
