#!/usr/bin/env bash
# Search benchmark: p50/p99 latency and requests/s of /api/search and of the search page, 16 connections on
# loopback, bounded in time. Starts the built app (H2) on a spare port unless BASE_URL points at a running one.
#   ./mvnw -B package -DskipTests && bench/search.sh        (DURATION=10s CONNECTIONS=16 THREADS=2 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

if [ -z "${BASE_URL:-}" ]; then
  BASE_URL="http://127.0.0.1:$PORT"
  DATA_DIR=$(mktemp -d)
  ATLAS_DATA_DIR="$DATA_DIR" QUARKUS_HTTP_PORT=$PORT java -jar web/target/quarkus-app/quarkus-run.jar \
    > "$DATA_DIR/app.log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null; rm -rf "$DATA_DIR"' EXIT
  for _ in $(seq 1 60); do curl -fs "$BASE_URL/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
fi

# A mix of query kinds: words, a code, a pasted bounce line, a typo, another language.
run() {
  local name=$1 path=$2
  curl -fs -o /dev/null "$BASE_URL$path" || { echo "$BASE_URL$path does not answer 200" >&2; exit 1; }
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$BASE_URL$path" > /dev/null   # warm up
  echo "== $name: $path"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE_URL$path" \
    | grep -E '^\s+(50|99)%|Requests/sec|requests in|Non-2xx'
}

wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s bench/search-queries.lua "$BASE_URL" > /dev/null   # warm up
echo "== api, 18 queries of every kind and locale in turn (bench/search-queries.lua)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/search-queries.lua "$BASE_URL" \
  | grep -E '^\s+(50|99)%|Requests/sec|requests in|Non-2xx'

run "api, words"        "/api/search?lang=en&q=mailbox%20unavailable"
run "api, bounce line"  "/api/search?lang=en&q=550%205.1.1%20The%20email%20account%20that%20you%20tried%20to%20reach%20does%20not%20exist"
run "api, typo"         "/api/search?lang=en&q=authentcation%20sucessful"
run "api, french"       "/api/search?lang=fr&q=le%20serveur%20cache%20les%20utilisateurs"
run "page, words"       "/en/search?q=mailbox%20full"
