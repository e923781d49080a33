#!/usr/bin/env bash
# terminal-test.sh: the real `leakline` binary in tmux: first screen, every way out leaves the
# terminal sane, suspend/resume, resize storms, tiny terminals, and refusing non-terminals.
#
#   Tests/tmux/terminal-test.sh                      # uses .build/debug/leakline
#   LEAKLINE_BIN=/path/to/leakline Tests/tmux/terminal-test.sh
#   LEAKLINE_ARGS="--some-flag" Tests/tmux/terminal-test.sh
#
# Needs tmux (3.2 or later) and bash 5. Prints one line per check and "N passed, N failed";
# exits non-zero if anything failed.
set -u
cd "$(dirname "$0")/../.." || exit 2
# shellcheck source=lib.sh
source Tests/tmux/lib.sh

require_leakline terminal-test
FIRST_SCREEN='Leakline'

# The first screen appears; q quits with status 0 and restores the terminal.
start_app "$APP" 100 30
assert_top_line_has "first screen shows Leakline on the top line" "$FIRST_SCREEN"
send q
assert_exit "q exits with status 0" 0
assert_terminal_sane "q leaves the terminal sane"

# Signals: SIGTERM 143, SIGHUP 129, Ctrl-C (SIGINT from the tty) 130.
for case in TERM:143 HUP:129; do
  signal=${case%:*} status=${case#*:}
  start_app "$APP" 80 24
  if wait_for "$FIRST_SCREEN"; then
    kill "-$signal" "$(app_pid)"
    assert_exit "SIG$signal exits with status $status" "$status"
    assert_terminal_sane "SIG$signal leaves the terminal sane"
  else
    fail "SIG$signal" "the first screen never appeared" "$(screen)"
  fi
done

# A crash: the signals a crash raises (a Swift runtime trap is SIGILL on x86-64 and SIGTRAP
# on arm64; a bad pointer SIGSEGV; abort() SIGABRT), sent from outside so the crash handler
# runs exactly as it would inside. Leakline restores the terminal, then hands the signal to
# Swift's crash reporter, which prints a backtrace on the normal screen and, on a terminal,
# offers "Press space to interact … or any other key to quit"; a key ends it.
for signal in ILL TRAP SEGV ABRT; do
  start_app "$APP" 80 24
  if wait_for "$FIRST_SCREEN"; then
    kill "-$signal" "$(app_pid)"
    if wait_for 'any other key to quit|^EXIT=' 15 && screen | grep -q 'any other key to quit'; then
      send q
    fi
    assert_exit "a crash (SIG$signal) ends the program" nonzero
    assert_terminal_sane "a crash (SIG$signal) leaves the terminal sane"
  else
    fail "SIG$signal" "the first screen never appeared" "$(screen)"
  fi
done

start_app "$APP" 80 24
if wait_for "$FIRST_SCREEN"; then
  send C-c
  assert_exit "Ctrl-C exits with status 130" 130
  assert_terminal_sane "Ctrl-C leaves the terminal sane"
else
  fail "Ctrl-C" "the first screen never appeared" "$(screen)"
fi

# Ctrl-Z suspends with the terminal restored; fg brings the whole screen back.
start_app "$APP" 80 24
if wait_for "$FIRST_SCREEN"; then
  before_suspend=$(screen)
  send C-z
  if wait_for '^STOPPED tty:.* icanon .* echo( |$)'; then
    if [ "$(pane_flags)" = "0 1" ]; then
      pass "Ctrl-Z suspends with the terminal restored"
    else
      fail "Ctrl-Z suspends with the terminal restored" \
        "alternate_on/cursor_flag are '$(pane_flags)'" "$(screen)"
    fi
    send fg Enter
    if wait_for_screen "$before_suspend"; then
      pass "fg redraws the whole screen as it was"
    else
      fail "fg redraws the whole screen as it was" "the screen differs" \
        "$(diff <(printf '%s\n' "$before_suspend") <(screen))"
    fi
    send q
    assert_exit "q after fg exits with status 0" 0
    assert_terminal_sane "q after fg leaves the terminal sane"
  else
    fail "Ctrl-Z suspends with the terminal restored" "the program did not stop" "$(screen)"
  fi
else
  fail "Ctrl-Z" "the first screen never appeared" "$(screen)"
fi

# A storm of 20 resizes within about a second, then a final size: re-laid out, still running.
start_app "$APP" 80 24
if wait_for "$FIRST_SCREEN"; then
  for i in $(seq 1 20); do
    tmux_cmd resize-window -t "$SESSION" -x $((40 + (i * 37) % 90)) -y $((10 + (i * 7) % 30))
    sleep 0.05 # pacing the storm, not waiting for a result
  done
  tmux_cmd resize-window -t "$SESSION" -x 120 -y 40
  if wait_for "$FIRST_SCREEN" && ! screen | grep -q '^EXIT='; then
    # The pane is 120x40 whatever the program does; its own frame at that size is the proof.
    assert_drawn_at "after a resize storm the browser lays out its frame for 120x40" 120 40
  else
    fail "after a resize storm the program is still running" "it exited or never redrew" "$(screen)"
  fi
  send q
  assert_exit "q after the resize storm exits with status 0" 0
  assert_terminal_sane "q after the resize storm leaves the terminal sane"
else
  fail "resize storm" "the first screen never appeared" "$(screen)"
fi

# A terminal too small to lay out shows a one-line message instead.
start_app "$APP" 30 8
if wait_for 'too small'; then
  nonblank=$(screen | grep -cv '^[[:space:]]*$')
  if [ "$nonblank" -eq 1 ]; then
    pass "30x8 shows a one-line 'too small' message"
  else
    fail "30x8 shows a one-line 'too small' message" "$nonblank non-blank lines" "$(screen)"
  fi
  send q
  assert_exit "q in a too-small terminal exits with status 0" 0
else
  fail "30x8 shows a one-line 'too small' message" "no 'too small' on screen" "$(screen)"
fi

# Refusals: a dumb terminal and a piped stdout get one line and a non-zero exit, and the
# terminal is never switched to curses mode.
start_app "TERM=dumb $APP" 100 10
assert_exit "TERM=dumb exits non-zero" nonzero
assert_one_line_message "TERM=dumb prints one line naming TERM" "TERM"
assert_terminal_sane "TERM=dumb leaves the terminal untouched"

start_app "$APP | cat" 100 10
assert_exit "piped stdout exits non-zero" nonzero
assert_one_line_message "piped stdout prints one line" '[Oo]utput|terminal'
assert_terminal_sane "piped stdout leaves the terminal untouched"

stop_app
finish
