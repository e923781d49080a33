#!/usr/bin/env bash
# Installs what the tests need and a fresh machine may lack: ncurses and libpq headers (the
# browser and the team notebook's client), tmux, cmark-gfm (the Markdown parser the export
# tests render with), a PostgreSQL server (the team-notebook tests start a throwaway one),
# Graphviz (the graph exports are rendered with dot), man (the manual page is rendered),
# Python's jsonschema (the schema tests) and followthemoney (the FtM export tests). Does
# nothing when everything is present.
set -euo pipefail

missing=()
dpkg -s libncurses-dev >/dev/null 2>&1 || missing+=(libncurses-dev)
dpkg -s libpq-dev >/dev/null 2>&1 || missing+=(libpq-dev)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
command -v man >/dev/null 2>&1 || missing+=(man-db)
command -v cmark-gfm >/dev/null 2>&1 || missing+=(cmark-gfm)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "prerequisites: missing ${missing[*]}; install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "prerequisites: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! python3 -c 'import jsonschema' >/dev/null 2>&1; then
  echo "prerequisites: installing Python's jsonschema"
  python3 -m pip install --quiet jsonschema 2>/dev/null || {
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq python3-jsonschema >/dev/null
  }
fi
if ! python3 -c 'import followthemoney' >/dev/null 2>&1; then
  echo "prerequisites: installing Python's followthemoney"
  python3 -m pip install --quiet followthemoney 2>/dev/null || {
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq python3-followthemoney >/dev/null 2>&1 || {
      echo "prerequisites: cannot install followthemoney; run: python3 -m pip install followthemoney" >&2
      exit 1
    }
  }
fi
