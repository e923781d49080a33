#!/usr/bin/env bash
# Builds one libFuzzer binary per target in Tests/fuzz/targets/, outside SwiftPM.
#
# Each binary is the model's sources (Sources/LeaklineModel/**/*.swift), the shared checks
# in support/, and one target file, compiled as a single module with `swiftc -sanitize=fuzzer,address`, so a target can
# reach internal API (the JSON parser) and libFuzzer supplies `main`. SwiftPM is avoided on
# purpose: it links executables with `main` renamed to `<Module>_main`, which libFuzzer's
# `main` cannot call (docs/security.md, "Fuzzing").
#
# Usage: Tests/fuzz/build.sh [OUT_DIR] [TARGET…]
#   OUT_DIR defaults to .build-fuzz; TARGET defaults to every file in targets/.
# Prints the path of each binary built. Exits non-zero when a build fails.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=${1:-$root/.build-fuzz}
shift || true
mkdir -p "$out"

targets=("$@")
if ((${#targets[@]} == 0)); then
  for f in "$root"/Tests/fuzz/targets/*.swift; do targets+=("$(basename "$f" .swift)"); done
fi

mapfile -t model < <(find "$root/Sources/LeaklineModel" -name '*.swift' | sort)
mapfile -t support < <(find "$root/Tests/fuzz/support" -name '*.swift' | sort)
if ((${#model[@]} == 0)); then
  echo "build.sh: no sources under Sources/LeaklineModel" >&2
  exit 1
fi

for target in "${targets[@]}"; do
  src=$root/Tests/fuzz/targets/$target.swift
  [[ -f $src ]] || { echo "build.sh: no target '$target' (looked for $src)" >&2; exit 1; }
  bin=$out/fuzz-$target
  # Rebuild only when a source is newer than the binary.
  if [[ -x $bin ]] && [[ -z $(find "${model[@]}" "${support[@]}" "$src" -newer "$bin" -print -quit) ]]; then
    echo "$bin"
    continue
  fi
  log=$out/fuzz-$target.log
  # -O keeps bounds and overflow checks (they are what we hunt) and runs ~5x faster than
  # -Onone. ld.gold warns about every ASan helper it cannot export; those lines are noise.
  if ! swiftc -sanitize=fuzzer,address -parse-as-library -O -g \
    -swift-version 6 -module-name LeaklineFuzz \
    "${model[@]}" "${support[@]}" "$src" -o "$bin" >"$log" 2>&1; then
    grep -v 'Cannot export local symbol' "$log" >&2 || true
    echo "build.sh: building fuzz-$target failed" >&2
    exit 1
  fi
  grep -v 'Cannot export local symbol' "$log" | grep -E 'warning|error' >&2 || true
  echo "$bin"
done
