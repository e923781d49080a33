#!/usr/bin/env bash
# workbench-test.sh: linking straight into the browser, in tmux with the real binary:
# `browse --open allende-massacre` starts on that event; bad start options are refused.
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
assert_screen_has "--open selects it: the status counter is on the 6th of 66 events" ' 6/66 *$'
send q
assert_exit "q quits after --open" 0

start_app "$APP browse --open nothing-by-this-name" 100 30
assert_exit "an unknown --open is an error before the terminal is used" 1
assert_screen_has "and says what was asked for" "is called 'nothing-by-this-name'"

start_app "$APP browse --view notebook" 100 30
assert_exit "--view notebook without a notebook view is an error" 1
assert_screen_has "that says so" 'no notebook view'

start_app "$APP browse --view people --query zetas" 100 30
assert_screen_has "--view people --query zetas starts on the filtered people" 'People & units +[0-9]+ of 75'

finish
