#!/usr/bin/env bash
# Builds one libFuzzer binary per target in Tests/fuzz/targets/, outside SwiftPM.
#
# Each binary is the model's sources (Sources/LeaklineModel/**/*.swift), the shared checks
# in support/, and one target file, compiled as a single module with
# `swiftc -sanitize=fuzzer,address -parse-as-library`: the target reaches internal API (the
# JSON parser), its `@_cdecl("LLVMFuzzerTestOneInput")` function is the entry point, and
# libFuzzer supplies `main`. SwiftPM is avoided on purpose: it links executables with `main`
# renamed to `<Module>_main`, which libFuzzer's `main` cannot call (docs/security.md).
#
# Usage: Tests/fuzz/build.sh [OUT_DIR] [TARGET…]
#   OUT_DIR defaults to .build-fuzz; TARGET defaults to every file in targets/.
#   FUZZ_OPT=-Onone builds without optimisation: about 4x faster to build, several times
#   slower to run; what the short CI run uses (fuzz-test.sh). The default is -O.
# Builds up to one target per core at a time, skips a target whose binary is newer than
# every source, and prints the path of each binary. Exits non-zero when a build fails,
# after printing the compiler's errors.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=${1:-$root/.build-fuzz}
shift || true
mkdir -p "$out"

targets=("$@")
if ((${#targets[@]} == 0)); then
  for f in "$root"/Tests/fuzz/targets/*.swift; do targets+=("$(basename "$f" .swift)"); done
fi
for target in "${targets[@]}"; do
  [[ -f $root/Tests/fuzz/targets/$target.swift ]] ||
    { echo "build.sh: no target '$target' (looked in Tests/fuzz/targets/)" >&2; exit 1; }
done

# build_one TARGET: compiles fuzz-TARGET from a snapshot of the sources, so an editor saving
# a file in the middle of the build can neither break it nor mix two versions.
build_one() {
  local target=$1 bin=$out/fuzz-$1 log=$out/fuzz-$1.log snapshot status=0
  snapshot=$(mktemp -d "${TMPDIR:-/tmp}/leakline-fuzz-src.XXXXXX")
  cp -R "$root/Sources/LeaklineModel" "$root/Tests/fuzz/support" \
    "$root/Tests/fuzz/targets/$target.swift" "$snapshot/"
  local files
  mapfile -t files < <(find "$snapshot" -name '*.swift' | sort)
  # -O keeps Swift's bounds and overflow checks (they are what we hunt) and runs the loader
  # about 5x faster than -Onone. -wmo compiles the module in one job (without it swiftc
  # type-checks every file once per file). -package-name lets `package` declarations compile.
  swiftc -sanitize=fuzzer,address -parse-as-library "${FUZZ_OPT:--O}" -wmo -g -swift-version 6 \
    -module-name LeaklineFuzz -package-name leakline "${files[@]}" -o "$bin.new" >"$log" 2>&1 ||
    status=$?
  rm -rf "$snapshot"
  # ld.gold warns about every ASan helper it cannot export; those lines are noise.
  if ((status != 0)); then
    grep -v 'Cannot export local symbol' "$log" | grep -E 'error' | head -20 >&2 || true
    echo "build.sh: building fuzz-$target failed (full log: $log)" >&2
    rm -f "$bin.new"
    touch "$out/fuzz-$target.failed"
    return 1
  fi
  mv "$bin.new" "$bin"
}

is_current() {
  local bin=$out/fuzz-$1
  [[ -x $bin ]] && [[ -z $(find "$root/Sources/LeaklineModel" "$root/Tests/fuzz/support" \
    "$root/Tests/fuzz/targets/$1.swift" -name '*.swift' -newer "$bin" -print -quit) ]]
}

jobs_max=$(nproc 2>/dev/null || echo 2)
for target in "${targets[@]}"; do
  rm -f "$out/fuzz-$target.failed"
  is_current "$target" && continue
  while (($(jobs -rp | wc -l) >= jobs_max)); do sleep 1; done
  build_one "$target" &
done
wait
for target in "${targets[@]}"; do
  [[ -e $out/fuzz-$target.failed ]] && exit 1
done
for target in "${targets[@]}"; do echo "$out/fuzz-$target"; done
