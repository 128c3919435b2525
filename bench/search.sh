#!/usr/bin/env bash
# Search benchmark: queries never asked before (bench/search-unique.lua appends a unique number to each, so the
# answer cache never answers), 16 connections on loopback, against PostgreSQL full-text search on the same texts
# in the same run (bench/search-peer.sql, driven by pgbench with bench/search-peer.pgbench). Starts the built app
# (H2) on a spare port unless BASE_URL points at a running one.
#   ./mvnw -B package -DskipTests && bench/search.sh
#   DURATION=10s CONNECTIONS=16 THREADS=2 PORT=18080 PGURL=postgresql://postgres@127.0.0.1:5432/test_search
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
PGURL=${PGURL:-postgresql://postgres@127.0.0.1:5432/test_search}
SECONDS_RUN=${DURATION%s}
for tool in wrk psql pgbench curl; do
  command -v $tool >/dev/null || { echo "$tool is missing (apt-get install -y wrk postgresql-client)" >&2; exit 1; }
done

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"

if [ -z "${BASE_URL:-}" ]; then
  BASE_URL="http://127.0.0.1:$PORT"
  DATA_DIR=$(mktemp -d)
  ATLAS_DATA_DIR="$DATA_DIR" QUARKUS_HTTP_PORT=$PORT java -jar web/target/quarkus-app/quarkus-run.jar \
    > "$DATA_DIR/app.log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null; rm -rf "$DATA_DIR"' EXIT
  for _ in $(seq 1 300); do curl -fs "$BASE_URL/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "$BASE_URL/q/health/ready" >/dev/null || { echo "the app did not start: $DATA_DIR/app.log" >&2; exit 1; }
fi

echo "== loading the PostgreSQL peer ($PGURL)"
CONTENT_DIR=data/src/main/resources/content QUERY_FILE=bench/search-queries.txt \
  psql -q "$PGURL" -f bench/search-peer.sql 2>&1 | grep -v NOTICE

summary() {   # wrk --latency output -> p50 p99 requests/s
  grep -E '^\s+(50|99)%|Requests/sec|requests in|Non-2xx|Socket errors'
}

# Warm up both (JIT, buffers), then measure one after the other on the same machine.
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s bench/search-unique.lua "$BASE_URL" > /dev/null
pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T 3 -f bench/search-peer.pgbench "$PGURL" > /dev/null 2>&1

echo "== SMTP Atlas: GET /api/search, every query new (bench/search-unique.lua), $CONNECTIONS connections, $DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/search-unique.lua "$BASE_URL" | summary

echo "== PostgreSQL FTS peer: the same queries with a unique number, pgbench -M prepared, $CONNECTIONS connections"
pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$SECONDS_RUN" -P "$SECONDS_RUN" -r \
  --log --log-prefix=/tmp/search-peer-$$ -f bench/search-peer.pgbench "$PGURL" 2>&1 \
  | grep -E 'latency average|tps =|number of transactions actually'
# pgbench prints no percentiles: compute p50/p99 from its per-transaction log (4th column, microseconds).
cat /tmp/search-peer-$$.* | awk '{print $3}' | sort -n | awk '{v[NR]=$1} END {
  printf "    pgbench latency p50 %.2f ms, p99 %.2f ms over %d transactions\n", v[int(NR*0.5)]/1000, v[int(NR*0.99)]/1000, NR }'
rm -f /tmp/search-peer-$$.*

echo "== SMTP Atlas: a repeated query (answered from the cache), for reference"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE_URL/api/search?lang=en&q=mailbox%20unavailable" | summary
echo "== load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
