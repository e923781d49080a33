#!/usr/bin/env bash
# install-test.sh: leakline installs like a system tool. The committed man page is what the
# command definitions generate today; `man -l` renders it; the bash completion loads
# (`complete -p leakline`) and zsh/fish completions are produced; Scripts/install.sh puts the
# binary, page and completions under a temporary PREFIX, where they work.
#
#   Tests/install/install-test.sh                       # uses .build/debug/leakline
#   LEAKLINE_BIN=/path/to/leakline Tests/install/install-test.sh
#
# Prints one line per check and "N passed, N failed"; exits non-zero if anything failed.
set -u
cd "$(dirname "$0")/../.." || exit 2

BIN=${LEAKLINE_BIN:-.build/debug/leakline}
case $BIN in /*) ;; *) BIN="$PWD/$BIN" ;; esac
if [ ! -x "$BIN" ]; then
  echo "install-test: '$BIN' is not an executable; build it (swift build) or set LEAKLINE_BIN." >&2
  exit 2
fi
if ! command -v man >/dev/null; then
  echo "install-test: man is not installed; run Tests/install-prerequisites.sh." >&2
  exit 2
fi

PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); printf 'ok   %s\n' "$1"; }
fail() {
  FAILED=$((FAILED + 1))
  printf 'FAIL %s: %s\n' "$1" "$2"
  if [ -n "${3-}" ]; then printf '%s\n' "$3" | head -20 | sed 's/^/     | /'; fi
}
check() { # check NAME WHY COMMAND...
  local name=$1 why=$2
  shift 2
  if "$@" >/dev/null 2>&1; then pass "$name"; else fail "$name" "$why"; fi
}

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/leakline-install.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT

# The man page: current, and rendered by man without warnings.
if LEAKLINE_BIN=$BIN Scripts/generate-manual.sh "$SCRATCH/leakline.1" >"$SCRATCH/gen.log" 2>&1; then
  if diff -u docs/man/leakline.1 "$SCRATCH/leakline.1" >"$SCRATCH/man.diff"; then
    pass "docs/man/leakline.1 is what the command definitions generate"
  else
    fail "docs/man/leakline.1 is what the command definitions generate" \
      "it is out of date; run Scripts/generate-manual.sh and commit it" "$(cat "$SCRATCH/man.diff")"
  fi
else
  fail "docs/man/leakline.1 is what the command definitions generate" "generating failed" \
    "$(cat "$SCRATCH/gen.log")"
fi
MANWIDTH=80 man -l docs/man/leakline.1 >"$SCRATCH/man.txt" 2>"$SCRATCH/man.err"
status=$?
if [ $status -eq 0 ] && [ ! -s "$SCRATCH/man.err" ] && grep -q '^NAME' "$SCRATCH/man.txt" &&
  grep -q 'leakline — Browse investigative case files' "$SCRATCH/man.txt"; then
  pass "man -l renders the page without warnings"
else
  fail "man -l renders the page without warnings" "status $status" "$(cat "$SCRATCH/man.err")"
fi
for word in browse validate init export import '--open id' '--case file'; do
  check "the page documents '$word'" "not in the rendered page" grep -qF -- "$word" "$SCRATCH/man.txt"
done

# Completions.
bash_completion=$(bash --noprofile --norc -c 'source <("$1" --generate-completion-script bash) && complete -p leakline' _ "$BIN" 2>&1)
if [[ $bash_completion == complete*leakline ]]; then
  pass "complete -p leakline works after sourcing the bash completion"
else
  fail "complete -p leakline works after sourcing the bash completion" "got: $bash_completion"
fi
for shell in zsh fish; do
  "$BIN" --generate-completion-script "$shell" >"$SCRATCH/completion.$shell" 2>&1
  if grep -q 'init' "$SCRATCH/completion.$shell" && grep -q 'browse' "$SCRATCH/completion.$shell"; then
    pass "the $shell completion names the subcommands"
  else
    fail "the $shell completion names the subcommands" "$(head -3 "$SCRATCH/completion.$shell")"
  fi
  if command -v "$shell" >/dev/null; then
    check "$shell parses its completion" "$shell -n failed" "$shell" -n "$SCRATCH/completion.$shell"
  fi
done

# Scripts/install.sh into a temporary PREFIX (with the built binary; a real install builds
# in release mode first).
PREFIX="$SCRATCH/prefix with space"
if LEAKLINE_BIN=$BIN Scripts/install.sh "$PREFIX" >"$SCRATCH/install.log" 2>&1; then
  pass "Scripts/install.sh PREFIX succeeds"
else
  fail "Scripts/install.sh PREFIX succeeds" "it failed" "$(cat "$SCRATCH/install.log")"
fi
for file in bin/leakline share/man/man1/leakline.1 share/bash-completion/completions/leakline \
  share/zsh/site-functions/_leakline share/fish/vendor_completions.d/leakline.fish; do
  check "install put $file in PREFIX" "missing or empty" test -s "$PREFIX/$file"
done
check "the installed binary runs" "leakline --version failed" "$PREFIX/bin/leakline" --version
installed_man=$(MANWIDTH=80 MANPATH="$PREFIX/share/man" man leakline 2>/dev/null | head -1)
if [[ $installed_man == LEAKLINE\(1\)* ]]; then
  pass "man leakline finds the installed page through MANPATH"
else
  fail "man leakline finds the installed page through MANPATH" "got: $installed_man"
fi
installed_completion=$(PATH="$PREFIX/bin:$PATH" bash --noprofile --norc -c \
  'source "$1" && complete -p leakline' _ "$PREFIX/share/bash-completion/completions/leakline" 2>&1)
if [[ $installed_completion == complete*leakline ]]; then
  pass "the installed bash completion loads"
else
  fail "the installed bash completion loads" "got: $installed_completion"
fi

printf '%d passed, %d failed\n' "$PASSED" "$FAILED"
[ "$FAILED" -eq 0 ]
