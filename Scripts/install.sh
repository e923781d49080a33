#!/usr/bin/env bash
# install.sh [PREFIX]: builds leakline in release mode and installs it like a system tool:
#
#   PREFIX/bin/leakline
#   PREFIX/share/man/man1/leakline.1                          (man leakline)
#   PREFIX/share/bash-completion/completions/leakline
#   PREFIX/share/zsh/site-functions/_leakline
#   PREFIX/share/fish/vendor_completions.d/leakline.fish
#
# PREFIX defaults to /usr/local (use sudo for it, or give ~/.local). The completions are made
# by the installed binary itself (leakline --generate-completion-script SHELL), so they always
# match it. LEAKLINE_BIN=/path/to/leakline installs that binary instead of building one.
set -euo pipefail

prefix=${1:-/usr/local}
root=$(cd "$(dirname "$0")/.." && pwd)

if [ -n "${LEAKLINE_BIN:-}" ]; then
  binary=$LEAKLINE_BIN
else
  echo "install: building leakline in release mode (swift build -c release)…"
  (cd "$root" && swift build -c release --product leakline)
  binary="$(cd "$root" && swift build -c release --show-bin-path)/leakline"
fi
if [ ! -x "$binary" ]; then
  echo "install: '$binary' is not an executable leakline." >&2
  exit 1
fi

man_dir="$prefix/share/man/man1"
bash_dir="$prefix/share/bash-completion/completions"
zsh_dir="$prefix/share/zsh/site-functions"
fish_dir="$prefix/share/fish/vendor_completions.d"
install -d "$prefix/bin" "$man_dir" "$bash_dir" "$zsh_dir" "$fish_dir"
install -m 755 "$binary" "$prefix/bin/leakline"
install -m 644 "$root/docs/man/leakline.1" "$man_dir/leakline.1"
"$prefix/bin/leakline" --generate-completion-script bash >"$bash_dir/leakline"
"$prefix/bin/leakline" --generate-completion-script zsh >"$zsh_dir/_leakline"
"$prefix/bin/leakline" --generate-completion-script fish >"$fish_dir/leakline.fish"

echo "install: installed leakline to $prefix/bin/leakline"
echo "install: man page $man_dir/leakline.1; completions for bash, zsh and fish"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "install: add $prefix/bin to PATH to run it" ;; esac
