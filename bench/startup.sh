#!/usr/bin/env bash
# Start-up: the run command's time to first answer and the server's RSS with the demo data.
#   bench/startup.sh [starts=3]   first start makes the database and the demo data; later ones reuse it
# ALS_JAVA_OPTS is passed through, so settings can be compared: ALS_JAVA_OPTS="..." bench/startup.sh
# Needs a built WAR (mvn -q package -DskipTests). Loopback only; stops the server it starts.
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
starts="${1:-3}"
port="${BENCH_PORT:-8592}"
work="$(mktemp -d /tmp/als-startup.XXXXXX)"
export ALS_DATA_DIR="$work/data" ALS_HTTP_PORT="$port" ALS_DEMO_DATA=true
export ALS_ADMIN_EMAIL=facilitator@startup.example ALS_ADMIN_PASSWORD=startup-facilitator-pass-2012
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

for n in $(seq 1 "$starts"); do
    t0=$(date +%s.%N)
    bash "$top/payara-config/run.sh" >>"$work/server.log" 2>&1 &
    server=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = 200 ]; do
        kill -0 "$server" 2>/dev/null || { tail -20 "$work/server.log" >&2; exit 1; }
        sleep 0.1
    done
    first=$(echo "$(date +%s.%N) - $t0" | bc)
    rss_first=$(($(ps -o rss= -p "$server") / 1024))
    # a little use: the API signed in, the feed, the workshops list
    for _ in $(seq 1 20); do
        curl -s -o /dev/null -u "$ALS_ADMIN_EMAIL:$ALS_ADMIN_PASSWORD" "http://127.0.0.1:$port/api/workshops"
        curl -s -o /dev/null "http://127.0.0.1:$port/calendar/workshops.ics"
    done
    rss_used=$(($(ps -o rss= -p "$server") / 1024))
    printf 'start %d: first answer after %.1f s, RSS %d MB then %d MB after 40 requests, load %s\n' \
        "$n" "$first" "$rss_first" "$rss_used" "$(cut -d' ' -f1 /proc/loadavg)"
    kill "$server"
    wait "$server" 2>/dev/null || true
    server=""
done
