#!/usr/bin/env bash
# The dashboard's reads at two sizes without scanning: for each N a fresh database filled by
# bench/load-synthetic-domains.ts (registered domains, groups, current state), then
# bench/scale-queries.bench.ts on the smallest and the largest. A private PostgreSQL on a free
# loopback port, state in .kensa/scale-queries (or SCALE_QUERIES_STATE); never the demo or test one.
#
#   bash bench/scale-queries.sh 1000 100000
#   SCALE_QUERIES_KEEP=1 …   leave PostgreSQL running and the databases filled (a second run with
#                            SCALE_QUERIES_REUSE=1 skips the loading)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh
source scripts/lib/services.sh

STATE=${SCALE_QUERIES_STATE:-$PWD/.kensa/scale-queries}
COUNTS=("$@")
[ ${#COUNTS[@]} -gt 0 ] || COUNTS=(1000 100000)
mkdir -p "$STATE"
if [ ! -f "$STATE/port" ]; then
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})" >"$STATE/port"
fi
PG_PORT=$(cat "$STATE/port")
[ -n "${SCALE_QUERIES_KEEP:-}" ] || trap 'stop_postgres "$STATE/pg"' EXIT

start_postgres "$STATE/pg" "$PG_PORT" postgres >/dev/null
URLS=()
for n in "${COUNTS[@]}"; do
  db="kensa_queries_$n"
  if [ -z "${SCALE_QUERIES_REUSE:-}" ]; then
    "$PG_BIN/dropdb" -h 127.0.0.1 -p "$PG_PORT" -U kensa --if-exists "$db"
  fi
  url=$(start_postgres "$STATE/pg" "$PG_PORT" "$db")
  URLS+=("$url")
  if [ -z "${SCALE_QUERIES_REUSE:-}" ]; then
    DATABASE_URL=$url npx prisma migrate deploy >/dev/null
    DATABASE_URL=$url node_modules/.bin/tsx bench/load-synthetic-domains.ts --count "$n"
  fi
done
node_modules/.bin/tsx bench/scale-queries.bench.ts --small "${URLS[0]}" --large "${URLS[-1]}" --runs "${SCALE_QUERIES_RUNS:-7}"
