# shellcheck shell=bash
# postgres.sh: a throwaway PostgreSQL server for a test script. Source it, then:
#   pg_start            initdb into a new folder under /tmp and start a server on a free
#                       loopback port, its unix socket in that folder; sets PG_DIR, PG_PORT,
#                       PG_URL (superuser over the socket, no password) and PG_TCP
#                       (127.0.0.1:PORT, where every role needs its password). Returns 1 with
#                       a message when no server can be had.
#   pg_stop             stops it (fast shutdown: clients are disconnected)
#   pg_resume           starts it again on the same port, same data
#   pg_sql SQL          runs SQL as the superuser (psql, stops on the first error)
# The server is stopped and its folder removed when the script exits, however it exits.
#
# PostgreSQL refuses to run as root, so as root the server runs as the 'postgres' user
# (runuser). Debian's postgresql package may create and start a system cluster when it is
# installed; under CI (CI=true) every online system cluster is stopped first, so a test
# run never leaves a server running. Nothing here touches a developer's own clusters.

PG_DIR=""
PG_PORT=""

pg__as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg__server_start() {
  pg__as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 -o \
    "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off \
     -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
    start >/dev/null 2>&1
}

pg_start() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "postgres.sh: no PostgreSQL server under /usr/lib/postgresql (Tests/install-prerequisites.sh installs it)" >&2
    return 1
  fi
  if [ "${CI:-}" = true ] && command -v pg_lsclusters >/dev/null; then
    pg_lsclusters -h 2>/dev/null | while read -r version name _ status _; do
      if [ "${status%%,*}" = online ]; then
        echo "postgres.sh: stopping the system cluster $version/$name that installing PostgreSQL started"
        pg_ctlcluster "$version" "$name" stop || true
      fi
    done
  fi
  PG_DIR=$(mktemp -d /tmp/leakline-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_DIR"
  trap pg__cleanup EXIT
  printf 'postgres-superuser-pw\n' >"$PG_DIR/pw" && chmod 644 "$PG_DIR/pw"
  if ! pg__as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 --pwfile="$PG_DIR/pw" -E UTF8 --no-locale -N >"$PG_DIR/initdb.log" 2>&1; then
    echo "postgres.sh: initdb failed:" >&2
    cat "$PG_DIR/initdb.log" >&2
    return 1
  fi
  local try
  for try in 1 2 3 4 5; do
    PG_PORT=$((20000 + RANDOM % 20000))
    (echo >"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null && continue
    if pg__server_start; then
      PG_URL="postgresql:///postgres?host=$PG_DIR&port=$PG_PORT&user=postgres"
      PG_TCP="127.0.0.1:$PG_PORT"
      return 0
    fi
  done
  echo "postgres.sh: the server did not start:" >&2
  tail -20 "$PG_DIR/server.log" >&2
  return 1
}

pg_stop() {
  pg__as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1
}

pg_resume() { pg__server_start; }

pg_sql() {
  psql -X -q -v ON_ERROR_STOP=1 -At -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres -c "$1"
}

pg__cleanup() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
    pg__as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$PG_DIR"
  fi
}
