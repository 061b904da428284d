#!/usr/bin/env bash
# Synthetic data for the scale measurements (issue 10): a fresh PostgreSQL database with the application's own
# schema and N cases over the 290 Swedish municipalities, and CONTACTS entries in the largest municipality's
# contact bank (issue 8).
#
#   bench/generate.sh [CASES] [DATABASE] [CONTACTS]   # defaults: 1000000 medskapa_bench CASES
#
# PGHOST/PGPORT/PGUSER as for psql (default 127.0.0.1:5432, postgres, trust). Steps:
#  1. drop and create DATABASE; start the packaged application once against it (demo data off,
#     -Dspring.context.exit=onRefresh) so that its Flyway migrations create the schema;
#  2. the secondary indexes of the bulk tables are dropped (their definitions saved from pg_indexes);
#  3. bench/gen_data.py writes COPY files (290 municipalities with departments, units, categories and
#     settings; residents; cases with timelines, supports and comments; the reference counters), the cases
#     streamed through a named pipe into COPY while they are generated, the other files loaded with COPY, the indexes recreated from the saved definitions, identity sequences moved past the
#     loaded ids, then VACUUM ANALYZE. Constraints (checks, foreign keys, unique) stay on during COPY.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-1000000}
DB=${2:-medskapa_bench}
CONTACTS=${3:-$CASES}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAR=target/medskapa-0.1.0-SNAPSHOT.jar
OUT=$(mktemp -d /tmp/medskapa-gen.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
SECONDS=0
say() { printf '[%4ds] %s\n' "$SECONDS" "$*"; }

[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
say "database $DB, $CASES cases, $CONTACTS contact-bank entries"
psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

say "schema: the application's migrations"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
  MEDSKAPA_DEMO_DATA_ENABLED=false MEDSKAPA_TOTP_KEYS="k1:$(openssl rand -base64 32)" \
  java -Dspring.context.exit=onRefresh -jar "$JAR" --server.port=0 > "$OUT/migrate.log" 2>&1 \
  || { tail -50 "$OUT/migrate.log"; exit 1; }
psql -q -d "$DB" -tAc "select count(*) from municipality" | grep -qx 0 \
  || { echo "the schema came with municipalities; expected an empty database" >&2; exit 1; }


TABLES="cases case_event participation_support participation_comment contact_member"
IN_LIST="'$(echo $TABLES | sed "s/ /','/g")'"
# Secondary indexes (not backing a constraint) of the bulk tables: dropped for the load, then rebuilt.
psql -d "$DB" -tAc "select indexdef || ';' from pg_indexes i where tablename in ($IN_LIST)
  and not exists (select 1 from pg_constraint c where c.conname = i.indexname)" > "$OUT/indexes.sql"
psql -q -d "$DB" -tAc "select 'drop index ' || indexname || ';' from pg_indexes i where tablename in ($IN_LIST)
  and not exists (select 1 from pg_constraint c where c.conname = i.indexname)" | psql -q -d "$DB"
say "dropped $(wc -l < "$OUT/indexes.sql") secondary indexes for the load"

copy() { # table columns
  psql -q -d "$DB" -c "\\copy $1 ($2) from '$OUT/$1.tsv'"
}
# The generator streams the cases through a named pipe straight into COPY while it writes the (smaller) other
# files: it first writes the reference tables and marks them done, then blocks opening the pipe until COPY
# reads it. The timelines, supports and comments refer to cases, so they are loaded once the cases are in.
mkfifo "$OUT/cases.tsv"
say "generating (cases streamed into COPY)"
python3 bench/gen_data.py "$OUT" "$CASES" 10 "$CONTACTS" &
GEN=$!
until [ -f "$OUT/reference-tables.done" ]; do
  kill -0 $GEN 2>/dev/null || { wait $GEN; exit 1; }
  sleep 0.2
done
say "COPY"
copy municipality "id, slug, name, contact_email, contact_phone, address, website, created_at"
copy municipality_settings "municipality_id, case_prefix, acknowledge_days, answer_days, show_staff_names"
copy department "id, municipality_id, name"
copy unit "id, municipality_id, department_id, name, email"
copy category "id, municipality_id, name, description"
copy resident_account "id, email, display_name, preferred_language, created_at, deleted_at"
copy contact_district "id, municipality_id, name"
copy contact_bank_settings "municipality_id, background_fields, guide"
copy contact_consent_text "id, municipality_id, version, text, legal_basis, created_at"
copy contact_member "id, municipality_id, resident_id, pseudonym, topics, districts, ways, frequency, language,
  accessibility_needs, age_band, residence_district_id, occupation, school_parent, consent_text_id, consented_at,
  consent_expires_at, withdrawn_at, last_contacted_at, joined_at"
copy cases "id, municipality_id, reference, kind, title, description, public_title, public_description, category_id,
  place, submitter_name, submitter_email, submitter_language, internal, publish_permission, published, status, unit_id,
  submitted_at, acknowledge_due, answer_due, acknowledged_at, answered_at, closed_at, hops, support_count"
wait $GEN
say "cases generated and loaded"
copy case_reference_counter "municipality_id, year, last_number"
copy case_event "id, municipality_id, case_id, occurred_at, type, actor_resident, from_status, to_status, unit_id,
  public_message" &
copy participation_support "municipality_id, item_kind, item_id, resident_id, supported_at" &
copy participation_comment "id, municipality_id, item_kind, item_id, author_resident_id, author_name, body, created_at" &
wait
say "loaded; rebuilding indexes"
# Two at a time (two cores): split the saved definitions into two halves.
split -n l/2 "$OUT/indexes.sql" "$OUT/index-part-"
for part in "$OUT"/index-part-*; do
  psql -q -d "$DB" -c "set maintenance_work_mem = '512MB'" -f "$part" &
done
wait

# Identity columns: continue after the loaded ids.
psql -q -d "$DB" -tAc "select format('select setval(pg_get_serial_sequence(%L, %L), coalesce((select max(%I) from %I), 0) + 1, false);',
    table_name, column_name, column_name, table_name)
  from information_schema.columns where table_schema = 'public' and (is_identity = 'YES' or column_default like 'nextval%')
    and table_name in ('municipality', 'department', 'unit', 'category', 'resident_account', 'cases', 'case_event',
                       'participation_comment', 'contact_district', 'contact_consent_text', 'contact_member')" | psql -q -d "$DB" > /dev/null
say "VACUUM ANALYZE"
psql -q -d "$DB" -c "vacuum (analyze)"
psql -d "$DB" -c "select (select count(*) from municipality) as municipalities, (select count(*) from cases) as cases,
  (select count(*) from cases where published and not internal and public_title is not null) as public_cases,
  (select count(*) from case_event) as events, (select count(*) from participation_support) as supports,
  (select count(*) from participation_comment) as comments, (select count(*) from contact_member) as contacts,
  pg_size_pretty(pg_database_size('$DB')) as size"
say "done"
