#!/usr/bin/env bash
# Builds the fuzz binary (every target in one, build.sh) and runs each target for a fixed
# time.
#
# Usage: Tests/fuzz/run.sh [SECONDS] [TARGET…]
#   SECONDS per target, default 30; TARGET defaults to all (loader, dates, query, sanitize).
#   Tests/fuzz/run.sh 600          an overnight-style run: ten minutes each
#   Tests/fuzz/run.sh 60 loader    one target for a minute
#
# Each run starts from the seed corpus (corpus/<target>/) plus any saved crash inputs
# (crashes/<target>/), so a crash that was fixed is replayed first and must stay fixed.
# New corpus entries and artifacts go to a temporary folder, never into the repository.
# A crash, a timeout (one input running over 10 s), running out of memory (2 GiB) or the
# whole run hanging counts as a failure; the input is copied to crashes/<target>/ and the
# script exits 1. Closing line: "N passed, N failed", one count per target.
#
# Environment: FUZZ_OPT (-O, the default, or -Onone: see build.sh), FUZZ_BUILD (binaries,
# default .build-fuzz, or .build-fuzz-Onone), FUZZ_KEEP=1 keeps the temporary folder with
# the grown corpus and logs.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
seconds=${1:-30}
shift || true
if ! [[ $seconds =~ ^[0-9]+$ ]] || ((seconds < 1)); then
  echo "run.sh: '$seconds' is not a number of seconds; e.g. Tests/fuzz/run.sh 600" >&2
  exit 64
fi
targets=("$@")
((${#targets[@]})) || targets=(loader dates query sanitize)

# A Swift trap under ASan otherwise hangs in the runtime's backtracer (perf.md §6).
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}

work=$(mktemp -d "${TMPDIR:-/tmp}/leakline-fuzz.XXXXXX")
if [[ ${FUZZ_KEEP:-0} == 1 ]]; then
  echo "fuzz: keeping $work"
else
  trap 'rm -rf "$work"' EXIT
fi

passed=0
failed=0
# One build folder per optimisation level, so a CI run (-Onone) and a long run (-O) do not
# rebuild each other's binaries.
opt=${FUZZ_OPT:--O}
export FUZZ_OPT=$opt
suffix=""
[[ $opt == -O ]] || suffix="-${opt#-}"
build=${FUZZ_BUILD:-$(cd "$here/../.." && pwd)/.build-fuzz$suffix}
echo "fuzz: building ${targets[*]} ($opt) into $build"
if ! "$here/build.sh" "$build" "${targets[@]}" >"$work/build.txt"; then
  echo "fuzz: build failed"
  echo "fuzz: 0 passed, ${#targets[@]} failed"
  exit 1
fi

# The longest one input may run, and how long inputs may be, per target.
max_len() {
  case $1 in
    loader) echo 8192 ;;
    dates) echo 64 ;;
    query) echo 256 ;;
    *) echo 4096 ;;
  esac
}

bin=$build/leakline-fuzz
for target in "${targets[@]}"; do
  corpus=$work/$target/corpus
  artifacts=$work/$target/artifacts
  mkdir -p "$corpus" "$artifacts"
  seeds=("$here/corpus/$target")
  [[ -d $here/crashes/$target ]] && seeds+=("$here/crashes/$target")
  dict=()
  [[ -f $here/dicts/$target.dict ]] && dict=("-dict=$here/dicts/$target.dict")
  log=$work/$target/log.txt
  # The kill is the guard against a hang libFuzzer's own -timeout misses (a wedged
  # process); a minute of grace covers loading the corpus and writing artifacts.
  timeout -s KILL $((seconds + 60)) "$bin" -target="$target" "$corpus" "${seeds[@]}" "${dict[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$target")" \
    -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1
  status=$?
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1)
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+')
  ft=$(grep -Eo 'ft: [0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+')
  summary="${runs:-?} runs, cov ${cov:-?}, ft ${ft:-?}, ${seconds} s"
  found=("$artifacts"/*)
  if ((status == 0)) && [[ ! -e ${found[0]} ]]; then
    echo "fuzz $target: ok ($summary)"
    passed=$((passed + 1))
    continue
  fi
  failed=$((failed + 1))
  if ((status == 137)); then
    echo "fuzz $target: FAILED, killed after $((seconds + 60)) s (hung) ($summary)"
  else
    echo "fuzz $target: FAILED with status $status ($summary)"
  fi
  # The report: libFuzzer's reason, the Swift message, the top of the stack.
  grep -E 'ERROR: libFuzzer|ERROR: AddressSanitizer|Fatal error|SUMMARY' "$log" | head -6 | sed 's/^/  /'
  # The frames in Leakline's own code (the module is LeaklineFuzz), where to look first.
  grep -E '^ *#[0-9]+ .* in \$s12LeaklineFuzz' "$log" | head -6 | sed -E 's/^ *#[0-9]+ 0x[0-9a-f]+ in [^ ]+ /  at /' |
    # build.sh compiles a snapshot; name the files in the repository instead.
    sed -E 's#/[^ ]*leakline-fuzz-src\.[^/]+/LeaklineModel/#Sources/LeaklineModel/#;
      s#/[^ ]*leakline-fuzz-src\.[^/]+/support/#Tests/fuzz/support/#;
      s#/[^ ]*leakline-fuzz-src\.[^/]+/targets/#Tests/fuzz/targets/#'
  if [[ -e ${found[0]} ]]; then
    mkdir -p "$here/crashes/$target"
    for f in "${found[@]}"; do
      cp "$f" "$here/crashes/$target/"
      echo "  input saved: Tests/fuzz/crashes/$target/$(basename "$f")"
      echo "  reproduce:   SWIFT_BACKTRACE=enable=no $bin -target=$target Tests/fuzz/crashes/$target/$(basename "$f")"
    done
  fi
done

echo "fuzz: $passed passed, $failed failed"
((failed == 0))
