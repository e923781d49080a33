# shellcheck shell=bash
# lib.sh: drive a terminal program inside a private tmux server and check what it leaves behind.
#
# Source it from a test script, then:
#   start_app "<command>" COLS ROWS   run a command line in a fresh pane of COLS x ROWS (it runs
#                                      inside the wrapper script, so it must not call `exit`)
#   wait_for REGEX [SECONDS]           poll the pane every 20 ms until REGEX matches (default 5 s)
#   wait_for_screen TEXT [SECONDS]     poll until the whole pane equals TEXT
#   screen                             print the pane as plain text
#   send KEYS...                       tmux send-keys to the pane (e.g. send q, send C-c)
#   app_pid                            the running program's process id
#   assert_screen_has NAME REGEX       pass if the pane shows REGEX within the timeout
#   assert_top_line_has NAME REGEX     pass if the first row matches REGEX
#   assert_screen_lacks NAME REGEX     pass once the pane no longer shows REGEX
#   assert_eventually NAME WHY SECONDS COMMAND...
#                                      pass once COMMAND succeeds (polled), else fail with WHY
#   assert_exit NAME STATUS            pass once the program has exited with STATUS ("nonzero" ok)
#   assert_terminal_sane NAME          pass if the tty settings are exactly as before the program
#                                      ran (icanon and echo on), the alternate screen is off and
#                                      the cursor is visible
#   assert_drawn_at NAME COLS ROWS     pass once the browser's own frame is drawn for COLS x ROWS
#                                      (see drawn_at: evidence of a redraw, not of the pane's size)
#   pass NAME / fail NAME WHY [DETAIL] count a result; finish prints "N passed, N failed"
#
# Every run gets its own tmux server (-L leakline-test-$$, no config file), so the user's tmux
# is never touched, and the environment is pinned: TERM=tmux-256color, LANG=LC_ALL=C.UTF-8.
# The pane outlives the program: a wrapper prints EXIT=<status> and the stty state after it
# exits (and STOPPED when Ctrl-Z suspends it; type "fg" + Enter to resume it). Waiting is
# always polling for an expected screen, never a blind sleep. The built-in article's notebook
# (and the reader's place kept beside it) goes under the test's own XDG_DATA_HOME, never the
# user's.

