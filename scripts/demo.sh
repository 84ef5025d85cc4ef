#!/usr/bin/env bash
# `npm run demo`: Kensa with a demo dataset, offline, from a fresh clone on a Debian machine.
# Installs what is missing, starts private PostgreSQL, Redis and Knot DNS (serving the fictional
# *.test fixture zones) on loopback, and Unbound validating DNSSEC in front of that Knot, migrates, loads the demo data, builds the app when the source
# changed, then runs the web app and a worker until Ctrl-C, which stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh
source scripts/lib/services.sh

STATE=$PWD/.kensa/demo
export PORT=${PORT:-3000}  # also read by seed-demo.ts for the public status link it prints
PG_PORT=${KENSA_DEMO_PG_PORT:-54320}
REDIS_PORT=${KENSA_DEMO_REDIS_PORT:-63790}
DNS_PORT=${KENSA_DEMO_DNS_PORT:-5391}
export KENSA_ADMIN_EMAIL=${KENSA_ADMIN_EMAIL:-admin@kensa.test}
export KENSA_ADMIN_PASSWORD=${KENSA_ADMIN_PASSWORD:-kensa-demo-password}

ensure_debian_packages
ensure_node_modules

pids=()
cleanup() {
  trap - INT TERM EXIT
  echo; echo "kensa: stopping"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  stop_port_daemon "$STATE/https"
  stop_port_daemon "$STATE/resolver"
  stop_knot "$STATE/knot"
  stop_redis "$REDIS_PORT"
  stop_postgres "$STATE/pg"
}
trap cleanup INT TERM EXIT

export DATABASE_URL REDIS_URL KENSA_DNS_SERVERS
DATABASE_URL=$(start_postgres "$STATE/pg" "$PG_PORT" kensa)
REDIS_URL=$(start_redis "$STATE/redis" "$REDIS_PORT")
KNOT_DNS=$(start_knot "$STATE/knot" "$DNS_PORT" "$PWD/fixtures/zones")
# Scans ask Unbound, which validates DNSSEC (Knot signing the *.dnssec.test cases, trust anchor
# dnssec.test), resolves the fixture zones through the Knot above and refuses every other name at
# once, as Knot does (docs/transport-security.md). Without it the demo asks Knot directly and
# DNSSEC shows as unknown.
if RESOLVER_PORT=$(start_demo_resolver "$STATE/resolver" "$KNOT_DNS" "$PWD/fixtures/zones"); then
  KENSA_DNS_SERVERS=127.0.0.1:$RESOLVER_PORT
  export KENSA_DNS_VALIDATING=true
  DNS_NOTE="Unbound validating DNSSEC; behind it Knot on $KNOT_DNS, zones in fixtures/zones"
else
  echo "kensa: the validating resolver (Unbound) did not start, see $STATE/resolver/log;" \
    "scans ask Knot directly and DNSSEC shows as unknown" >&2
  KENSA_DNS_SERVERS=$KNOT_DNS
  export KENSA_DNS_VALIDATING=false
  DNS_NOTE="Knot, zones in fixtures/zones; not validating: DNSSEC unknown"
fi
npx prisma migrate deploy >/dev/null
# The MTA-STS policies and BIMI logos of the fixture zone's case domains, served over HTTPS on
# loopback with a test CA: the worker trusts that CA (NODE_EXTRA_CA_CERTS), fetches from its port and
# may connect to 127.0.0.1, which production refuses (docs/transport-checks.md).
KENSA_MTA_STS_PORT=$(start_https_fixture "$STATE/https")
export KENSA_MTA_STS_PORT KENSA_MTA_STS_ALLOW=127.0.0.1 NODE_EXTRA_CA_CERTS=$STATE/https/ca.pem

# Rebuild only when the sources changed since the last demo build.
stamp=$( (git rev-parse HEAD 2>/dev/null; git status --porcelain 2>/dev/null; git diff 2>/dev/null) | sha256sum | cut -d' ' -f1)
if [ ! -f .next/BUILD_ID ] || [ "$(cat "$STATE/build-stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "kensa: building the web app (first run or changed sources)"
  npx next build >"$STATE/next-build.log" 2>&1 || { tail -n 60 "$STATE/next-build.log"; exit 1; }
  echo "$stamp" > "$STATE/build-stamp"
fi

node --max-semi-space-size=64 --import tsx workers/main.ts &
pids+=($!)
npx tsx scripts/seed-demo.ts
node_modules/.bin/next start -p "$PORT" -H 127.0.0.1 &
pids+=($!)
healthy=
for _ in $(seq 120); do
  if node -e "fetch('http://127.0.0.1:$PORT/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; then
    healthy=1; break
  fi
  sleep 0.5
done
[ -n "$healthy" ] || { echo "kensa: the web app did not start on port $PORT (is the port in use? set PORT=…)" >&2; exit 1; }

cat <<MSG

  Kensa is running:  http://127.0.0.1:$PORT
  Sign in as         $KENSA_ADMIN_EMAIL / $KENSA_ADMIN_PASSWORD
  Demo DNS:          $KENSA_DNS_SERVERS  ($DNS_NOTE)
  Demo HTTPS:        127.0.0.1:$KENSA_MTA_STS_PORT  (MTA-STS policies and BIMI logos, test CA)
  Press Ctrl-C to stop.

MSG
wait -n "${pids[@]}"
