#!/usr/bin/env bash
# generate-manual.sh [OUTPUT]: writes the man page docs/man/leakline.1 from the command
# definitions, with swift-argument-parser's manual generator (the generate-manual tool its
# GenerateManual plugin runs; built here through `swift package plugin generate-manual`).
# Run it after changing a command, an option or a help text, and commit the result;
# Tests/install/install-test.sh fails while the committed page is out of date.
#
# LEAKLINE_BIN picks the binary to describe (default .build/debug/leakline; build it first).
# The date is pinned so the page only changes when the commands do. Blank lines inside
# discussions become .Pp, which mdoc wants for a paragraph break.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
output=${1:-$root/docs/man/leakline.1}
binary=${LEAKLINE_BIN:-$root/.build/debug/leakline}
manual_date=2026-12-08

if [ ! -x "$binary" ]; then
  echo "generate-manual: '$binary' is not an executable; run 'swift build' or set LEAKLINE_BIN." >&2
  exit 1
fi
find_tool() { find "$root/.build" -path '*/generate-manual-tool' -type f -perm -u+x 2>/dev/null | head -1; }
tool=$(find_tool)
if [ -z "$tool" ]; then
  (cd "$root" && swift package plugin generate-manual --help >/dev/null)
  tool=$(find_tool)
fi
if [ -z "$tool" ]; then
  echo "generate-manual: could not build swift-argument-parser's generate-manual tool." >&2
  exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$tool" "$binary" --date "$manual_date" --output-directory "$scratch"
sed 's/^$/.Pp/' "$scratch/leakline.1" >"$output"
