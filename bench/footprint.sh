#!/usr/bin/env bash
# Start time and memory of one instance, and its page throughput against nginx serving the same pages as files:
#   - start to ready (/q/health/ready): first start (empty data directory: schema, content, index), then a second
#     start on the same data; best of 3 each;
#   - resident memory (RSS) idle, after a crawl of every page of the sitemap, after 60 s of search load with queries
#     that are mostly new (random words of the site's titles, every locale);
#   - requests/s on a random mix of pages, app vs nginx (gzip_static: both send the same gzip bytes).
#   ./mvnw -B package -DskipTests && bench/footprint.sh    (RUNS=3 MIX=3000 DURATION=10s SEARCH_LOAD=60s)
# JAVA_OPTS defaults to the flags of README's run command.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
MIX=${MIX:-3000}
DURATION=${DURATION:-10s}
SEARCH_LOAD=${SEARCH_LOAD:-60s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-18090}
NGINX_PORT=${NGINX_PORT:-18098}
APP=web/target/quarkus-app
JAVA_OPTS=${JAVA_OPTS:-"-XX:SharedArchiveFile=app-cds.jsa -XX:+UseSerialGC -Xmx96m -Xss512k -XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=128m"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
for tool in wrk nginx curl python3; do
  command -v $tool >/dev/null || { echo "$tool is missing: apt-get install -y wrk nginx curl python3" >&2; exit 1; }
done
[ -f "$APP/quarkus-run.jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }

WORK=$(mktemp -d)
PID=
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  if [ -f "$WORK/nginx.pid" ]; then kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
BASE="http://127.0.0.1:$PORT"

# Starts the app on $1 as data directory; READY is the milliseconds from launch to ready.
start() {
  local t0 t1
  if curl -fs -o /dev/null "$BASE/q/health/ready"; then echo "port $PORT is taken: set PORT" >&2; exit 1; fi
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  # From the app's folder: the class data sharing archive records the class path as the build ran it.
  (cd "$APP" && ATLAS_DATA_DIR="$1" QUARKUS_HTTP_PORT=$PORT ATLAS_ADMIN_PASSWORD=bench-password \
    exec java $JAVA_OPTS -jar quarkus-run.jar >> "$WORK/app.log" 2>&1) &
  PID=$!
  until curl -fs -o /dev/null "$BASE/q/health/ready"; do
    kill -0 "$PID" 2>/dev/null || { echo "the app died, see its log:" >&2; tail -30 "$WORK/app.log" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  READY=$(( (t1 - t0) / 1000000 ))
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }
rss() {
  awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/$PID/status"
  [ -z "${NMT:-}" ] || jcmd "$PID" VM.native_memory summary | grep -E '^-|Total' | sed -E 's/ *\(reserved=[0-9]+KB, / (/' >&2
}
best() { tr ' ' '\n' | sort -n | head -1; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX JAVA_OPTS=$JAVA_OPTS"

firsts=() seconds=()
for run in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/data"
  : > "$WORK/app.log"
  start "$WORK/data"
  firsts+=("$READY")
  # Let the first index build finish, so that the second start finds it on disk.
  for _ in $(seq 1 300); do grep -q "Search index built" "$WORK/app.log" && break; sleep 0.1; done
  sleep 1
  stop
  start "$WORK/data"
  seconds+=("$READY")
  stop
done
if [ "$RUNS" -gt 0 ]; then
  echo "start, first (empty database, full load): best $(echo "${firsts[*]}" | best) ms of ${firsts[*]}"
  echo "start, second (unchanged content):        best $(echo "${seconds[*]}" | best) ms of ${seconds[*]}"
fi

start "$WORK/data"
sleep 5
echo "RSS idle: $(rss)"

# Every page of the sitemap, once, as a crawler fetches them (gzip, a few connections).
curl -fs "$BASE/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -E 's#</?loc>##g; s#^https?://[^/]*##' > "$WORK/sitemaps"
: > "$WORK/pages"
while read -r sitemap; do
  curl -fs --compressed "$BASE$sitemap" | grep -o '<loc>[^<]*</loc>' | sed -E 's#</?loc>##g; s#^https?://[^/]*##' \
    >> "$WORK/pages"
done < "$WORK/sitemaps"
if [ -z "${ONLY_MIX:-}" ]; then
sed "s#^#url = \"$BASE#; s#\$#\"\\noutput = /dev/null#" "$WORK/pages" > "$WORK/crawl.curl"
t0=$(date +%s)
curl -fs --no-progress-meter --compressed --parallel --parallel-max 4 -K "$WORK/crawl.curl" || echo "some pages failed in the crawl" >&2
echo "crawl: $(wc -l < "$WORK/pages") pages in $(( $(date +%s) - t0 )) s; RSS after crawl: $(rss)"

# Search load: 1 to 3 words picked from the titles of every locale, so most queries are asked for the first time.
python3 - "$BASE" "$WORK/queries" <<'PY'
import json, random, sys, urllib.parse, urllib.request
base, out = sys.argv[1], sys.argv[2]
random.seed(12)
words = {}
for lang in ["en", "fr", "vi", "de", "es", "pt", "ja", "zh"]:
    with urllib.request.urlopen(f"{base}/api/codes?lang={lang}") as answer:
        titles = [code["title"] for code in json.load(answer)]
    words[lang] = sorted({w for t in titles for w in t.split() if len(w) > 2}) or titles
with open(out, "w") as f:
    for _ in range(50000):
        lang = random.choice(list(words))
        q = " ".join(random.choice(words[lang]) for _ in range(random.randint(1, 3)))
        f.write(f"/api/search?lang={lang}&q={urllib.parse.quote(q)}\n")
PY
PATHS="$WORK/queries" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$SEARCH_LOAD" -s bench/random-paths.lua "$BASE" \
  | grep -E 'Requests/sec|Non-2xx' | sed 's/^/search load: /'
echo "RSS after search load: $(rss)"
fi

# The same random mix of pages from the app and from nginx serving the app's bytes as files (.gz beside each).
shuf -n "$MIX" --random-source=<(yes) "$WORK/pages" > "$WORK/mix"
mkdir -p "$WORK/root" "$WORK/tmp"
: > "$WORK/export-plain.curl"
: > "$WORK/export-gzip.curl"
while read -r page; do
  file="$WORK/root$page"
  case "$page" in */) file="${file}index.html" ;; esac
  mkdir -p "$(dirname "$file")"
  printf 'url = "%s"\noutput = "%s"\n' "$BASE$page" "$file" >> "$WORK/export-plain.curl"
  printf 'url = "%s"\noutput = "%s.gz"\n' "$BASE$page" "$file" >> "$WORK/export-gzip.curl"
done < "$WORK/mix"
curl -fs -K "$WORK/export-plain.curl"
curl -fs -H 'Accept-Encoding: gzip' -K "$WORK/export-gzip.curl"
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  gzip off;
  gzip_static on;
  etag on;
  client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;
  uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/root; index index.html; }
}
CONF
chmod -R a+rX "$WORK"
nginx -c "$WORK/nginx.conf"
mixed() {
  PATHS="$WORK/mix" wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -s bench/random-paths.lua "$1" > /dev/null
  PATHS="$WORK/mix" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/random-paths.lua "$1" \
    | tee "$WORK/wrk.out" | grep -E '^\s+(50|99)%|Non-2xx' >&2
  awk '/Requests\/sec/ { print int($2) }' "$WORK/wrk.out"
}
curl -fs -o /dev/null -H 'Accept-Encoding: gzip' -w '' "http://127.0.0.1:$NGINX_PORT$(head -1 "$WORK/mix")"
echo "== nginx, $MIX pages as files (gzip_static)" >&2
nginx_rps=$(mixed "http://127.0.0.1:$NGINX_PORT")
echo "== app, the same $MIX pages" >&2
app_rps=$(mixed "$BASE")
echo "random mix of $MIX pages: app $app_rps req/s, nginx $nginx_rps req/s, ratio $(python3 -c "print(f'{$app_rps / $nginx_rps:.2f}')")x"
echo "RSS at the end: $(rss)"
