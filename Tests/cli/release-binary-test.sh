#!/usr/bin/env bash
# The release binary works on its own: built with `swift build -c release`, copied ALONE
# into an empty temporary folder and run from there with an empty environment, it still
# has the article's case file (embedded in the binary, no resource bundle).
#
# Usage: Tests/cli/release-binary-test.sh        (from anywhere inside the package)
#   SCRATCH=PATH   the build folder to use (default: .build)
# Prints one line per check and "N passed, N failed"; exits non-zero when a check fails.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scratch="${SCRATCH:-$root/.build}"

echo "building: swift build -c release --scratch-path $scratch"
if ! (cd "$root" && swift build -c release --scratch-path "$scratch"); then
  echo "release-binary-test: swift build -c release failed"
  echo "0 passed, 1 failed"
  exit 1
fi
bin_dir="$(cd "$root" && swift build -c release --scratch-path "$scratch" --show-bin-path)"
binary="$bin_dir/leakline"
if [ ! -x "$binary" ]; then
  echo "release-binary-test: no executable at $binary"
  echo "0 passed, 1 failed"
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/leakline-release.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp "$binary" "$work/leakline"

passed=0
failed=0
pass() { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/     | /'; failed=$((failed + 1)); }

# Runs the copy from inside the temporary folder with nothing inherited.
run() { (cd "$work" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 ./leakline "$@" </dev/null 2>"$work/stderr"); }

if [ "$(ls -A "$work")" = "leakline" ]; then pass "the folder holds only the binary"; else fail "the folder holds only the binary" "$(ls -A "$work")"; fi

out="$(run list)"; status=$?
lines="$(printf '%s\n' "$out" | grep -c .)"
if [ "$status" -eq 0 ] && [ "$lines" -ge 35 ]; then
  pass "list prints $lines events"
else
  fail "list prints at least 35 events (exit $status, $lines lines)" "$(cat "$work/stderr")"
fi

if printf '%s\n' "$out" | awk '/^undated /{u=1; next} u{bad=1} END{exit bad}'; then
  pass "undated events come last"
else
  fail "undated events come last" "$(printf '%s\n' "$out" | tail -n 3)"
fi

out="$(run show cienfuegos)"; status=$?
if [ "$status" -eq 0 ] && printf '%s' "$out" | grep -q 'Cienfuegos' \
  && printf '%s' "$out" | grep -Eq 'Los Angeles|LAX' && printf '%s' "$out" | grep -q 'Miami'; then
  pass "show cienfuegos says Los Angeles and that the article says Miami"
else
  fail "show cienfuegos says Los Angeles and that the article says Miami (exit $status)" "$out$(cat "$work/stderr")"
fi

out="$(run sources 9)"; status=$?
if [ "$status" -eq 0 ] && printf '%s' "$out" | grep -q 'Daily Beast'; then
  pass "sources 9 shows the Daily Beast article"
else
  fail "sources 9 shows the Daily Beast article (exit $status)" "$out$(cat "$work/stderr")"
fi

if [ "$(ls -A "$work" | grep -v '^stderr$')" = "leakline" ]; then pass "running wrote nothing next to the binary"; else fail "running wrote nothing next to the binary" "$(ls -A "$work")"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
