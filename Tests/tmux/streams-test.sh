#!/usr/bin/env bash
# streams-test.sh: the real browser with files that are not plain files: a case file on
# standard input (keys then come from the terminal, as with less), and the `e` export to a
# pipe nobody reads (a message, not a frozen browser) and through a symbolic link (its
# target is written, the link stays a link).
#
#   Tests/tmux/streams-test.sh                       # uses .build/debug/leakline
#   LEAKLINE_BIN=/path/to/leakline Tests/tmux/streams-test.sh
#
# Prints one line per check and "N passed, N failed"; exits non-zero if anything failed.
set -u
cd "$(dirname "$0")/../.." || exit 2
# shellcheck source=lib.sh
source Tests/tmux/lib.sh

require_leakline streams-test

# check NAME COMMAND...: pass if COMMAND succeeds.
check() {
  local name=$1
  shift
  if "$@"; then pass "$name"; else fail "$name" "'$*' failed"; fi
}

start_app "cat Resources/article.case.json | $APP --case -" 100 30
assert_top_line_has "a case file on standard input opens in the browser" 'Leakline · How Cooperation'
assert_screen_has "its events are listed" 'Events +68 '
send 2
assert_screen_has "keys come from the terminal: 2 shows people & units" ' People & units  78 ─'
send q
assert_exit "q quits" 0
assert_terminal_sane "the terminal is as it was after a case file on standard input"

fifo="$TEST_DIR/nobody-reads.fifo"
mkfifo "$fifo"
start_app "$APP" 200 30
assert_screen_has "the browser starts" 'Events +68 '
send e
send C-u
send -l "$fifo"
send Enter
assert_screen_has "e to a pipe nobody reads is a message" 'a pipe that no program is reading'
check "the FIFO is still a FIFO" test -p "$fifo"

echo "old notes" >"$TEST_DIR/target.md"
ln -s target.md "$TEST_DIR/link.md"
send e
send C-u
send -l "$TEST_DIR/link.md"
send Enter
assert_screen_has "an existing link target needs a yes" 'already exists. Overwrite it\? \(y/n\)'
send y
assert_screen_has "the export is written" "Wrote '.*link.md'"
check "the link is still a link" test -L "$TEST_DIR/link.md"
check "its target holds the export" grep -q '^# Timeline' "$TEST_DIR/target.md"
send q
assert_exit "q still quits" 0
assert_terminal_sane "the terminal is as it was after the exports"

finish
