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
  ATLAS_DATA_DIR="$DATA_DIR" QUARKUS_HTTP_PORT=$PORT java -jar "${APP_JAR:-web/target/quarkus-app/quarkus-run.jar}" \
    > "$DATA_DIR/app.log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null; rm -rf "$DATA_DIR"' EXIT
  for _ in $(seq 1 300); do curl -fs "$BASE_URL/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "$BASE_URL/q/health/ready" >/dev/null || { echo "the app did not start: $DATA_DIR/app.log" >&2; exit 1; }
fi

echo "== loading the PostgreSQL peer ($PGURL)"
CONTENT_DIR=data/src/main/resources/content QUERY_FILE=bench/search-queries.txt \
  psql -q "$PGURL" -f bench/search-peer.sql 2>&1 | grep -v NOTICE

# CPU time (ms) used so far by processes: on a shared machine the queue for the CPU blurs latency, while the CPU a
# query costs is the same whatever else runs.
cpu_ms() {
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo $((total * 1000 / $(getconf CLK_TCK)))
}
peer_backends() {
  psql -At "$PGURL" -c "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'pgbench'"
}

summary() {   # wrk --latency output -> p50 p99 requests/s
  grep -E '^\s+(50|99)%|Requests/sec|requests in|Non-2xx|Socket errors'
}

# Warm up both (JIT, buffers), then measure one after the other on the same machine.
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s bench/search-unique.lua "$BASE_URL" > /dev/null
pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T 3 -f bench/search-peer.pgbench "$PGURL" > /dev/null 2>&1

echo "== SMTP Atlas: GET /api/search, every query new (bench/search-unique.lua), $CONNECTIONS connections, $DURATION"
APP_CPU_BEFORE=$(cpu_ms ${APP:-})
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/search-unique.lua "$BASE_URL" > /tmp/search-wrk-$$.txt
APP_CPU=$(( $(cpu_ms ${APP:-}) - APP_CPU_BEFORE ))
summary < /tmp/search-wrk-$$.txt
REQUESTS=$(awk '/requests in/ {print $1}' /tmp/search-wrk-$$.txt)
[ -n "${APP:-}" ] && awk -v cpu="$APP_CPU" -v n="$REQUESTS" \
  'BEGIN { printf "    app CPU %.3f ms per request (%d ms of CPU for %d requests)\n", cpu / n, cpu, n }'
rm -f /tmp/search-wrk-$$.txt

echo "== PostgreSQL FTS peer: the same queries with a unique number, pgbench -M prepared, $CONNECTIONS connections"
PGAPPNAME=pgbench pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$SECONDS_RUN" -r \
  --log --log-prefix=/tmp/search-peer-$$ -f bench/search-peer.pgbench "$PGURL" > /tmp/search-pgbench-$$.txt 2>&1 &
PGBENCH=$!
# Backends exit with their connections: read their CPU from /proc two seconds in and two seconds before the end.
START=$SECONDS
sleep 2; BACKENDS=$(peer_backends); PEER_CPU_BEFORE=$(cpu_ms $BACKENDS); WINDOW_START=$SECONDS
sleep $((SECONDS_RUN - 2 - (SECONDS - START) > 0 ? SECONDS_RUN - 2 - (SECONDS - START) : 0))
PEER_CPU=$(( $(cpu_ms $BACKENDS) - PEER_CPU_BEFORE )); WINDOW=$((SECONDS - WINDOW_START))
wait $PGBENCH
grep -E 'latency average|tps =|number of transactions actually' /tmp/search-pgbench-$$.txt
TPS=$(awk '/^tps =/ {print $3}' /tmp/search-pgbench-$$.txt)
awk -v cpu="$PEER_CPU" -v tps="$TPS" -v s="$((WINDOW > 0 ? WINDOW : 1))" \
  'BEGIN { printf "    PostgreSQL backends CPU %.3f ms per query (%d ms of CPU over %d s)\n", cpu / (tps * s), cpu, s }'
rm -f /tmp/search-pgbench-$$.txt
# pgbench prints no percentiles: compute p50/p99 from its per-transaction log (4th column, microseconds).
cat /tmp/search-peer-$$.* | awk '{print $3}' | sort -n | awk '{v[NR]=$1} END {
  printf "    pgbench latency p50 %.2f ms, p99 %.2f ms over %d transactions\n", v[int(NR*0.5)]/1000, v[int(NR*0.99)]/1000, NR }'
rm -f /tmp/search-peer-$$.*

echo "== SMTP Atlas: a repeated query (answered from the cache), for reference"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE_URL/api/search?lang=en&q=mailbox%20unavailable" | summary
echo "== load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
