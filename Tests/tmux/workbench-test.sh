#!/usr/bin/env bash
# workbench-test.sh: linking straight into the browser and acting on sources, in tmux with the
# real binary: `browse --open allende-massacre` starts on that event; `o` hands a source's URL
# to $BROWSER as one argument (a recording script stands in for the web browser), even a
# hostile one full of spaces, quotes, ';' and '$(…)', and no shell ever runs it; `y` writes an
# OSC 52 sequence that tmux (set-clipboard on) turns into a paste buffer holding the URL.
#
#   Tests/tmux/workbench-test.sh                       # uses .build/debug/leakline
#   LEAKLINE_BIN=/path/to/leakline Tests/tmux/workbench-test.sh
#
# Prints one line per check and "N passed, N failed"; exits non-zero if anything failed.
set -u
cd "$(dirname "$0")/../.." || exit 2
# shellcheck source=lib.sh
source Tests/tmux/lib.sh

require_leakline workbench-test

# --open: the browser starts with the Allende massacre selected and its detail beside it.
start_app "$APP browse --open allende-massacre" 100 30
assert_screen_has "--open starts on the event: its detail is shown" '│ Zetas massacre in Allende, Coahuila'
assert_screen_has "--open selects it: the status counter is on the 6th of 68 events" ' 6/68 *$'
send q
assert_exit "q quits after --open" 0

start_app "$APP browse --open nothing-by-this-name" 100 30
assert_exit "an unknown --open is an error before the terminal is used" 1
assert_screen_has "and says what was asked for" "is called 'nothing-by-this-name'"

start_app "$APP browse --view notebook" 100 30
assert_screen_has "--view notebook starts on the Notebook view" 'Timeline › Notebook'
send q
assert_exit "q quits from the Notebook view" 0

start_app "$APP browse --view people --query zetas" 100 30
assert_screen_has "--view people --query zetas starts on the filtered people" 'People & units +[0-9]+ of 78'

# o: $BROWSER receives the URL as its only argument.
RECORDER="$TEST_DIR/record-browser.sh"
RECORD="$TEST_DIR/browser-arguments"
cat >"$RECORDER" <<RECORDER_SCRIPT
#!/bin/sh
{ printf 'argc=%s\n' "\$#"; for a in "\$@"; do printf 'arg=%s\n' "\$a"; done; } >"$RECORD"
echo "noise the browser prints" ; echo "noise on stderr" >&2
RECORDER_SCRIPT
chmod +x "$RECORDER"
recorded() { [ -s "$RECORD" ] && grep -q '^argc=' "$RECORD"; }

start_app "BROWSER=$(printf '%q' "$RECORDER") $APP browse --open ref-6" 100 30
assert_screen_has "the source's page shows its URL in full" 'https://www.propublica.org/article/allende-zetas-cartel-massacre-and-the-us-dea'
send o
assert_eventually "o runs \$BROWSER" "the recording browser never ran" 5 recorded
if [ "$(cat "$RECORD" 2>/dev/null)" = "$(printf 'argc=1\narg=https://www.propublica.org/article/allende-zetas-cartel-massacre-and-the-us-dea')" ]; then
  pass "o passes exactly the source's URL as the one argument"
else
  fail "o passes exactly the source's URL as the one argument" "recorded: $(cat "$RECORD" 2>/dev/null)"
fi
assert_screen_has "the status line says it is opening the URL" 'Opening https://www.propublica.org'
assert_screen_lacks "the browser's own output stays off the screen" 'noise'

# A hostile URL: quotes, ';', '$(…)', backquotes and '|&<>' arrive as one argument, unrun,
# from a case file in a folder whose name has spaces, quotes and ';'. (Spaces and newlines
# cannot be in a URL: the loader refuses them.)
HOSTILE_DIR="$TEST_DIR/a b'c\";d"
mkdir -p "$HOSTILE_DIR"
HOSTILE_URL='https://example.org/a'"'"'b"c;touch${IFS}PWNED;$(touch${IFS}PWNED2)`touch${IFS}PWNED3`|&<>'
cat >"$HOSTILE_DIR/hostile.case.json" <<'JSON'
{"leakline": 1, "title": "Hostile URL", "sources": [
  {"id": "s", "title": "Hostile", "url": "https://example.org/a'b\"c;touch${IFS}PWNED;$(touch${IFS}PWNED2)`touch${IFS}PWNED3`|&<>"}],
 "entities": [], "events": [{"id": "e", "date": "2020", "title": "E", "sources": ["s"]}]}
JSON
rm -f "$RECORD"
start_app "cd $(printf '%q' "$HOSTILE_DIR") && BROWSER=$(printf '%q' "$RECORDER") $APP --case $(printf '%q' "$HOSTILE_DIR/hostile.case.json") browse --open s" 100 30
assert_screen_has "the hostile source opens" 'Hostile'
send o
assert_eventually "o on a hostile URL runs \$BROWSER" "the recording browser never ran" 5 recorded
if [ "$(cat "$RECORD" 2>/dev/null)" = "$(printf 'argc=1\narg=%s' "$HOSTILE_URL")" ]; then
  pass "a hostile URL is one argument, byte for byte"
else
  fail "a hostile URL is one argument, byte for byte" "recorded: $(cat "$RECORD" 2>/dev/null)"
fi
if ! compgen -G "$HOSTILE_DIR/PWNED*" >/dev/null && ! compgen -G "$TEST_DIR/PWNED*" >/dev/null; then
  pass "no shell ran the hostile URL"
else
  fail "no shell ran the hostile URL" "found $(ls "$HOSTILE_DIR"/PWNED* "$TEST_DIR"/PWNED* 2>/dev/null)"
fi

# Neither $BROWSER nor xdg-open: a clear message, no crash.
start_app "BROWSER=/nonexistent/browser $APP browse --open ref-6" 100 30
assert_screen_has "the source page is up" 'propublica'
send o
assert_screen_has "a missing browser program is a clear message" "BROWSER names '/nonexistent/browser', which was not found"

# y: an OSC 52 sequence with the URL; tmux with set-clipboard on makes it a paste buffer.
tmux_cmd set -s set-clipboard on
tmux_cmd delete-buffer >/dev/null 2>&1
start_app "$APP browse --open ref-6" 100 30
assert_screen_has "the source page is up for y" 'propublica'
send y
assert_screen_has "the status line says what was copied" 'Copied the URL: https://www.propublica.org'
buffer_is_url() {
  [ "$(tmux_cmd show-buffer 2>/dev/null)" = "https://www.propublica.org/article/allende-zetas-cartel-massacre-and-the-us-dea" ]
}
assert_eventually "y puts the URL on tmux's clipboard via OSC 52" "tmux's buffer is '$(tmux_cmd show-buffer 2>/dev/null)'" 5 buffer_is_url
send Y
citation_copied() { tmux_cmd show-buffer 2>/dev/null | grep -q '^Ginger Thompson, “How the U.S. Triggered a Massacre in Mexico”'; }
assert_eventually "Y puts the citation on the clipboard" "tmux's buffer is '$(tmux_cmd show-buffer 2>/dev/null)'" 5 citation_copied
send q
assert_exit "q quits" 0
assert_terminal_sane "the terminal is sane after o, y and Y"

finish
