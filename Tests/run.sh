#!/usr/bin/env bash
# Runs every test Leakline has, after installing any missing prerequisite
# (Tests/install-prerequisites.sh), in the order a failure is cheapest to read:
#   1. a clean debug build that must produce no warnings,
#   2. swift test (model, UI golden screens, CLI end-to-end),
#   3. the release binary copied alone into an empty folder,
#   4. the release browser on a pseudo-terminal: first-screen time (printed) and the bytes
#      one keystroke writes (checked),
#   5. tmux tests of the real browser (terminal state, signals, resize, hostile data),
#   6. a short libFuzzer run of each fuzz target.
# Prints one closing line with the totals: "leakline: N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
Tests/install-prerequisites.sh || exit 1
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

total_passed=0
total_failed=0

# Adds the counts from a runner's closing line ("N passed, N failed").
add_counts() {
  local line
  line=$(grep -Eo '[0-9]+ passed, [0-9]+ failed' "$1" | tail -1)
  if [[ -z $line ]]; then
    total_failed=$((total_failed + 1))
    echo "run: $2 printed no 'N passed, N failed' line; counted as a failure"
    return
  fi
  total_passed=$((total_passed + $(awk '{print $1}' <<<"$line")))
  total_failed=$((total_failed + $(awk '{print $3}' <<<"$line")))
}

echo "== build (debug; warnings are errors)"
if ! swift build 2>&1 | tee "$log_dir/build.txt"; then
  echo "run: build failed"
  total_failed=$((total_failed + 1))
elif grep -E 'warning:' "$log_dir/build.txt" | grep -v 'Package.resolved'; then
  echo "run: the build printed warnings (above); fix them"
  total_failed=$((total_failed + 1))
else
  total_passed=$((total_passed + 1))
fi

echo "== swift test"
swift test 2>&1 | tee "$log_dir/swift-test.txt"
status=${PIPESTATUS[0]}
# Swift Testing's summary: "Test run with N tests in M suites passed|failed after …"
summary=$(grep -E 'Test run with [0-9]+ tests?' "$log_dir/swift-test.txt" | tail -1)
if [[ -z $summary ]]; then
  echo "run: swift test printed no summary (status $status)"
  total_failed=$((total_failed + 1))
else
  n=$(grep -Eo 'with [0-9]+ test' <<<"$summary" | grep -Eo '[0-9]+')
  issues=$(grep -Eo '[0-9]+ issues?' <<<"$summary" | grep -Eo '[0-9]+' || true)
  failing=$(grep -Ec '^✘ Test .* (failed|recorded an issue)' "$log_dir/swift-test.txt" || true)
  if [[ $status -ne 0 || -n $issues ]]; then
    ((failing == 0)) && failing=1
    total_failed=$((total_failed + failing))
    total_passed=$((total_passed + n - failing))
  else
    total_passed=$((total_passed + n))
  fi
fi

for script in Tests/cli/release-binary-test.sh Tests/perf/terminal-figures-test.sh Tests/tmux/*-test.sh \
  Tests/fuzz/fuzz-test.sh; do
  [[ -x $script ]] || continue
  echo "== $script"
  name=$(basename "$script")
  "$script" 2>&1 | tee "$log_dir/$name.txt"
  add_counts "$log_dir/$name.txt" "$script"
done

echo "leakline: $total_passed passed, $total_failed failed"
((total_failed == 0))
