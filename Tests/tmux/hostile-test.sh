#!/usr/bin/env bash
# hostile-test.sh: the real browser in tmux on hostile case files. The data carries a title
# change (ESC ] 0 ; … BEL), a screen clear (ESC [ 2 J), a C1 CSI, NUL, CR, backspace and
# bidi overrides in every text field; the screen must survive all of it:
#   - tmux's #{pane_title} keeps the title set before the browser started,
#   - the top line still shows "Leakline" (nothing cleared or overwrote it),
#   - the controls are on screen as visible placeholders (␛ ␇ ␍ ␈ ␀, \u{9B}, \u{202E}),
#   - q exits 0 and leaves the terminal sane; refused and huge files end the same way.
#
#   Tests/tmux/hostile-test.sh                      # uses .build/debug/leakline
#   LEAKLINE_BIN=/path/to/leakline Tests/tmux/hostile-test.sh
#
# Needs tmux (3.2 or later) and bash 5. Prints one line per check and "N passed, N failed";
# exits non-zero if anything failed.
set -u
cd "$(dirname "$0")/../.." || exit 2
# shellcheck source=lib.sh
source Tests/tmux/lib.sh

require_leakline hostile-test
HOSTILE="$PWD/Tests/LeaklineModelTests/Fixtures/hostile"
SENTINEL="leakline-hostile-sentinel"

# The pane as text with wrapped rows joined, so a long message reads as one line.
joined_screen() { tmux_cmd capture-pane -p -J -t "$SESSION" 2>/dev/null; }

# The pane's title as tmux sees it: what the last OSC 0/2 that reached the terminal set.
pane_title() { tmux_cmd display -p -t "$SESSION" '#{pane_title}' 2>/dev/null; }

# app_on FILE COLS ROWS: set a known title with OSC 2, then run the browser on FILE.
app_on() {
  start_app "printf '\\033]2;%s\\033\\\\' $SENTINEL; $(printf '%q' "$BIN") --case $(printf '%q' "$1")" "${2:-100}" "${3:-30}"
}

# assert_title_kept NAME: the pane title is still the sentinel.
assert_title_kept() {
  local title
  title=$(pane_title)
  if [ "$title" = "$SENTINEL" ]; then
    pass "$1"
  else
    fail "$1" "the pane title is '$title', not '$SENTINEL': data changed the terminal title" "$(screen)"
  fi
}

# assert_screen_survived NAME: the top line still says Leakline and the title is kept.
assert_screen_survived() {
  assert_top_line_has "$1: the top line still shows Leakline" '^ ?Leakline'
  assert_title_kept "$1: the terminal title is unchanged"
}

