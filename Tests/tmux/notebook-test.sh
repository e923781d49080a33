#!/usr/bin/env bash
# notebook-test.sh: the reader's notebook in the real browser. Mark, note and label three
# records; quit; reopen: all three are there, the view and the selection are restored, and
# `leakline notes` lists the same. Then a second process (`leakline mark …`) changes the
# notebook while the browser is open: the browser shows it within one second, keeping the
# user's place. The case file is never modified.
#
#   Tests/tmux/notebook-test.sh                      # uses .build/debug/leakline
#   LEAKLINE_BIN=/path/to/leakline Tests/tmux/notebook-test.sh
#
# Prints one line per check and "N passed, N failed"; exits non-zero if anything failed.
set -u
cd "$(dirname "$0")/../.." || exit 2
# shellcheck source=lib.sh
source Tests/tmux/lib.sh

require_leakline notebook-test

CASE="$TEST_DIR/small.case.json"
NOTES="$TEST_DIR/small.notes.jsonl"
cp Tests/LeaklineUITests/Goldens/fixtures/small.case.json "$CASE"
case_sum=$(cksum <"$CASE")
# The reader's editor for Ctrl-E: writes a two-line note into the file it is given.
EDITOR_SCRIPT="$TEST_DIR/editor.sh"
printf '#!/bin/sh\nprintf "Written in the editor\\nsecond line\\n" >"$1"\n' >"$EDITOR_SCRIPT"
chmod +x "$EDITOR_SCRIPT"
BROWSER="VISUAL=$(printf '%q' "$EDITOR_SCRIPT") $APP --case $(printf '%q' "$CASE") --as ana"

# The status line's "N/12" position of the selected timeline row.
position() { screen | grep -Eo '[0-9]+/12 *$' | tail -1 | tr -d ' '; }

start_app "$BROWSER" 100 30
assert_screen_has "the browser opens on the timeline" 'Events +12 '

# Record 1: mark the third event (the briefcases).
send j j m
assert_screen_has "m says saved only after the append" 'Saved: marked “Cartel cash delivered'
# Record 2: a note on the next event.
send j c
assert_screen_has "c opens the note prompt" 'Note on .*: '
send -l 'Two sums in two sources'
send Enter
assert_screen_has "the note is saved" 'Saved: note on “\$205 million'
# Record 3: a label on the next event, completed from nothing typed but its start.
send j l
send -l 'needs-2nd-source'
send Enter
assert_screen_has "the label is saved" 'Saved: label needs-2nd-source on'
assert_screen_has "rows show the mark, note and label glyphs" '^● +c\. 2007.*' 1
if screen | grep -qE '^ ✎ ' && screen | grep -qE '^ # '; then
  pass "the noted and labelled rows carry their glyphs"
else
  fail "the noted and labelled rows carry their glyphs" "missing ✎ or #" "$(screen)"
fi
selected=$(position)
send q
assert_exit "q quits with status 0" 0

lines=$(wc -l <"$NOTES" 2>/dev/null || echo 0)
if [ "$lines" -eq 3 ]; then pass "the notebook file holds three changes"; else
  fail "the notebook file holds three changes" "it holds $lines" "$(cat "$NOTES" 2>&1)"
fi
if [ "$(cksum <"$CASE")" = "$case_sum" ]; then pass "the case file is unchanged"; else
  fail "the case file is unchanged" "its checksum changed"
fi
if [ -f "${NOTES%.jsonl}.state.json" ]; then pass "the reading place is kept beside the notebook"
else fail "the reading place is kept beside the notebook" "no ${NOTES%.jsonl}.state.json"; fi

listing=$("$BIN" notes --case "$CASE" 2>&1)
for want in 'Cartel cash delivered' 'Two sums in two sources' 'needs-2nd-source'; do
  if grep -q -- "$want" <<<"$listing"; then pass "leakline notes lists: $want"; else
    fail "leakline notes lists: $want" "not in the listing" "$listing"
  fi
done

# Reopen: the marks, notes and labels are back, and so are the view and the selection.
start_app "$BROWSER" 100 30
assert_screen_has "reopened on the timeline" 'Events +12 '
assert_screen_has "the mark is back" '^● +c\. 2007'
if screen | grep -qE '^ ✎ ' && screen | grep -qE '^ # '; then
  pass "the note and the label are back"
else
  fail "the note and the label are back" "missing ✎ or #" "$(screen)"
fi
now=$(position)
if [ -n "$selected" ] && [ "$now" = "$selected" ]; then pass "the selection is restored ($now)"
else fail "the selection is restored" "was $selected, now $now" "$(screen)"; fi
send 4
assert_screen_has "4 shows the Notebook view with the three records" 'By record +3 '
send Enter
assert_screen_has "Enter opens the record from the Notebook view" 'Timeline › Notebook › '
send Escape
assert_screen_has "Esc comes back to the Notebook view" 'By record +3 '
send t
assert_screen_has "t goes back to the timeline where it was" "${selected}"' *$'

# A second process marks the Allende massacre while the browser is open.
before=$(position)
"$BIN" mark allende --case "$CASE" --as ben >/dev/null 2>&1 &
writer=$!
if wait_for '— by ben' 1; then pass "another process's mark shows within one second"; else
  fail "another process's mark shows within one second" "not on screen after 1 s" "$(screen)"
fi
wait "$writer"
if [ "$(position)" = "$before" ]; then pass "the user's place is kept ($before)"; else
  fail "the user's place is kept" "was $before, now $(position)" "$(screen)"
fi
assert_screen_has "the Allende row carries the mark and its label sign" '^●  .*Allende massacre'

# Ctrl-E hands the note to the editor and takes the terminal back.
send c
assert_screen_has "c opens the note prompt again" 'Note on .*: '
send C-e
assert_screen_has "Ctrl-E brings the editor's text back into the prompt" 'Note on .*: Written in the'
assert_top_line_has "the screen is drawn again after the editor" '^Leakline'
send Enter
assert_screen_has "the note written in the editor is saved" 'Saved: note on'
if grep -q 'Written in the editor\\nsecond line' "$NOTES"; then
  pass "the editor's two lines are in the notebook"
else
  fail "the editor's two lines are in the notebook" "not found" "$(tail -1 "$NOTES")"
fi
send q
assert_exit "q quits again with status 0" 0
assert_terminal_sane "after the editor, q leaves the terminal sane"

finish
