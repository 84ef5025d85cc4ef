#!/usr/bin/env bash
# Scale runs: for each N, a fresh database with N synthetic domains, the bare engine over them, then
# SCALE_SCANS scans (default 2: the first scan and a rescan that diffs) by the workers, then the engine
# again — A-B-A, so the pipeline-vs-engine ratio comes from one run (bench/scale/run-scale-scan.ts);
# then the overview and domains-table queries timed at the smallest and the largest N
# (bench/scale-queries.bench.ts). Private PostgreSQL (with pg_stat_statements, to count statements)
# and Redis on free loopback ports, state in .kensa/scale (or SCALE_STATE); never the demo or test ones.
#
#   bash bench/scale/scale.sh 1000 10000          # default: 1000 10000
#   SCALE_WORKERS=2 SCALE_CONCURRENCY=64 SCALE_ENGINE_COUNT=20000 bash bench/scale/scale.sh 100000
#   (SCALE_ENGINE_COUNT: the engine's A and B audit only the first N domains; its rate is what counts)
#   SCALE_KEEP=1 …    leave PostgreSQL and Redis running afterwards (the databases stay for benches)
#   SCALE_WORKER_CPU_PROF=dir …   each worker writes a V8 CPU profile into dir when it stops
#
# KENSA_* variables set here reach the workers (e.g. KENSA_DNS_QPS, KENSA_RECONCILE_INTERVAL_MS).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/setup.sh
source scripts/lib/services.sh

STATE=${SCALE_STATE:-$PWD/.kensa/scale}
WORKERS=${SCALE_WORKERS:-2}
CONCURRENCY=${SCALE_CONCURRENCY:-64}
SCANS=${SCALE_SCANS:-2}
COUNTS=("$@")
[ ${#COUNTS[@]} -gt 0 ] || COUNTS=(1000 10000)
mkdir -p "$STATE"

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# Ports are chosen once and kept, so a second invocation finds its running services again.
if [ ! -f "$STATE/ports" ]; then
  echo "PG_PORT=$(free_port) REDIS_PORT=$(free_port)" > "$STATE/ports"
fi
# shellcheck disable=SC1091
source "$STATE/ports"
for reserved in 54320 54330 63790 63800; do
  if [ "$PG_PORT" = "$reserved" ] || [ "$REDIS_PORT" = "$reserved" ]; then
    echo "scale: $STATE/ports names a demo/test port; delete the file" >&2
    exit 1
  fi
done

cleanup() {
  if [ -z "${SCALE_KEEP:-}" ]; then
    stop_redis "$REDIS_PORT"
    stop_postgres "$STATE/pg"
  fi
}
trap cleanup EXIT

admin_url=$(start_postgres "$STATE/pg" "$PG_PORT" postgres)
# pg_stat_statements counts the statements of each scan; it must be preloaded, so once per cluster
# it is configured and the cluster restarted.
if [ "$("$PG_BIN/psql" "$admin_url" -tAc 'SHOW shared_preload_libraries')" != pg_stat_statements ]; then
  "$PG_BIN/psql" "$admin_url" -qc "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"
  stop_postgres "$STATE/pg"
  start_postgres "$STATE/pg" "$PG_PORT" postgres >/dev/null
fi
REDIS_URL=$(start_redis "$STATE/redis" "$REDIS_PORT")
export REDIS_URL
echo "scale: PostgreSQL 127.0.0.1:$PG_PORT, Redis 127.0.0.1:$REDIS_PORT, state $STATE"

URLS=()
for n in "${COUNTS[@]}"; do
  db="kensa_scale_$n"
  "$PG_BIN/dropdb" -h 127.0.0.1 -p "$PG_PORT" -U kensa --if-exists "$db"
  url=$(start_postgres "$STATE/pg" "$PG_PORT" "$db")
  URLS+=("$url")
  redis-cli -p "$REDIS_PORT" flushall >/dev/null
  DATABASE_URL=$url npx prisma migrate deploy >/dev/null
  "$PG_BIN/psql" "$url" -qc 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'
  # The bare engine runs in this process with the workers' V8 flags (workers/worker-node-flags.ts).
  DATABASE_URL=$url node --max-semi-space-size=64 --import tsx bench/scale/run-scale-scan.ts --count "$n" --state "$STATE" \
    --workers "$WORKERS" --concurrency "$CONCURRENCY" --scans "$SCANS" --max-minutes "${SCALE_MAX_MINUTES:-25}" \
    ${SCALE_ENGINE_COUNT:+--engine-count "$SCALE_ENGINE_COUNT"} \
    --pg-pid-file "$(pg_dir "$STATE/pg")/data/postmaster.pid" --redis-pid-file "$STATE/redis/redis.pid"
done

if [ ${#URLS[@]} -ge 2 ]; then
  node_modules/.bin/tsx bench/scale-queries.bench.ts --small "${URLS[0]}" --large "${URLS[-1]}"
fi
