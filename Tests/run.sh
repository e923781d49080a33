#!/usr/bin/env bash
# Runs every test Leakline has, after installing any missing prerequisite
# (Tests/install-prerequisites.sh), in the order a failure is cheapest to read:
#   1. the style gate: swift format lint --strict over Sources, Tests and Package.swift,
#   2. a debug build of everything, tests included; Package.swift makes every warning in
#      Leakline's own targets an error, so a warning can never hide behind an incremental
#      build (a file that warns never compiles, and is compiled again next time),
#   3. swift test (model, UI golden screens, CLI end-to-end), skipped tests counted apart,
#   4. every test script Tests/AREA/NAME-test.sh: the release binary copied alone into an
#      empty folder and the terminal figures first, the short fuzz run last, the others
#      (tmux tests of the real browser, services the tests start themselves) between.
#      A script that is not executable is a failure, not a skip.
# Prints one closing line with the totals: "leakline: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
Tests/install-prerequisites.sh || exit 1
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

total_passed=0
total_failed=0
total_skipped=0

# Adds the counts from a runner's closing line ("N passed, N failed[, N skipped]").
add_counts() {
  local line skipped
  line=$(grep -Eo '[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?' "$1" | tail -1)
  if [[ -z $line ]]; then
    total_failed=$((total_failed + 1))
    echo "run: $2 printed no 'N passed, N failed' line; counted as a failure"
    return
  fi
  total_passed=$((total_passed + $(awk '{print $1}' <<<"$line")))
  total_failed=$((total_failed + $(awk '{print $3}' <<<"$line")))
  skipped=$(grep -Eo '[0-9]+ skipped' <<<"$line" | grep -Eo '[0-9]+' || true)
  total_skipped=$((total_skipped + ${skipped:-0}))
}

echo "== style (swift format lint --strict)"
if swift format lint --strict --recursive Sources Tests Package.swift 2>&1 | tee "$log_dir/style.txt" &&
  ! grep -qE ': (warning|error):' "$log_dir/style.txt"; then
  total_passed=$((total_passed + 1))
else
  echo "run: swift format finds the problems above; run 'swift format --in-place --recursive Sources Tests Package.swift'"
  total_failed=$((total_failed + 1))
fi

echo "== build (debug, tests included; warnings are errors)"
if ! swift build --build-tests 2>&1 | tee "$log_dir/build.txt"; then
  echo "run: build failed"
  total_failed=$((total_failed + 1))
elif grep -E 'warning:' "$log_dir/build.txt" | grep -v 'Package.resolved'; then
  echo "run: the build printed warnings (above); fix them"
  total_failed=$((total_failed + 1))
else
  total_passed=$((total_passed + 1))
fi

echo "== swift test"
swift test --skip-build 2>&1 | tee "$log_dir/swift-test.txt"
status=${PIPESTATUS[0]}
# Swift Testing's summary: "Test run with N tests in M suites passed|failed after …"
summary=$(grep -E 'Test run with [0-9]+ tests?' "$log_dir/swift-test.txt" | tail -1)
if [[ -z $summary ]]; then
  echo "run: swift test printed no summary (status $status)"
  total_failed=$((total_failed + 1))
else
  n=$(grep -Eo 'with [0-9]+ test' <<<"$summary" | grep -Eo '[0-9]+')
  issues=$(grep -Eo '[0-9]+ issues?' <<<"$summary" | grep -Eo '[0-9]+' || true)
  # One "✘ Test NAME … failed after" line per failing test (its issues have lines of their
  # own, and the run's summary starts "✘ Test run with"): count tests, not lines.
  failing=$(grep -E '^✘ Test .* failed after' "$log_dir/swift-test.txt" |
    grep -Evc '^✘ Test run with [0-9]+ tests?' || true)
  # A test whose trait turns it off ("Test name() skipped: reason") ran nothing: say why.
  skipped=$(grep -Ec '^. Test .* skipped' "$log_dir/swift-test.txt" || true)
  grep -E '^. Test .* skipped' "$log_dir/swift-test.txt" | sed 's/^. /run: skipped: /'
  n=$((n - skipped))
  total_skipped=$((total_skipped + skipped))
  if [[ $status -ne 0 || -n $issues ]]; then
    ((failing == 0)) && failing=1
    total_failed=$((total_failed + failing))
    total_passed=$((total_passed + n - failing))
  else
    total_passed=$((total_passed + n))
  fi
fi

# The release binary and the terminal figures first (later scripts may use the release
# build), the fuzz run last (the longest), every other area's scripts between.
scripts=(Tests/cli/release-binary-test.sh Tests/perf/terminal-figures-test.sh)
for script in Tests/*/*-test.sh; do
  case $script in
    Tests/cli/release-binary-test.sh | Tests/perf/terminal-figures-test.sh | Tests/fuzz/*) ;;
    *) scripts+=("$script") ;;
  esac
done
scripts+=(Tests/fuzz/fuzz-test.sh)
for script in "${scripts[@]}"; do
  echo "== $script"
  if [[ ! -x $script ]]; then
    echo "run: $script is not executable (chmod +x it); counted as a failure"
    total_failed=$((total_failed + 1))
    continue
  fi
  name=$(basename "$script")
  "$script" 2>&1 | tee "$log_dir/$name.txt"
  add_counts "$log_dir/$name.txt" "$script"
done

echo "leakline: $total_passed passed, $total_failed failed, $total_skipped skipped"
((total_failed == 0))
