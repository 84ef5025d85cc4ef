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
DATABASE_URL=$(start_postgres "$STATE/pg" "$PG_PORT" kensa_test)
REDIS_URL=$(start_redis "$STATE/redis" "$REDIS_PORT")
KENSA_DNS_SERVERS=$(start_knot "$STATE/knot" "$DNS_PORT" "$PWD/fixtures/zones")
# The IMAP tests find the server, its test CA and users through these (testing/imap/test-imap.ts).
export KENSA_TEST_IMAP_PORT=$IMAP_PORT KENSA_TEST_IMAP_STATE=$STATE/dovecot
start_dovecot "$KENSA_TEST_IMAP_STATE" "$IMAP_PORT" >/dev/null
# The app and worker trust the test CA as an operator trusts an internal one (docs/mailboxes.md).
export KENSA_IMAP_CA_FILE=$KENSA_TEST_IMAP_STATE/tls/ca.crt
redis-cli -p "$REDIS_PORT" flushall >/dev/null
npx prisma migrate reset --force >/dev/null

echo "== typecheck and lint"
npm run -s check

echo "== unit and integration tests (Vitest)"
npx vitest run | tee "$STATE/vitest.log"

echo "== browser tests (Playwright, Debian Chromium)"
# The browser tests run the built app against a database of their own.
E2E_DATABASE_URL=$(start_postgres "$STATE/pg" "$PG_PORT" kensa_e2e)
DATABASE_URL=$E2E_DATABASE_URL npx prisma migrate reset --force >/dev/null
npx next build >"$STATE/next-build.log" 2>&1 || { tail -n 60 "$STATE/next-build.log"; exit 1; }
DATABASE_URL=$E2E_DATABASE_URL node_modules/.bin/tsx workers/main.ts >"$STATE/worker.log" 2>&1 &
worker_pid=$!
DATABASE_URL=$E2E_DATABASE_URL npx playwright test | tee "$STATE/playwright.log"

# One plain summary line over both runners (each already failed the script on any failure).
count() { sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -oE "$2" | grep -oE '[0-9]+' | head -n 1 || true; }
unit=$(count "$STATE/vitest.log" 'Tests +[0-9]+ passed')
browser=$(count "$STATE/playwright.log" '^ *[0-9]+ passed')
echo "== all tests passed in $(( $(date +%s) - started )) s"
echo "kensa: $(( ${unit:-0} + ${browser:-0} )) passed, 0 failed"
