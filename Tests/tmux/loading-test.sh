#!/usr/bin/env bash
# loading-test.sh: the line the browser writes on standard error while a large case file
# loads (Sources/LeaklineCurses/LoadingProgress.swift), read from the raw bytes the real
# binary writes to a tmux pane:
#   - a generated file of about 12 MB shows "Loading NAME: N events, A of B MB (P%)" and
#     "Indexing NAME for search: N of M events (P%)", B being the file's size in MB,
#   - the line is erased (CR, erase to end of line) before the browser takes the screen,
#     and nothing of it is left on the normal screen after q,
#   - a small file, or standard error that is not a terminal, gets no line at all.
#
#   Tests/tmux/loading-test.sh                      # uses .build/debug/leakline
#   LEAKLINE_BIN=/path/to/leakline Tests/tmux/loading-test.sh
#
# Needs tmux (3.2 or later), bash 5 and python3. Prints one line per check and
# "N passed, N failed"; exits non-zero if anything failed.
set -u
cd "$(dirname "$0")/../.." || exit 2
# shellcheck source=lib.sh
source Tests/tmux/lib.sh

require_leakline loading-test
SMALL="$PWD/Tests/LeaklineModelTests/Fixtures/small.case.json"
BIG="$TEST_DIR/big.case.json"
EVENTS=40000

# A valid case file of EVENTS events, each with a title and a summary of some 250 bytes.
python3 - "$BIG" "$EVENTS" <<'PYTHON'
import json, sys
path, count = sys.argv[1], int(sys.argv[2])
words = "the unit reported that the payments went through the state police account".split()
with open(path, "w") as out:
    out.write('{"leakline": 1, "title": "Progress line test",\n')
    out.write(' "sources": [{"id": "s", "title": "Source"}],\n "entities": [],\n "events": [\n')
    for i in range(count):
        summary = " ".join(words[(i + k) % len(words)] for k in range(40))
        event = {"id": "e%d" % i, "date": "%d-%02d" % (1990 + i % 30, 1 + i % 12),
                 "title": "Event %d %s" % (i, words[i % len(words)]), "summary": summary,
                 "sources": ["s"]}
        out.write(("," if i else "") + json.dumps(event) + "\n")
    out.write("]}\n")
PYTHON
big_mb=$(($(stat -c %s "$BIG") >> 20))
RAW="$TEST_DIR/raw"
# Any progress line, for any file.
ANY_LINE='(Loading|Indexing) [^ ]+\.case\.json'

# run_recorded FILE [REDIRECT]: run the browser on FILE with every byte it writes to the pane
# copied to $RAW. The pane waits for a go file, so the copy starts before the first byte.
run_recorded() {
  rm -f "$TEST_DIR/go" "$RAW"
  start_app "until [ -e $TEST_DIR/go ]; do sleep 0.02; done; $APP --case $(printf '%q' "$1") ${2:-}" 100 30
  tmux_cmd pipe-pane -o -t "$SESSION" "cat >>$(printf '%q' "$RAW")"
  touch "$TEST_DIR/go"
}

# The raw bytes with ESC written as "\e" and CR as "\r", one line.
raw_text() { sed 's/\x1b/\\e/g; s/\r/\\r/g' "$RAW" | tr '\n' ' '; }

run_recorded "$BIG"
if wait_for "Events +$EVENTS " 60; then
  pass "a $big_mb MB file opens in the browser"
  line="Loading $BIG: [0-9,]+ events, [0-9]+ of $big_mb MB \\([0-9]+%\\)"
  if raw_text | grep -qE -- "$line"; then
    pass "loading a $big_mb MB file shows 'Loading NAME: N events, A of $big_mb MB (P%)'"
  else
    fail "loading a $big_mb MB file shows 'Loading NAME: N events, A of $big_mb MB (P%)'" \
      "no /$line/ in what the browser wrote" "$(raw_text | head -c 600)"
  fi
  line="Indexing $BIG for search: [0-9,]+ of 40,000 events \\([0-9]+%\\)"
  if raw_text | grep -qE -- "$line"; then
    pass "indexing shows 'Indexing NAME for search: N of 40,000 events (P%)'"
  else
    fail "indexing shows 'Indexing NAME for search: N of 40,000 events (P%)'" \
      "no /$line/ in what the browser wrote" "$(raw_text | head -c 600)"
  fi
  # The last progress line, then CR + erase line, then (later) the alternate screen.
  if raw_text | grep -qE -- '(Loading|Indexing) [^\]*\\e\[K\\r\\e\[K.*\\e\[\?1049h'; then
    pass "the progress line is erased before the browser takes the screen"
  else
    fail "the progress line is erased before the browser takes the screen" \
      "no CR + erase line between the last progress line and the alternate screen" \
      "$(raw_text | head -c 600)"
  fi
  send q
  assert_exit "q exits with status 0 after a large file" 0
  if screen | grep -qE "$ANY_LINE"; then
    fail "no progress line is left on the normal screen" "the screen shows it" "$(screen)"
  else
    pass "no progress line is left on the normal screen"
  fi
  assert_terminal_sane "a large file leaves the terminal sane"
else
  fail "a $big_mb MB file opens in the browser" "the browser never showed 'Events $EVENTS'" "$(screen)"
fi

# A small file loads in a blink: no line.
run_recorded "$SMALL"
if wait_for 'Events +[0-9]+ '; then
  send q
  exit_status >/dev/null
  if grep -qE "$ANY_LINE" "$RAW"; then
    fail "a small file shows no progress line" "the browser wrote one" "$(raw_text | head -c 400)"
  else
    pass "a small file shows no progress line"
  fi
else
  fail "a small file shows no progress line" "the browser never showed its timeline" "$(screen)"
fi

# Standard error into a file (a log): no line in the log, none on the screen.
run_recorded "$BIG" "2>$(printf '%q' "$TEST_DIR/stderr")"
if wait_for "Events +$EVENTS " 60; then
  send q
  exit_status >/dev/null
  if grep -qE "$ANY_LINE" "$RAW" "$TEST_DIR/stderr"; then
    fail "standard error that is not a terminal gets no progress line" "a line was written" \
      "$(cat "$TEST_DIR/stderr")"
  else
    pass "standard error that is not a terminal gets no progress line"
  fi
else
  fail "standard error that is not a terminal gets no progress line" \
    "the browser never showed 'Events $EVENTS'" "$(screen)"
fi

stop_app
finish
