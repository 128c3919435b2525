#!/usr/bin/env bash
# Bounce explainer benchmark: requests/s, p50 and p99 of POST /api/explain with a ~100 KB bounce (a three-recipient
# Postfix report returning a message with a base64 attachment), 16 connections on loopback. Goal: p99 <= 20 ms.
# Starts the built app (H2) on a spare port unless BASE_URL points at a running one.
#   ./mvnw -B package -DskipTests && bench/explain.sh        (DURATION=10s CONNECTIONS=16 THREADS=2 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-18091}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ -z "${BASE_URL:-}" ]; then
  BASE_URL="http://127.0.0.1:$PORT"
  ATLAS_DATA_DIR="$WORK" QUARKUS_HTTP_PORT=$PORT java -jar web/target/quarkus-app/quarkus-run.jar \
    > "$WORK/app.log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null; rm -rf "$WORK"' EXIT
  for _ in $(seq 1 90); do curl -fs "$BASE_URL/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
fi

# The test bounce, with the returned message grown to ~100 KB: a text body and a base64 attachment.
BOUNCE="$WORK/bounce.eml"
SAMPLE=web/src/test/resources/explain/postfix-three-recipients.eml
sed '$d' "$SAMPLE" > "$BOUNCE"     # everything but the closing boundary
{
  echo "--4F1A2B3C4D.1733595611/mail.example.org"
  echo "Content-Description: Undelivered Message"
  echo "Content-Type: message/rfc822"
  echo
  echo "From: Alice Sender <alice.sender@example.org>"
  echo "To: bob.martin@gmail.com"
  echo "Subject: Team dinner on Friday"
  echo "MIME-Version: 1.0"
  echo "Content-Type: multipart/mixed; boundary=\"inner\""
  echo
  echo "--inner"
  echo "Content-Type: text/plain; charset=UTF-8"
  echo
  for i in $(seq 1 300); do echo "Line $i of the message that could not be delivered, kept for the sender to see."; done
  echo "--inner"
  echo "Content-Type: application/pdf; name=menu.pdf"
  echo "Content-Transfer-Encoding: base64"
  echo
  head -c 54000 /dev/urandom | base64 -w 76
  echo "--inner--"
  echo "--4F1A2B3C4D.1733595611/mail.example.org--"
} >> "$BOUNCE"
echo "bounce: $(wc -c < "$BOUNCE") bytes"

STATUS=$(curl -s -o "$WORK/answer.json" -w '%{http_code}' -H 'Content-Type: message/rfc822' \
  --data-binary "@$BOUNCE" "$BASE_URL/api/explain?lang=fr")
[ "$STATUS" = 200 ] || { echo "/api/explain answered $STATUS" >&2; exit 1; }
grep -q '"recipient":"dave.kim@yahoo.com"' "$WORK/answer.json" || { echo "unexpected answer" >&2; exit 1; }

export BOUNCE
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s bench/explain-post.lua "$BASE_URL" > /dev/null   # warm up
echo "== POST /api/explain?lang=fr, ~100 KB bounce, $CONNECTIONS connections, $DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/explain-post.lua "$BASE_URL" \
  | grep -E '^\s+(50|99)%|Requests/sec|requests in|Non-2xx'
