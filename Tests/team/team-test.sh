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

pg_sql "CREATE DATABASE fresh"
FRESH_URL="postgresql:///fresh?host=$PG_DIR&port=$PG_PORT&user=postgres"
for p in 1 2 3 4; do "$LOAD" probe "$FRESH_URL" race-case >"$WORK/race-$p.out" 2>&1 & done
wait
race=$(cat "$WORK"/race-*.out)
version=$(psql -X -At -h "$PG_DIR" -p "$PG_PORT" -U postgres -d fresh -c "SELECT version FROM leakline_schema_version")
if [ "$(grep -c "append: saved" <<<"$race")" -eq 4 ] && [ "$version" = 1 ] && ! grep -qi "notice" <<<"$race"; then
  pass "four clients starting at once on an empty database migrate it once, and print no server notice"
else
  fail "concurrent first use" "version '$version'" "$race"
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

# ---- The server goes away mid-session and comes back: each change exactly once -----------
TITLE=$("$BIN" list --json | python3 -c 'import json, sys; print(json.load(sys.stdin)["case"])')
coproc SESSION { "$LOAD" session "$PG_URL" "$TITLE" "$WORK/spool.notes.jsonl" 2>&1; }
ask() {
  local line=""
  echo "$1" >&"${SESSION[1]}"
  read -r -t 60 line <&"${SESSION[0]}"
  echo "$line"
}
answers=$(ask "note before the outage")
pg_stop
answers+=$'\n'$(ask "note offline-1")$'\n'$(ask "note offline-2")$'\n'$(ask "note offline-3")
offline_status=$(ask status)
answers+=$'\n'$offline_status
slowest=$(grep -Eo '\(([0-9]+) ms\)' <<<"$answers" | grep -Eo '[0-9]+' | sort -n | tail -1)
pg_resume
back=$(ask "online 60")
"$LOAD" write "$PG_URL" "$TITLE" 7 2 >/dev/null 2>&1
meanwhile=""
for _ in $(seq 50); do
  meanwhile=$(ask read)
  grep -q "^new 2:" <<<"$meanwhile" && break
  sleep 0.1
done
online_status=$(ask status)
exec {SESSION[1]}>&-
wait "$SESSION_PID" 2>/dev/null
offline_rows=$(pg_sql "SELECT count(*) || ' ' || count(DISTINCT id) FROM leakline_notebook_changes WHERE case_key = '$TITLE' AND text LIKE 'offline-%'")
if [ "$(grep -c '^saved' <<<"$answers")" -eq 4 ] && grep -q "^offline writable waiting 3: Team notebook offline" <<<"$offline_status" &&
  grep -q "^online" <<<"$back" && [ "$offline_rows" = "3 3" ] && grep -q "^online writable waiting 0: none" <<<"$online_status"; then
  pass "server stopped mid-session: 3 changes kept and counted, sent exactly once when it is back"
else
  fail "exactly once across a restart" "offline rows '$offline_rows'" "$answers"$'\n'"$back"$'\n'"$online_status"
fi
if grep -q "^new 2: change 0 of writer 7|change 1 of writer 7" <<<"$meanwhile"; then
  pass "after reconnecting, another writer's changes arrive (and not our own again)"
else
  fail "another writer's changes arrive after reconnecting" "$meanwhile"
fi
echo "     figure: slowest answer while the server was down: ${slowest:-?} ms"
if [ -n "$slowest" ] && [ "$slowest" -lt 3000 ]; then
  pass "nothing waited on the stopped server (every answer within 3 s)"
else
  fail "nothing waited on the stopped server" "slowest answer ${slowest:-none} ms" "$answers"
fi
printf 'status\n' | "$LOAD" session "$PG_URL" "$TITLE" "$WORK/spool.notes.jsonl" >/dev/null 2>&1
offline_rows=$(pg_sql "SELECT count(*) FROM leakline_notebook_changes WHERE case_key = '$TITLE' AND text LIKE 'offline-%'")
if [ "$offline_rows" = 3 ]; then
  pass "a new session sends its spool again harmlessly: still 3 rows"
else
  fail "a resent spool adds nothing" "rows: $offline_rows"
fi

# ---- The CLI lists a shared notebook -----------------------------------------------------
listing=$("$BIN" --notes "$PG_URL" notes 2>&1)
if grep -q "^event:e$" <<<"$listing" && grep -q "note by session, " <<<"$listing" &&
  grep -q "    offline-3" <<<"$listing" && grep -q "^event:e-7-1$" <<<"$listing"; then
  pass "leakline --notes postgresql://… notes lists the shared notebook with authors"
else
  fail "leakline --notes URL notes" "listing" "$listing"
