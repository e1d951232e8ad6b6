#!/usr/bin/env bash
# No data lost: concurrent writers add members through the API, the server is killed with
# SIGKILL in the middle, restarted on the same Derby folder, and every write it acknowledged
# (HTTP 201) must be there, none twice.
#   usage: bench/kill-test.sh [writers=8] [seconds-before-kill=15]
# Needs a built WAR (mvn -q package -DskipTests). Uses 127.0.0.1 only.
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
writers="${1:-8}"
before_kill="${2:-15}"
port="${KILL_TEST_PORT:-8391}"
work="$(mktemp -d /tmp/als-kill-test.XXXXXX)"
export ALS_DATA_DIR="$work/data" ALS_HTTP_PORT="$port" ALS_DEMO_DATA=false
export ALS_ADMIN_EMAIL=kill@test.example ALS_ADMIN_PASSWORD=kill-test-password-1
auth="kill@test.example:kill-test-password-1"
base="http://127.0.0.1:$port"

start_server() {
    bash "$top/payara-config/run.sh" >>"$work/server.log" 2>&1 &
    for _ in $(seq 1 180); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health")" = 200 ] && return 0
        sleep 1
    done
    echo "server did not start; see $work/server.log" >&2; exit 1
}

writer() { # writes until the server stops answering; logs each acknowledged email
    local n=0
    while :; do
        n=$((n + 1))
        local email="w$1-$n@kill.test"
        local code
        code=$(curl -s -o /dev/null -w '%{http_code}' -m 10 -u "$auth" -H 'Content-Type: application/json' \
            -d "{\"name\":\"Writer $1 number $n\",\"email\":\"$email\"}" "$base/api/members" || true)
        if [ "$code" = 201 ]; then echo "$email" >>"$work/acked-$1"; fi
        if [ "$code" = 000 ]; then break; fi
    done
}

start_server
echo "server up; $writers writers for ${before_kill}s, then kill -9"
for w in $(seq 1 "$writers"); do writer "$w" & done
sleep "$before_kill"
pid=$(pgrep -f "payara-micro.jar.*--port $port" | head -1)
kill -9 "$pid"
wait 2>/dev/null || true
acked=$(cat "$work"/acked-* 2>/dev/null | sort)
echo "killed pid $pid; acknowledged writes: $(echo "$acked" | grep -c . || true)"

start_server
page=0
: >"$work/found"
while :; do
    body=$(curl -s -u "$auth" "$base/api/members?size=100&page=$page")
    [[ "$body" == *'"items":[]'* || -z "$body" ]] && break
    echo "$body" | grep -o '"email":"[^"]*@kill.test"' | cut -d'"' -f4 >>"$work/found" || true
    page=$((page + 1))
done
found=$(sort "$work/found")
missing=$(comm -23 <(echo "$acked") <(echo "$found" | sort -u) | grep -c . || true)
duplicates=$(echo "$found" | uniq -d | grep -c . || true)
echo "after restart: found $(echo "$found" | grep -c .) writer rows; acknowledged but missing: $missing; duplicated: $duplicates"
pkill -f "payara-micro.jar.*--port $port" || true
[ "$missing" = 0 ] && [ "$duplicates" = 0 ] && echo "PASS: nothing acknowledged was lost" && rm -rf "$work" && exit 0
echo "FAIL (data kept in $work)"; exit 1
