#!/usr/bin/env bash
# Outage drill on PostgreSQL: a cluster of its own on port 5440 (initdb in /tmp; the machine's usual PostgreSQL is
# never touched), the app built with -Ppostgres on port 8095, public load with wrk and an editor saving every
# 0.25 s, PostgreSQL stopped for 10 s in the middle, then started. Prints 5xx on public requests (goal 0), what the
# admin area answered during the outage (goal 503 with the text kept), the recovery time of writes (goal < 5 s)
# and lost saves (goal 0). Usage: bench/outage.sh [jar]   (default: builds web/target/quarkus-app with -Ppostgres)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${ATLAS_BENCH_PORT:-8095}
PGPORT=${ATLAS_BENCH_PGPORT:-5440}
PGDIR=/tmp/atlas-outage-pg
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
DATA=/tmp/atlas-outage-data
PASSWORD=outage-Secret-99
JAR=${1:-}

as_postgres() { su postgres -s /bin/bash -c "$*"; }

if [ -z "$JAR" ]; then
  ./mvnw -B -o -q package -Ppostgres -DskipTests -pl web -am
  JAR=web/target/quarkus-app/quarkus-run.jar
fi

rm -rf "$PGDIR" "$DATA"
mkdir -p "$PGDIR" && chown postgres "$PGDIR"
as_postgres "$PGBIN/initdb -D $PGDIR -A trust -U postgres -E UTF8" >/dev/null
PGCTL="$PGBIN/pg_ctl -D $PGDIR -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1' -l $PGDIR/server.log -w"
as_postgres "$PGCTL start" >/dev/null
createdb -h 127.0.0.1 -p "$PGPORT" -U postgres atlas_outage

APP_PID=
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  as_postgres "$PGCTL stop -m fast" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# No ATLAS_SESSION_KEY: the key is generated once and kept in the database. The first start loads 9,360 texts in
# one transaction; a loaded machine needs more than the default 60 s for it.
ATLAS_DATA_DIR=$DATA ATLAS_ADMIN_PASSWORD=$PASSWORD ATLAS_DB_HOST=127.0.0.1 ATLAS_DB_PORT=$PGPORT \
  ATLAS_DB_NAME=atlas_outage ATLAS_DB_USER=postgres ATLAS_BASE_URL=http://127.0.0.1:$PORT QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=600s \
  java -Xmx512m -jar "$JAR" > /tmp/atlas-outage-app.log 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do curl -fsS "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "The app did not start: /tmp/atlas-outage-app.log"; exit 1; }

python3 bench/outage.py "http://127.0.0.1:$PORT" \
  "su postgres -s /bin/bash -c \"$PGCTL stop -m fast\"" \
  "su postgres -s /bin/bash -c \"$PGCTL start\"" \
  "pg_isready -h 127.0.0.1 -p $PGPORT -q" \
  "psql -h 127.0.0.1 -p $PGPORT -U postgres atlas_outage" \
  "$PASSWORD"
echo "session key in the log: $(grep -c -i 'temporary key\|encryption key' /tmp/atlas-outage-app.log || true) lines"