fi

# ---- Hostile texts: file -> database -> file, verbatim -----------------------------------
python3 - "$WORK/hostile.notes.jsonl" <<'PY'
import json, sys
texts = ["it's \"quoted\"", "back\\slash \\\\ \\0 typed", "nul\u0000inside", "\u001b[2J\u001b]0;owned\u0007",
         "line\nbreak\r\ttab", "'; DROP TABLE leakline_notebook_changes; --", "日本語 🧾", "trailing\\"]
with open(sys.argv[1], "w") as f:
    for i, t in enumerate(texts):
        f.write(json.dumps({"v": 1, "id": "%032x" % (0xbad0 + i), "at": "2026-12-08T01:00:0%d.123Z" % i,
                            "by": "mallory", "target": "event:hostile-%d" % i, "op": "note",
                            "text": t}, ensure_ascii=False) + "\n")
PY
copy1=$("$BIN" notes copy --from "$WORK/hostile.notes.jsonl" --to "$PG_URL" 2>&1)
copy2=$("$BIN" notes copy --from "$WORK/hostile.notes.jsonl" --to "$PG_URL" 2>&1)
copy3=$("$BIN" notes copy --from "$PG_URL" --to "$WORK/back.notes.jsonl" 2>&1)
same=$(python3 - "$WORK/hostile.notes.jsonl" "$WORK/back.notes.jsonl" <<'PY'
import json, sys
a = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1], encoding="utf-8")}
b = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[2], encoding="utf-8")}
print("same" if all(b.get(k) == v for k, v in a.items()) else "differ: %r" % [(v, b.get(k)) for k, v in a.items() if b.get(k) != v])
PY
)
stored=$(pg_sql "SELECT text FROM leakline_notebook_changes WHERE id = '$(printf '%032x' $((0xbad0 + 3)))'" | od -c | head -2)
escaped=$(pg_sql "SELECT string_agg(escaped::text, ',' ORDER BY id) FROM leakline_notebook_changes WHERE id BETWEEN '$(printf '%032x' $((0xbad0)))' AND '$(printf '%032x' $((0xbad7)))' AND case_key = '$TITLE'")
if [ "$same" = same ] && grep -q "^Copied 8 changes" <<<"$copy1" && grep -q "^Copied 0 changes .*(8 changes already there)" <<<"$copy2" &&
  grep -qF "033   [   2   J 033" <<<"$stored" && [ "$escaped" = "false,false,true,false,false,false,false,false" ]; then
  pass "hostile texts (quotes, backslashes, NUL, escape sequences) round-trip file -> database -> file; a second copy adds nothing"
else
  fail "hostile texts round-trip" "$same; escaped=$escaped" "$copy1"$'\n'"$copy2"$'\n'"$copy3"$'\n'"$stored"
fi
shown=$("$BIN" --notes "$PG_URL" notes 2>&1)
if grep -q "hostile-3" <<<"$shown" && ! LC_ALL=C grep -q $'\x1b' <<<"$shown"; then
  pass "the listing shows hostile notes with their escape sequences neutralised"
else
  fail "hostile notes shown safely" "an ESC reached the output, or the note is missing"
fi

# ---- The CLI: passwords and a read-only role ---------------------------------------------
cli=$(
  "$BIN" --notes "$ALICE_URL" notes 2>&1
  "$BIN" --notes "$WRONG_URL" notes 2>&1
  "$BIN" notes copy --from "$WORK/hostile.notes.jsonl" --to "$ALICE_URL" 2>&1
  "$BIN" notes copy --from "$WORK/hostile.notes.jsonl" --to "$WRONG_URL" 2>&1
  ls -R "$XDG_DATA_HOME" 2>&1
)
if grep -q "alice:\*\*\*@" <<<"$cli" && grep -q "password authentication failed" <<<"$cli" &&
  grep -q "^Copied 8 changes" <<<"$cli" && ! grep -q "Sentinel" <<<"$cli"; then
  pass "the CLI never shows a password (listing, copying, a wrong password, spool file names)"
else
  fail "the CLI never shows a password" "the sentinel appears, or a case did not run" "$cli"
fi
ro=$("$BIN" --notes "$READER_URL" notes 2>&1; "$BIN" notes copy --from "$WORK/hostile.notes.jsonl" --to "$READER_URL" 2>&1)
if grep -q 'Team notebook read-only: role "reader" may read' <<<"$ro" && grep -q "read-only.*nothing was copied" <<<"$ro" &&
  grep -q "hostile-3" <<<"$ro"; then
  pass "a read-only role: the CLI lists, says read-only, and copies nothing into it"
else
  fail "read-only role in the CLI" "" "$ro"
fi

finish
