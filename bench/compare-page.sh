#!/usr/bin/env bash
# Comparison page vs nginx: requests/s and p50/p99 of /en/smtp/235-vs-252 from the app, and of the same bytes
# served by nginx as a static file on the same machine. Goal: the app well over half of nginx's rate.
#   ./mvnw -B package -DskipTests && bench/compare-page.sh     (DURATION=10s CONNECTIONS=16 THREADS=2)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18088}
PAGE=${PAGE:-/en/smtp/235-vs-252}
for tool in wrk nginx; do
  command -v $tool >/dev/null || { echo "$tool is missing: apt-get install -y wrk nginx" >&2; exit 1; }
done

WORK=$(mktemp -d)
ATLAS_DATA_DIR="$WORK" QUARKUS_HTTP_PORT=$APP_PORT java -jar web/target/quarkus-app/quarkus-run.jar \
  > "$WORK/app.log" 2>&1 &
APP=$!
cleanup() { kill $APP 2>/dev/null || true; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$APP_PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done

# The same page, as nginx would serve it from disk (gzip off on both sides: wrk sends no Accept-Encoding).
mkdir -p "$WORK/root$(dirname "$PAGE")"
curl -fs "http://127.0.0.1:$APP_PORT$PAGE" > "$WORK/root$PAGE"
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;
  uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/root; }
}
CONF
mkdir -p "$WORK/tmp"
chmod -R a+rX "$WORK"
nginx -c "$WORK/nginx.conf"

run() {
  local name=$1 url=$2
  for _ in 1 2 3; do curl -s -o /dev/null "$url"; done
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$url" > /dev/null   # warm up
  echo "== $name: $url"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" | grep -E '^\s+(50|99)%|Requests/sec|Non-2xx'
}
run "nginx, static file" "http://127.0.0.1:$NGINX_PORT$PAGE"
run "app" "http://127.0.0.1:$APP_PORT$PAGE"
