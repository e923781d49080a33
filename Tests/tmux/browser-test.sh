#!/usr/bin/env bash
# browser-test.sh: the real `leakline` browser in tmux, driven like a person would: the first
# screen is the timeline; /garcia filters it to García Luna's events with a live count; Enter
# and Esc drill in and out; ? shows the help; a resize to 60x20 and back re-lays out; q and
# SIGTERM leave the terminal sane.
#
#   Tests/tmux/browser-test.sh                       # uses .build/debug/leakline
#   LEAKLINE_BIN=/path/to/leakline Tests/tmux/browser-test.sh
#
# Prints one line per check and "N passed, N failed"; exits non-zero if anything failed.
set -u
cd "$(dirname "$0")/../.." || exit 2
# shellcheck source=lib.sh
source Tests/tmux/lib.sh

require_leakline browser-test

start_app "$APP" 100 30
assert_top_line_has "first screen names Leakline and the case file" 'Leakline · How Cooperation'
assert_screen_has "first screen is the timeline with every event" 'Events +68 '
assert_screen_has "first screen has the detail pane beside the list" '│  Detail ─'

# Search: each key filters with a live count; Enter keeps the filter in the status line.
send / g a r c i a
assert_screen_has "typing /garcia shows a live count" '[0-9]+ of 68 events'
send Enter
assert_screen_has "Enter keeps the filter in the status line" 'Search: "garcia" — [0-9]+ of 68 events'
assert_screen_has "the filtered list shows García Luna's arrest" 'García Luna arrested in Dallas|security minister .* disputed'
assert_screen_lacks "the filtered list hides the Allende massacre" 'Zetas massacre in Allende'
send Escape
assert_screen_has "Esc clears the filter" 'Events +68 '

# Drill in and out: Enter opens the selected event; Esc returns to the same row.
send g Enter
assert_screen_has "Enter opens the event page" 'Timeline › DEA.s vetted-unit programme'
send Escape
assert_screen_has "Esc returns to the timeline" 'Events +68 '
assert_screen_lacks "the event page is closed" 'Timeline › '

# People: open a dossier from the list, then back.
send 2
assert_screen_has "2 shows people & units" 'People & units +78 '
send / g e n a r o Enter
assert_screen_has "the people list filters to García Luna" 'People & units +1 of 78'
send Enter
assert_screen_has "Enter opens his dossier" 'People & units › Genaro García Luna'
send Escape
assert_screen_has "Esc goes back to the filtered list" 'People & units +1 of 78'
send Escape 1
assert_screen_has "1 returns to the timeline" 'Events +68 '

# Help overlay.
send '?'
assert_screen_has "? shows the help overlay" 'Keys — Esc or \? closes'
send Escape
assert_screen_lacks "Esc closes the help" 'Keys — Esc or \? closes'

# Resize to 60x20 and back. tmux clips or pads whatever was drawn before, so each check first
# waits for the browser's own frame laid out for the new size (drawn_at in lib.sh).
tmux_cmd resize-window -t "$SESSION" -x 60 -y 20
assert_drawn_at "at 60x20 the browser redraws its frame to fit 60 columns" 60 20
assert_screen_has "at 60x20 the timeline is re-laid out" '^ Events +68 ─+$'
assert_screen_has "at 60x20 the detail pane is below the list" '^ Detail ─+$'
assert_screen_lacks "at 60x20 the detail pane is not beside the list" '│'
tmux_cmd resize-window -t "$SESSION" -x 100 -y 30
assert_drawn_at "back at 100x30 the browser redraws its frame to fit 100 columns" 100 30
assert_screen_has "back at 100x30 the detail pane is beside the list again" '│  Detail ─'

send q
assert_exit "q exits with status 0" 0
assert_terminal_sane "q leaves the terminal sane"

# SIGTERM while browsing.
start_app "$APP" 100 30
if wait_for 'Events +68 '; then
  send 2 Enter
  wait_for 'People & units › ' >/dev/null
  kill -TERM "$(app_pid)"
  assert_exit "SIGTERM exits with status 143" 143
  assert_terminal_sane "SIGTERM leaves the terminal sane"
else
  fail "SIGTERM while browsing" "the first screen never appeared" "$(screen)"
fi

finish
