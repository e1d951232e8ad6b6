#!/usr/bin/env bash
# Search latency on 10,000 do's: starts the built app (payara-config/run.sh) on a spare port with
# its own data folder, loads the do's through the API, then times searches. Not part of mvn verify.
#
#   mvn -q -DskipTests package && bench/search-latency.sh
#
# Settings: BENCH_PORT (8190), BENCH_DATA (/tmp/bench-dos, wiped first), BENCH_DOS (10000),
# BENCH_QUERIES (2000). BENCH_KEEP_DATA=1 reuses the do's loaded by an earlier run (after a rebuild).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(dirname "$here")"
port="${BENCH_PORT:-8190}"
data="${BENCH_DATA:-/tmp/bench-dos}"
dos="${BENCH_DOS:-10000}"
queries="${BENCH_QUERIES:-2000}"
base="http://127.0.0.1:$port"
email="bench@alshub.test"
password="bench-password-$RANDOM$RANDOM"

[ -f "$top/target/als-hub.war" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
if curl -s -o /dev/null "$base/health"; then
    echo "port $port is in use: set BENCH_PORT" >&2
    exit 1
fi
if [ "${BENCH_KEEP_DATA:-0}" != 1 ]; then
    rm -rf "$data"
fi
# run.sh keeps Payara's runtime folder in the data folder; started again on it, Payara Micro
# deploys the app remembered there as well as the new one, and the second fails on Derby's lock
rm -rf "$data/payara"
mkdir -p "$data"

ALS_HTTP_PORT="$port" ALS_DATA_DIR="$data" ALS_DEMO_DATA=false \
    ALS_ADMIN_EMAIL="$email" ALS_ADMIN_PASSWORD="$password" \
    bash "$top/payara-config/run.sh" > "$data/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT

echo "waiting for the app on $base ..."
for _ in $(seq 1 120); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health" || true)" = "200" ]; then
        break
    fi
    sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health" || true)" = "200" ] || { echo "app did not start; see $data/server.log" >&2; exit 1; }

if [ "${BENCH_KEEP_DATA:-0}" != 1 ]; then
    java "$here/SearchBench.java" load "$base" "$email" "$password" "$dos" 4
fi
echo "published do's: $(curl -s "$base/api/practices?size=1" | sed 's/.*"total":\([0-9]*\).*/\1/')"
java "$here/SearchBench.java" search "$base" "$queries" 1
java "$here/SearchBench.java" search "$base" "$queries" 4