# require_leakline TEST_NAME: sets BIN (absolute) from LEAKLINE_BIN (default
# .build/debug/leakline) and APP (BIN quoted for a shell line plus LEAKLINE_ARGS), or exits 2
# with a message saying what to build or install.
require_leakline() {
  BIN=${LEAKLINE_BIN:-.build/debug/leakline}
  case $BIN in /*) ;; *) BIN="$PWD/$BIN" ;; esac
  if [ ! -x "$BIN" ]; then
    echo "$1: '$BIN' is not an executable; build it (swift build) or set LEAKLINE_BIN." >&2
    exit 2
  fi
  if ! command -v tmux >/dev/null; then
    echo "$1: tmux is not installed; install it (apt-get install tmux)." >&2
    exit 2
  fi
  APP="$(printf '%q' "$BIN") ${LEAKLINE_ARGS:-}"
}

TMUX_SOCKET="leakline-test-$$"
TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/leakline-tmux.XXXXXX")
SESSION=""
SESSION_COUNT=0
PASSED=0
FAILED=0

# The server reads only this file, never the user's ~/.tmux.conf. remain-on-exit keeps a pane
# (and so the server) alive even if its command ends early, so the screen can still be read.
# exit-empty off keeps the server alive between sessions: otherwise killing the last session
# ends it while start_app's next new-session may already be talking to it ("no server
# running"); cleanup ends it.
printf 'set -g remain-on-exit on\nset -s exit-empty off\n' >"$TEST_DIR/tmux.conf"

tmux_cmd() { tmux -L "$TMUX_SOCKET" -f "$TEST_DIR/tmux.conf" "$@"; }

cleanup() {
  tmux_cmd kill-server >/dev/null 2>&1 || true
  rm -rf "$TEST_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Milliseconds since the epoch (bash 5's EPOCHREALTIME, no subprocess).
now_ms() {
  local micros=${EPOCHREALTIME/[.,]/}
  echo $((micros / 1000))
}

# The tty flags that matter, as one line, e.g. "icanon echo isig icrnl ixon opost iexten".
# Written into the wrapper so it runs inside the pane.
TTY_FLAGS_FUNCTION='tty_flags() {
  stty -a | tr -s " ;\t" "\n\n\n" | grep -xE -- "-?(icanon|echo|isig|icrnl|ixon|iexten|opost)" |
    tr "\n" " "
}'

# start_app "<command>" COLS ROWS: run <command> (a shell command line) in a new pane.
start_app() {
  local command=$1 columns=${2:-80} rows=${3:-24}
  stop_app
  SESSION_COUNT=$((SESSION_COUNT + 1))
  SESSION="t$SESSION_COUNT"
  local wrapper="$TEST_DIR/$SESSION.sh"
  cat >"$wrapper" <<WRAPPER
set -m -o pipefail
$TTY_FLAGS_FUNCTION
stty -g >"$TEST_DIR/$SESSION.stty-before"
$command
status=\$?
while [ -n "\$(jobs -sp)" ]; do
  stty -g >"$TEST_DIR/$SESSION.stty-stopped"
  printf '\nSTOPPED tty: %s\n' "\$(tty_flags)"
  IFS= read -r _ || break
  fg >/dev/null
  status=\$?
done
stty -g >"$TEST_DIR/$SESSION.stty-after"
printf '\nEXIT=%s\nSTTY=%s\n' "\$status" "\$(tty_flags)"
exec sleep 3600
WRAPPER
  tmux_cmd new-session -d -s "$SESSION" -x "$columns" -y "$rows" \
    -e TERM=tmux-256color -e LANG=C.UTF-8 -e LC_ALL=C.UTF-8 \
    -e XDG_DATA_HOME="$TEST_DIR/data" -e LEAKLINE_NOTES= \
    "bash --noprofile --norc $(printf '%q' "$wrapper")"
}

# Kills the current session, if any.
stop_app() {
  if [ -n "$SESSION" ]; then tmux_cmd kill-session -t "$SESSION" >/dev/null 2>&1 || true; fi
}

# The pane as plain text, one line per row.
screen() { tmux_cmd capture-pane -p -t "$SESSION" 2>/dev/null; }

# send KEYS...: tmux send-keys to the pane.
send() { tmux_cmd send-keys -t "$SESSION" "$@"; }

# The pane's process (the wrapper shell) and the program it runs.
pane_pid() { tmux_cmd display -p -t "$SESSION" '#{pane_pid}' 2>/dev/null; }
app_pid() { pgrep -o -P "$(pane_pid)"; }

# wait_for REGEX [SECONDS]: poll the pane every 20 ms until REGEX (grep -E) matches.
wait_for() {
  local pattern=$1 timeout=${2:-5}
  local deadline=$(($(now_ms) + timeout * 1000))
  while :; do
    if screen | grep -qE -- "$pattern"; then return 0; fi
    if (($(now_ms) >= deadline)); then return 1; fi
    sleep 0.02
  done
}

# wait_for_screen TEXT [SECONDS]: poll until the whole pane equals TEXT.
wait_for_screen() {
  local expected=$1 timeout=${2:-5}
  local deadline=$(($(now_ms) + timeout * 1000))
  while :; do
    if [ "$(screen)" = "$expected" ]; then return 0; fi
    if (($(now_ms) >= deadline)); then return 1; fi
    sleep 0.02
  done
}

# drawn_at COLS ROWS: whether the pane shows the browser's frame as the browser lays it out for
# COLS x ROWS: "Leakline" starts the first row, the status line on row ROWS-1 ends with its
# counter ("6/66") at column COLS-1 (right-aligned, one space from the edge), and the key
# footer is on row ROWS. When the pane changes size, tmux only clips or pads what a program
# drew, so a program that did not redraw at the new size (frozen, dead, or drawing for the old
# size) never matches: the pane's size alone proves nothing.
drawn_at() {
  local columns=$1 rows=$2 shown status
  shown=$(screen)
  status=$(sed -n "$((rows - 1))p" <<<"$shown" | sed 's/[[:space:]]*$//')
  [[ $shown == Leakline* && $status =~ \ [0-9]+/[0-9]+$ ]] &&
    [ "$(LC_ALL=C.UTF-8 wc -L <<<"$status")" -eq $((columns - 1)) ] &&
    [ "$(wc -l <<<"$shown")" -eq "$rows" ] &&
    [[ $(sed -n "${rows}p" <<<"$shown") == " ↑/↓ move"* ]]
}

# assert_drawn_at NAME COLS ROWS [SECONDS]: passes once drawn_at COLS ROWS holds.
assert_drawn_at() {
  assert_eventually "$1" "the browser's frame (title, status counter, key footer) is not drawn for $2x$3" \
    "${4:-5}" drawn_at "$2" "$3"
}

# The program's exit status once it has exited (waits for it), or nothing on timeout.
exit_status() {
  wait_for '^EXIT=[0-9]+$' "${1:-5}" || return 1
  screen | sed -n 's/^EXIT=\([0-9]*\)$/\1/p' | tail -1
}

# tmux's view of the pane: "<alternate_on> <cursor_flag>".
pane_flags() { tmux_cmd display -p -t "$SESSION" '#{alternate_on} #{cursor_flag}' 2>/dev/null; }

# assert_eventually NAME WHY SECONDS COMMAND...: polls COMMAND every 20 ms; passes NAME once it
# succeeds, fails NAME with WHY (and the screen) if it has not within SECONDS.
assert_eventually() {
  local name=$1 why=$2 deadline=$(($(now_ms) + $3 * 1000))
  shift 3
  until "$@"; do
    if (($(now_ms) >= deadline)); then
      fail "$name" "$why" "$(screen)"
      return
    fi
    sleep 0.02
  done
  pass "$name"
}

pass() {
  PASSED=$((PASSED + 1))
  printf 'ok   %s\n' "$1"
}

fail() {
  FAILED=$((FAILED + 1))
  printf 'FAIL %s: %s\n' "$1" "$2"
  if [ -n "${3-}" ]; then printf '%s\n' "$3" | sed 's/^/     | /'; fi
}

# Prints the closing line and returns non-zero if anything failed.
finish() {
  printf '%d passed, %d failed\n' "$PASSED" "$FAILED"
  [ "$FAILED" -eq 0 ]
}

# assert_screen_has NAME REGEX [SECONDS]
assert_screen_has() {
  if wait_for "$2" "${3:-5}"; then
    pass "$1"
  else
    fail "$1" "the screen never showed /$2/" "$(screen)"
  fi
}

# assert_top_line_has NAME REGEX [SECONDS]: the first row matches REGEX.
assert_top_line_has() {
  assert_eventually "$1" "the top line never matched /$2/" "${3:-5}" top_line_has "$2"
}
top_line_has() { screen | head -1 | grep -qE -- "$1"; }

# assert_screen_lacks NAME REGEX [SECONDS]: polls until the pane no longer shows REGEX.
assert_screen_lacks() {
  assert_eventually "$1" "the screen still shows /$2/" "${3:-5}" screen_lacks "$2"
}
screen_lacks() { ! screen | grep -qE -- "$1"; }

# assert_exit NAME STATUS: STATUS is a number, or "nonzero".
assert_exit() {
  local name=$1 expected=$2 status
  if ! status=$(exit_status); then
    fail "$name" "the program did not exit" "$(screen)"
  elif [ "$expected" = nonzero ] && [ "$status" != 0 ]; then
    pass "$name"
  elif [ "$status" = "$expected" ]; then
    pass "$name"
  else
    fail "$name" "exit status $status, expected $expected" "$(screen)"
  fi
}

# assert_terminal_sane NAME: after the program exited, the terminal is as it was before.
assert_terminal_sane() {
  local name=$1 problems="" flags before after
  if ! exit_status >/dev/null; then
    fail "$name" "the program did not exit" "$(screen)"
    return
  fi
  before=$(cat "$TEST_DIR/$SESSION.stty-before" 2>/dev/null)
  after=$(cat "$TEST_DIR/$SESSION.stty-after" 2>/dev/null)
  if [ -z "$before" ] || [ "$before" != "$after" ]; then
    problems+="tty settings differ from before (stty -g); "
  fi
  screen | grep -E '^STTY=' | grep -qE '(^|[ =])icanon( |$)' || problems+="icanon is off; "
  screen | grep -E '^STTY=' | grep -qE '(^|[ =])echo( |$)' || problems+="echo is off; "
  flags=$(pane_flags)
  [ "${flags% *}" = 0 ] || problems+="still on the alternate screen; "
  [ "${flags#* }" = 1 ] || problems+="cursor hidden; "
  if [ -z "$problems" ]; then
    pass "$name"
  else
    fail "$name" "${problems%; }" "$(screen)"
  fi
}

# assert_one_line_message NAME REGEX: the pane shows exactly one non-empty line before EXIT=,
# and it matches REGEX (a refusal printed without touching the terminal).
assert_one_line_message() {
  local name=$1 pattern=$2 lines
  if ! exit_status >/dev/null; then
    fail "$name" "the program did not exit" "$(screen)"
    return
  fi
  # -J joins rows the pane wrapped, so a long line still counts as one.
  lines=$(tmux_cmd capture-pane -p -J -t "$SESSION" | sed 's/[[:space:]]*$//; /^EXIT=/,$d' |
    grep -v '^$')
  if [ "$(printf '%s\n' "$lines" | wc -l)" -eq 1 ] &&
    printf '%s\n' "$lines" | grep -qE -- "$pattern"; then
    pass "$name"
  else
    fail "$name" "expected one line matching /$pattern/" "$(screen)"
  fi
}
