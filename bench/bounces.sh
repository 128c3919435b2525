#!/usr/bin/env bash
# Bounce explainer engine vs Sisimai 4.25 (Debian's libsisimai-perl) on the development set, in one run:
# status / reply code / reason agreement (the set's fair scoring: literal statuses only, multiset per email) and
# emails/s single-threaded for each, plus the engine's latency on a 100 KB bounce at 16 concurrent callers.
#   bench/bounces.sh            (PASSES=20; needs: apt-get install -y libsisimai-perl)
set -euo pipefail
cd "$(dirname "$0")/.."

PASSES=${PASSES:-20}
SET=data/src/test/resources/bounces-dev
perl -MSisimai -e 1 2>/dev/null || { echo "Sisimai is missing: apt-get install -y libsisimai-perl" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

./mvnw -B -o -q test-compile dependency:build-classpath -pl data -am \
  -Dmdep.outputFile="$WORK/classpath" -Dmdep.includeScope=test >/dev/null
CLASSPATH="data/target/test-classes:data/target/classes:core/target/classes:$(cat "$WORK/classpath")"

echo "Sisimai $(perl -MSisimai -e 'print $Sisimai::VERSION'), $(ls "$SET/emails" | wc -l) emails ..."
perl bench/sisimai-bounces.pl "$SET"/emails/*.eml > "$WORK/sisimai.tsv"

echo "engine (java $(java -version 2>&1 | head -1 | cut -d'"' -f2)) ..."
java -cp "$CLASSPATH" io.smtpatlas.data.bounce.BounceBench "$SET" "$WORK/sisimai.tsv" "$PASSES"
