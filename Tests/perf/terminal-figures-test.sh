#!/usr/bin/env bash
# The terminal figures of the real browser (Tests/perf/terminal-figures.py), as Tests/run.sh
# runs them: the release binary on a 100 x 30 pseudo-terminal. Prints how long the first
# screen takes to appear (a figure, never checked: CI machines vary) and checks the bytes
# one keystroke that moves the selection writes (independent of speed, so checked).
#
# Usage: Tests/perf/terminal-figures-test.sh   (after swift build -c release)
#   LEAKLINE_RELEASE_BIN=PATH   the binary (default .build/release/leakline)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
bin=${LEAKLINE_RELEASE_BIN:-.build/release/leakline}
if [[ ! -x $bin ]]; then
  echo "terminal-figures: no release binary at $bin; build it with: swift build -c release"
  echo "0 passed, 1 failed"
  exit 1
fi
exec python3 Tests/perf/terminal-figures.py "$bin" --runs 10 --moves 6 --check
