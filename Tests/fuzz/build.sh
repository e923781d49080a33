#!/usr/bin/env bash
# Builds the one libFuzzer binary that holds every target in Tests/fuzz/targets/, outside
# SwiftPM.
#
# The binary is the model's sources (Sources/LeaklineModel/**/*.swift), the shared checks
# and the dispatcher in support/, and every target file, compiled as a single module with
# `swiftc -sanitize=fuzzer,address -parse-as-library`: the targets reach internal API (the
# JSON parser), support/FuzzTargets.swift holds libFuzzer's entry points
# (`LLVMFuzzerInitialize` picks the target named by `-target=NAME` or
# LEAKLINE_FUZZ_TARGET, `LLVMFuzzerTestOneInput` runs it), and libFuzzer supplies `main`.
# One binary means the model is compiled once, not once per target. SwiftPM is avoided on
# purpose: it links executables with `main` renamed to `<Module>_main`, which libFuzzer's
# `main` cannot call (docs/security.md).
#
# Usage: Tests/fuzz/build.sh [OUT_DIR] [TARGET…]
#   OUT_DIR defaults to .build-fuzz; each TARGET named is checked to be in the binary (a
#   file in targets/ and a row of support/FuzzTargets.swift); the binary holds them all.
#   FUZZ_OPT=-Onone builds without optimisation: about 4x faster to build, several times
#   slower to run; what the short CI run uses (fuzz-test.sh). The default is -O.
# Skips the build when the binary is newer than every source, and prints the binary's
# path. Exits non-zero when the build fails, after printing the compiler's errors.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=${1:-$root/.build-fuzz}
shift || true
mkdir -p "$out"
bin=$out/leakline-fuzz
log=$out/leakline-fuzz.log

# Every target file must have its row in the dispatcher's table, and every name asked for
# must be a target file.
names=()
for f in "$root"/Tests/fuzz/targets/*.swift; do names+=("$(basename "$f" .swift)"); done
for target in "${names[@]}"; do
  grep -qE "^  \(\"$target\", " "$root/Tests/fuzz/support/FuzzTargets.swift" || {
    echo "build.sh: targets/$target.swift has no row in support/FuzzTargets.swift" >&2
    exit 1
  }
done
for target in "$@"; do
  [[ " ${names[*]} " == *" $target "* ]] ||
    { echo "build.sh: no target '$target' (looked in Tests/fuzz/targets/)" >&2; exit 1; }
done

is_current() {
  [[ -x $bin ]] && [[ -z $(find "$root/Sources/LeaklineModel" "$root/Tests/fuzz/support" \
    "$root/Tests/fuzz/targets" -name '*.swift' -newer "$bin" -print -quit) ]]
}

if ! is_current; then
  # Compile a snapshot of the sources, so an editor saving a file in the middle of the build
  # can neither break it nor mix two versions.
  snapshot=$(mktemp -d "${TMPDIR:-/tmp}/leakline-fuzz-src.XXXXXX")
  trap 'rm -rf "$snapshot"' EXIT
  cp -R "$root/Sources/LeaklineModel" "$root/Tests/fuzz/support" "$root/Tests/fuzz/targets" \
    "$snapshot/"
  mapfile -t files < <(find "$snapshot" -name '*.swift' | sort)
  # -O keeps Swift's bounds and overflow checks (they are what we hunt) and runs the loader
  # about 5x faster than -Onone. -wmo compiles the module in one job (without it swiftc
  # type-checks every file once per file); -num-threads spreads its code generation over
  # the cores. -package-name lets `package` declarations compile.
  status=0
  swiftc -sanitize=fuzzer,address -parse-as-library "${FUZZ_OPT:--O}" -wmo \
    -num-threads "$(nproc 2>/dev/null || echo 2)" -g -swift-version 6 \
    -module-name LeaklineFuzz -package-name leakline "${files[@]}" -o "$bin.new" >"$log" 2>&1 ||
    status=$?
  if ((status != 0)); then
    # ld.gold warns about every ASan helper it cannot export; those lines are noise.
    grep -v 'Cannot export local symbol' "$log" | grep -E 'error' | head -20 >&2 || true
    echo "build.sh: building leakline-fuzz failed (full log: $log)" >&2
    rm -f "$bin.new"
    exit 1
  fi
  mv "$bin.new" "$bin"
fi
echo "$bin"
