# Starts and stops Kensa's private PostgreSQL, Redis and Knot DNS instances on loopback.
# Each profile (demo, test) has its own state folder and ports, so tests never touch demo data.
# Requires scripts/lib/setup.sh to be sourced first (PG_BIN, as_root).

# The PostgreSQL server refuses to run as root: when we are root it runs as the 'postgres' user.
pg_run() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() { # DIR PORT DBNAME
  local dir=$1 port=$2 db=$3
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    pg_run "$PG_BIN/initdb" -D "$dir/data" -U kensa --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! pg_run "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    pg_run "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off" start >/dev/null
  fi
  "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U kensa -d postgres -tAc "select 1 from pg_database where datname='$db'" |
    grep -q 1 || "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U kensa "$db"
  echo "postgresql://kensa@127.0.0.1:$port/$db"
}

stop_postgres() { # DIR
  [ -f "$1/data/postmaster.pid" ] && pg_run "$PG_BIN/pg_ctl" -D "$1/data" -m fast -w stop >/dev/null 2>&1
  return 0
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
  redis-cli -p "$1" shutdown nosave >/dev/null 2>&1
  return 0
}

start_knot() { # STATE_DIR PORT ZONES_DIR
  npx tsx scripts/knot/knot-fixture.ts start --zones "$3" --port "$2" --state "$1" >/dev/null
  echo "127.0.0.1:$2"
}

stop_knot() { # STATE_DIR
  npx tsx scripts/knot/knot-fixture.ts stop --state "$1" >/dev/null 2>&1
  return 0
}
