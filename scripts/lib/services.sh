# Starts and stops Kensa's private PostgreSQL, Redis, Knot DNS and Dovecot IMAP instances on loopback.
# Each profile (demo, test) has its own state folder and ports, so tests never touch demo data;
# as root, PostgreSQL's cluster lives outside the clone (see pg_dir).
# Requires scripts/lib/setup.sh to be sourced first (PG_BIN, as_root).
# The stop_* functions never fail: the scripts call them from an EXIT trap under `set -e`, where a
# failing one (a service that was not running) would end the trap and skip the stops after it.

# The PostgreSQL server refuses to run as root: when we are root it runs as the 'postgres' user,
# from / (it may not enter the current folder, e.g. a clone in /root).
pg_run() {
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# Where the cluster of state folder DIR (.kensa/<profile>/pg) lives. As root the server runs as
# 'postgres', which cannot enter a clone in a private folder such as /root/kensa: the cluster then
# lives in the postgres user's home, in kensa/<profile>-<hash of DIR's real path>, so two clones or
# two profiles never share one. Otherwise the server runs as us and the cluster stays in DIR.
pg_dir() { # DIR
  if [ "$(id -u)" -ne 0 ]; then
    echo "$1"
    return 0
  fi
  local home real
  home=$(getent passwd postgres | cut -d: -f6)
  [ -n "$home" ] || { echo "kensa: no 'postgres' user (is the postgresql package installed?)" >&2; return 1; }
  real=$(realpath -m "$1")
  echo "$home/kensa/$(basename "$(dirname "$real")")-$(printf '%s' "$real" | sha256sum | cut -c1-16)"
}

start_postgres() { # DIR PORT DBNAME
  local dir port=$2 db=$3
  dir=$(pg_dir "$1") || return 1
  pg_run mkdir -p "$dir" || return 1
  # Which clone and profile a cluster outside the clone belongs to, for whoever finds it there.
  [ "$dir" = "$1" ] || realpath -m "$1" >"$dir/state-folder"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    pg_run "$PG_BIN/initdb" -D "$dir/data" -U kensa --auth=trust -E UTF8 --locale=C.UTF-8 -N >/dev/null ||
      return 1
  fi
  if ! pg_run "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    pg_run "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off" start >/dev/null || {
      echo "kensa: PostgreSQL did not start on port $port; the end of $dir/postgres.log:" >&2
      tail -n 20 "$dir/postgres.log" >&2
      return 1
    }
  fi
  "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U kensa -d postgres -tAc "select 1 from pg_database where datname='$db'" |
    grep -q 1 || "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U kensa "$db" || return 1
  echo "postgresql://kensa@127.0.0.1:$port/$db"
}

stop_postgres() { # DIR
  local dir
  dir=$(pg_dir "$1") || return 0
  [ -f "$dir/data/postmaster.pid" ] && pg_run "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# Stops the cluster of DIR and deletes it, for a profile whose data is thrown away (npm test).
remove_postgres() { # DIR
  local dir
  dir=$(pg_dir "$1") || return 0
  stop_postgres "$1"
  rm -rf -- "${dir:?}"
}

start_redis() { # DIR PORT
  local dir=$1 port=$2
  mkdir -p "$dir"
  if ! redis-cli -p "$port" ping >/dev/null 2>&1; then
    redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --dir "$dir" \
      --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --save "" --appendonly no >/dev/null
    for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  fi
  echo "redis://127.0.0.1:$port"
}

stop_redis() { # PORT
  redis-cli -p "$1" shutdown nosave >/dev/null 2>&1 || true
}

start_knot() { # STATE_DIR PORT ZONES_DIR
  npx tsx testing/knot/knot-fixture.ts start --zones "$3" --port "$2" --state "$1" >/dev/null
  echo "127.0.0.1:$2"
}

stop_knot() { # STATE_DIR
  npx tsx testing/knot/knot-fixture.ts stop --state "$1" >/dev/null 2>&1 || true
}

# A tsx daemon of testing/ that takes --state STATE_DIR, writes its port to STATE_DIR/port once it
# serves and stops what it started on SIGTERM. Starts it, waits up to 60 s and prints the port; if it
# does not come up, stops it at once (a pid left behind could be another process's by the time the
# caller stops it) and fails. Stop it with stop_port_daemon.
start_port_daemon() { # STATE_DIR SCRIPT [ARGS...]
  local dir=$1 script=$2; shift 2
  mkdir -p "$dir"; rm -f "$dir/port"
  node_modules/.bin/tsx "$script" --state "$dir" "$@" >"$dir/log" 2>&1 &
  echo $! >"$dir/pid"
  for _ in $(seq 120); do
    [ -s "$dir/port" ] && { cat "$dir/port"; return 0; }
    kill -0 "$(cat "$dir/pid")" 2>/dev/null || break
    sleep 0.5
  done
  kill "$(cat "$dir/pid")" 2>/dev/null || true
  rm -f "$dir/pid"
  return 1
}

# Waits (up to 15 s) for the daemon to exit: the demo resolver stops its Knot and Unbound first.
stop_port_daemon() { # STATE_DIR
  local pid
  pid=$(cat "$1/pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  rm -f "$1/pid"
}

# The HTTPS fixture sites (testing/https/fixture-sites.ts: MTA-STS policies, BIMI logos) on a free
# loopback port, with a test CA written to STATE_DIR/ca.pem; prints the port.
start_https_fixture() { # STATE_DIR
  start_port_daemon "$1" testing/https/https-fixture-daemon.ts && return 0
  echo "kensa: the HTTPS fixture server did not start (see $1/log)" >&2
  return 1
}

# The demo's validating resolver (testing/dnssec/demo-resolver-daemon.ts): Knot signing the demo's
# DNSSEC cases and Unbound validating them, resolving the zones of ZONES_DIR through the fixture Knot
# at KNOT (host:port) and refusing every other name; prints Unbound's port once it validates.
start_demo_resolver() { # STATE_DIR KNOT ZONES_DIR
  start_port_daemon "$1" testing/dnssec/demo-resolver-daemon.ts --knot "$2" --zones "$3"
}

# IMAP with implicit TLS on PORT (STARTTLS on PORT+1), a test CA made at start in STATE_DIR/tls/ca.crt
# and users in STATE_DIR/users (testing/imap/): the IMAP pull's tests read mail from it.
start_dovecot() { # STATE_DIR PORT
  npx tsx testing/imap/dovecot-fixture.ts start --state "$1" --port "$2" >/dev/null
  echo "127.0.0.1:$2"
}

stop_dovecot() { # STATE_DIR
  npx tsx testing/imap/dovecot-fixture.ts stop --state "$1" >/dev/null 2>&1 || true
}
