#!/usr/bin/env bash
# `npm test`: the whole suite, from a fresh clone on a Debian machine with Node 20.
# Installs what is missing (Debian packages, npm ci), starts private PostgreSQL, Redis, Knot DNS and
# Dovecot IMAP instances on loopback ports of its own (never the demo's), runs typecheck+lint, unit and
# integration tests (Vitest) and the browser tests (Playwright in Debian's Chromium), then stops
# everything it started (the PostgreSQL cluster is deleted: each run starts from a fresh one).
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh
source scripts/lib/services.sh

STATE=$PWD/.kensa/test
PG_PORT=${KENSA_TEST_PG_PORT:-54330}
REDIS_PORT=${KENSA_TEST_REDIS_PORT:-63800}
DNS_PORT=${KENSA_TEST_DNS_PORT:-5392}
IMAP_PORT=${KENSA_TEST_IMAP_PORT:-14300}
export KENSA_E2E_PORT=${KENSA_E2E_PORT:-3100}

started=$(date +%s)
ensure_debian_packages
ensure_node_modules

cleanup() {
  if [ -n "${worker_pid:-}" ]; then
    kill "$worker_pid" 2>/dev/null || true
    wait "$worker_pid" 2>/dev/null || true
  fi
  stop_knot "$STATE/knot"
  stop_dovecot "$STATE/dovecot"
  stop_redis "$REDIS_PORT"
  remove_postgres "$STATE/pg"
}
trap cleanup EXIT
# The test cluster is thrown away on exit; one an interrupted run left behind is too.
remove_postgres "$STATE/pg"

export DATABASE_URL REDIS_URL KENSA_DNS_SERVERS
# The services start side by side: none needs another, and each spends most of its start waiting.
# The IMAP tests find the server, its test CA and users through these (testing/imap/test-imap.ts).
export KENSA_TEST_IMAP_PORT=$IMAP_PORT KENSA_TEST_IMAP_STATE=$STATE/dovecot
mkdir -p "$STATE"
start_redis "$STATE/redis" "$REDIS_PORT" >"$STATE/redis.url" & redis_pid=$!
start_knot "$STATE/knot" "$DNS_PORT" "$PWD/fixtures/zones" >"$STATE/knot.url" & knot_pid=$!
start_dovecot "$KENSA_TEST_IMAP_STATE" "$IMAP_PORT" >/dev/null & dovecot_pid=$!
DATABASE_URL=$(start_postgres "$STATE/pg" "$PG_PORT" kensa_test)
# The browser tests run the built app against a database of their own.
E2E_DATABASE_URL=$(start_postgres "$STATE/pg" "$PG_PORT" kensa_e2e)
npx prisma migrate reset --force >/dev/null & migrate_pid=$!
DATABASE_URL=$E2E_DATABASE_URL npx prisma migrate reset --force >/dev/null & e2e_migrate_pid=$!
# One wait each: under `set -e` a failed start then ends the script (an && list would not).
for pid in "$redis_pid" "$knot_pid" "$dovecot_pid" "$migrate_pid" "$e2e_migrate_pid"; do wait "$pid"; done
REDIS_URL=$(cat "$STATE/redis.url")
KENSA_DNS_SERVERS=$(cat "$STATE/knot.url")
# The app and worker trust the test CA as an operator trusts an internal one (docs/mailboxes.md).
export KENSA_IMAP_CA_FILE=$KENSA_TEST_IMAP_STATE/tls/ca.crt
redis-cli -p "$REDIS_PORT" flushall >/dev/null

echo "== build (Next.js, for the browser tests)"
# The build's own TypeScript pass is left out: tsc below checks the same tsconfig, and also the
# tests and the route types this build writes in .next/types.
KENSA_BUILD_WITHOUT_TYPECHECK=1 npx next build >"$STATE/next-build.log" 2>&1 ||
  { tail -n 60 "$STATE/next-build.log"; exit 1; }

echo "== typecheck and lint"
npx biome check . & biome_pid=$!
npx tsc --noEmit
wait "$biome_pid"

echo "== unit and integration tests (Vitest)"
npx vitest run | tee "$STATE/vitest.log"

echo "== browser tests (Playwright, Debian Chromium)"
DATABASE_URL=$E2E_DATABASE_URL node --max-semi-space-size=64 --import tsx workers/main.ts >"$STATE/worker.log" 2>&1 &
worker_pid=$!
DATABASE_URL=$E2E_DATABASE_URL npx playwright test | tee "$STATE/playwright.log"

# One plain summary line over both runners (each already failed the script on any failure).
count() { sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -oE "$2" | grep -oE '[0-9]+' | head -n 1 || true; }
unit=$(count "$STATE/vitest.log" 'Tests +[0-9]+ passed')
browser=$(count "$STATE/playwright.log" '^ *[0-9]+ passed')
echo "== all tests passed in $(( $(date +%s) - started )) s"
echo "kensa: $(( ${unit:-0} + ${browser:-0} )) passed, 0 failed"