# --- Control characters in every field -------------------------------------------------
app_on "$HOSTILE/controls-in-every-field.case.json"
if wait_for 'Leakline'; then
  assert_screen_survived "controls, first screen"
  assert_screen_has "controls are shown as control pictures (␛ ␇)" '␛\]0;pwned␇␛\[2J'
  assert_screen_has "C1 CSI, NUL, CR and backspace are shown as placeholders" '\\u\{9B\}31m␀␍␈'
  send Enter
  assert_screen_has "the event opens, its summary shown with placeholders" 'Event summary ␛'
  assert_screen_survived "controls, event opened"
  # Each view's own list header, which no other view shows, proves the switch happened.
  # (Sources last: there the digits jump to a reference number instead.)
  for view in "2:People & units" "1:Events" "3:Sources"; do
    key=${view%%:*} header=${view#*:}
    send "$key"
    assert_screen_has "controls, $key shows the $header list" "^ $header +[0-9]+ ─"
    assert_screen_survived "controls, view $key"
  done
  send / e v e n t Enter
  assert_screen_survived "controls, after a search"
  send q q q
  assert_exit "controls: q exits with status 0" 0
  assert_terminal_sane "controls: q leaves the terminal sane"
  assert_title_kept "controls: the title is unchanged after exit"
else
  fail "controls, first screen" "the browser never showed Leakline" "$(screen)"
fi

# --- Bidi overrides and isolates in every field ----------------------------------------
app_on "$HOSTILE/bidi-in-every-field.case.json"
if wait_for 'Leakline'; then
  assert_screen_survived "bidi, first screen"
  assert_screen_has "bidi overrides are written out as \\u{202E}" '\\u\{202E\}evil\\u\{202C\}'
  assert_screen_has "bidi isolates are written out as \\u{2066}" '\\u\{2066\}iso\\u\{2069\}'
  send q
  assert_exit "bidi: q exits with status 0" 0
  assert_terminal_sane "bidi: q leaves the terminal sane"
else
  fail "bidi, first screen" "the browser never showed Leakline" "$(screen)"
fi

# --- A refused file whose messages quote controls --------------------------------------
app_on "$HOSTILE/controls-in-ids.case.json"
assert_exit "a refused file exits with status 1" 1
if joined_screen | grep -qE 'controls-in-ids\.case\.json:6:10: .*is not a valid id'; then
  pass "the refusal names the place and the problem"
else
  fail "the refusal names the place and the problem" "no 'controls-in-ids.case.json:6:10: … is not a valid id'" "$(screen)"
fi
assert_screen_has "the refusal shows the id's controls as placeholders" "'src␛\]0;pwned␇"
assert_title_kept "a refused file leaves the terminal title unchanged"
assert_terminal_sane "a refused file leaves the terminal sane"

# --- Generated: a 100,000-character title, and 200,000-deep nesting --------------------
big="$TEST_DIR/huge-title.case.json"
{
  printf '{"leakline": 1, "title": "Huge", "sources": [{"id": "s", "title": "S"}], "entities": [],\n'
  printf ' "events": [{"id": "e", "date": "2011", "sources": ["s"], "title": "'
  for _ in $(seq 1 4000); do printf '\\u001b]0;pwned\\u0007 long '; done
  printf '"}]}\n'
} >"$big"
app_on "$big"
if wait_for 'Leakline' 10; then
  assert_screen_survived "a 100,000-character title"
  send Enter
  assert_screen_survived "a 100,000-character title, opened"
  send q q
  assert_exit "a 100,000-character title: q exits with status 0" 0
  assert_terminal_sane "a 100,000-character title: the terminal is sane"
else
  fail "a 100,000-character title" "the browser never showed Leakline" "$(screen)"
fi

deep="$TEST_DIR/deep.case.json"
head -c 200000 /dev/zero | tr '\0' '[' >"$deep"
app_on "$deep"
assert_exit "200,000-deep nesting exits with status 1" 1
assert_screen_has "200,000-deep nesting is a message naming the place" 'deep\.case\.json:1:257: .*Nesting is deeper than 256 levels'
assert_terminal_sane "200,000-deep nesting leaves the terminal sane"

# Whether curses has taken the pane: the alternate screen on, the cursor hidden.
curses_started() { [ "$(pane_flags)" = "1 0" ]; }

# --- Tiny terminals with hostile data --------------------------------------------------
# The browser has started at the tiny size once tmux reports what curses does first (the
# alternate screen on, the cursor hidden); it has survived drawing there once it lays out its
# whole frame again after the pane grows to 100x30: a crash at the tiny size would have ended
# it, and a blind wait could not tell.
for size in "10 3" "1 1"; do
  app_on "$HOSTILE/controls-in-every-field.case.json" $size
  name="a ${size/ /x} terminal with hostile data"
  assert_eventually "$name: the browser takes the terminal" \
    "tmux shows no alternate screen with a hidden cursor" 5 curses_started
  tmux_cmd resize-window -t "$SESSION" -x 100 -y 30
  assert_drawn_at "$name keeps running and lays out 100x30 again" 100 30
  send q q
  assert_exit "a ${size/ /x} terminal: q exits with status 0" 0
  assert_terminal_sane "a ${size/ /x} terminal: the terminal is sane"
  assert_title_kept "a ${size/ /x} terminal: the title is unchanged"
done

stop_app
finish
