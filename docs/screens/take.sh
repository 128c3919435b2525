#!/bin/sh
# Screenshots of the answer-first pages (first screen only): desktop 1280x800 and phone 390x844, en/fr/ja.
# Usage: docs/screens/take.sh http://127.0.0.1:8080   (Debian's /usr/bin/chromium, headless)
base=${1:-http://127.0.0.1:8080}
cd "$(dirname "$0")"
for lang in en fr ja; do
  for page in 550 5.7.1 235-vs-252 450-vs-550; do
    for size in desktop:1280,800 mobile:390,844; do
      name=${size%%:*}; dims=${size#*:}
      chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size="$dims" \
        --screenshot="$lang-$page-$name.png" "$base/$lang/smtp/$page" >/dev/null 2>&1
    done
  done
done
