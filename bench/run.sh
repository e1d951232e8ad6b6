#!/usr/bin/env bash
# The national-size benchmark: one command.
#   bench/run.sh [scale=1]        scale 1 = 100,000 members, 1,000 sets x 10 years of monthly
#                                 workshops, 1,000,000 actions; scale 0.01 is a smoke run (< 1 min)
# Generates the data once per scale (target/bench-<scale>, reused afterwards), starts the app on
# it (payara-config/run.sh on 127.0.0.1:$BENCH_PORT), measures each read with wrk at 16 and 64
# connections, then nginx serving the same bytes of the public feed from a file. Loopback only;
# everything it starts is stopped on exit. Needs: a built WAR (mvn -q package -DskipTests), wrk, nginx.
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
scale="${1:-1}"
port="${BENCH_PORT:-8590}"
nginx_port="${BENCH_NGINX_PORT:-8591}"
seconds="${BENCH_SECONDS:-10}"
data="${BENCH_DATA_DIR:-$top/target/bench-$scale}"
work="$(mktemp -d /tmp/als-bench.XXXXXX)"
chmod 755 "$work"
base="http://127.0.0.1:$port"
export ALS_DATA_DIR="$data" ALS_HTTP_PORT="$port" ALS_DEMO_DATA=false ALS_BIND_ADDRESS=127.0.0.1
export ALS_ADMIN_EMAIL=facilitator@bench.example ALS_ADMIN_PASSWORD=bench-facilitator-pass-2012
facilitator="$ALS_ADMIN_EMAIL:$ALS_ADMIN_PASSWORD"
officer_password=bench-officer-pass-2012
server=""
nginx_pid=""

stop() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
    server=""
    nginx_pid=""
}
trap stop EXIT

for tool in wrk nginx curl java; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y wrk nginx)" >&2; exit 1; }
done
[ -f "$top/target/als-hub.war" ] && [ -f "$top/target/payara-micro.jar" ] \
    || { echo "build first: mvn -q -B package -DskipTests" >&2; exit 1; }

start_server() { # writes the seconds to first answer to $work/first-answer
    local t0
    t0=$(date +%s.%N)
    bash "$top/payara-config/run.sh" >>"$work/server.log" 2>&1 &
    server=$!
    for _ in $(seq 1 600); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health")" = 200 ]; then
            echo "$(date +%s.%N) - $t0" | bc >"$work/first-answer"
            return 0
        fi
        kill -0 "$server" 2>/dev/null || break
        sleep 0.25
    done
    echo "server did not start; see $work/server.log" >&2
    tail -30 "$work/server.log" >&2
    exit 1
}

if [ ! -f "$data/generated" ]; then
    rm -rf "$data"
    mkdir -p "$data"
    echo "== making the schema: the app's own first start (Liquibase) on $data"
    start_server
    stop
    echo "== generating the national data set at scale $scale"
    api_jar=$(find ~/.m2/repository/jakarta/platform/jakarta.jakartaee-api -name '*.jar' | head -1)
    java -Xmx1g -cp "$top/target/classes:$top/target/als-hub/WEB-INF/lib/*:$api_jar" \
        "$top/bench/NationalData.java" "$data" "$scale" | tee "$data/generated.txt"
    touch "$data/generated"
fi

echo "== starting the app on the national data set"
start_server
first_answer=$(cat "$work/first-answer")
rss_start=$(ps -o rss= -p "$server" | tr -d ' ')
# the first member the generator made (the facilitator made by the first start is number 1)
officer_id=2
officer_email="member$officer_id@bench.example"
officer="$officer_email:$officer_password"
curl -s -o /dev/null -u "$facilitator" -H 'Content-Type: application/json' \
    -d "{\"role\":\"OFFICER\",\"password\":\"$officer_password\"}" "$base/api/members/$officer_id/account"
# the first sign-in pays PBKDF2 (210,000 iterations); SignInCache answers the rest
signin_first=$(curl -s -o /dev/null -w '%{time_total}' -u "$officer" "$base/api/me")
signin_cached=$(curl -s -o /dev/null -w '%{time_total}' -u "$officer" "$base/api/me")
# do's for the full-text search, posted once through the API (the app indexes them as it saves them)
dos=$(echo "d = 10000 * $scale; if (d < 200) d = 200; scale = 0; d / 1" | bc)
if [ ! -f "$data/dos-loaded" ]; then
    echo "== posting $dos do's through the API (once per data folder)"
    java "$top/bench/SearchBench.java" load "$base" "$ALS_ADMIN_EMAIL" "$ALS_ADMIN_PASSWORD" "$dos" 4
    touch "$data/dos-loaded"
fi
feed_url=$(curl -s -u "$officer" -X POST "$base/api/me/calendar-feed" | sed -E 's/.*"url":"([^"]*)".*/\1/')
feed_path="${feed_url#http://127.0.0.1:$port}"
officer_header="Authorization: Basic $(printf '%s' "$officer" | base64 -w0)"
facilitator_header="Authorization: Basic $(printf '%s' "$facilitator" | base64 -w0)"
department=Housing

# name | path | header (or -); feeds are asked for as calendar apps do, gzip accepted
targets=(
    "public feed|/calendar/workshops.ics|Accept-Encoding: gzip"
    "member's private feed|$feed_path|Accept-Encoding: gzip"
    "upcoming workshops|/api/workshops?when=upcoming&page=0&size=20|$officer_header"
    "officer's my actions|/api/mine|$officer_header"
    "tracker: status=OPEN&ownerId|/api/actions?status=OPEN&ownerId=$officer_id|$facilitator_header"
    "tracker: status=OPEN&department|/api/actions?status=OPEN&department=$department|$facilitator_header"
    "do's search|/api/practices?q=coproduction%20budget|$officer_header"
)

for t in "${targets[@]}"; do
    IFS='|' read -r name path header <<<"$t"
    args=(-s -o "$work/probe" -w '%{http_code} %{size_download} %{time_total}')
    [ "$header" != - ] && args+=(-H "$header")
    echo "   $name: $(curl "${args[@]}" "$base$path") (status, bytes, seconds cold)"
done

run_wrk() { # url connections header -> "rps p50 p99"
    local args=(-t2 -c"$2" -d"${seconds}s" --latency --timeout 10s)
    [ "$3" != - ] && args+=(-H "$3")
    wrk "${args[@]}" "$1" >"$work/wrk.out" 2>&1
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.out")
    p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.out")
    p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out")
    errors=$(grep -Eo 'Non-2xx or 3xx responses: [0-9]+|Socket errors.*' "$work/wrk.out" | tr '\n' ' ' || true)
    echo "$rps $p50 $p99 ${errors:-}"
}

load() { cut -d, -f1 /proc/loadavg | awk '{print $1}'; }

echo "== warming up (${seconds}s per target at 16 connections, not reported)"
for t in "${targets[@]}"; do
    IFS='|' read -r name path header <<<"$t"
    run_wrk "$base$path" 16 "$header" >/dev/null
done

results="$work/results.md"
{
    echo "| read | conn | req/s | p50 | p99 | load (1 min) | notes |"
    echo "|---|---|---|---|---|---|---|"
} >"$results"
declare -A feed_rps
for t in "${targets[@]}"; do
    IFS='|' read -r name path header <<<"$t"
    for c in 16 64; do
        read -r rps p50 p99 notes <<<"$(run_wrk "$base$path" "$c" "$header")"
        echo "| $name | $c | $rps | $p50 | $p99 | $(load) | ${notes:-} |" | tee -a "$results"
        [ "$name" = "public feed" ] && feed_rps[$c]=$rps
    done
done
rss_end=$(ps -o rss= -p "$server" | tr -d ' ')

echo "== nginx serving the same bytes of the public feed from a file (gzip_static: the app's own gzip bytes)"
curl -s -o "$work/workshops.ics" "$base/calendar/workshops.ics"
curl -s -H 'Accept-Encoding: gzip' -o "$work/workshops.ics.gz" "$base/calendar/workshops.ics"
stop
cat >"$work/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
daemon off;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/tmp;
    proxy_temp_path $work/tmp;
    fastcgi_temp_path $work/tmp;
    uwsgi_temp_path $work/tmp;
    scgi_temp_path $work/tmp;
    types { text/calendar ics; }
    server {
        listen 127.0.0.1:$nginx_port;
        location / { root $work; gzip_static on; }
    }
}
EOF
mkdir -p "$work/tmp"
chmod 644 "$work/workshops.ics" "$work/workshops.ics.gz"
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
sleep 1
run_wrk "http://127.0.0.1:$nginx_port/workshops.ics" 16 "Accept-Encoding: gzip" >/dev/null
for c in 16 64; do
    read -r rps p50 p99 notes <<<"$(run_wrk "http://127.0.0.1:$nginx_port/workshops.ics" "$c" "Accept-Encoding: gzip")"
    ratio=$(echo "scale=3; ${feed_rps[$c]} / $rps" | bc)
    echo "| nginx, same feed file | $c | $rps | $p50 | $p99 | $(load) | app/nginx = $ratio |" | tee -a "$results"
done
stop

cat <<EOF

== ALS Hub national benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), scale $scale
data: $(cat "$data/generated.txt" 2>/dev/null || echo "$data")
public feed: $(stat -c %s "$work/workshops.ics") bytes, gzip $(stat -c %s "$work/workshops.ics.gz") bytes (both apps serve the gzip bytes: nginx with gzip_static)
start on this data to first answer: ${first_answer}s; RSS after start $((rss_start / 1024)) MB, after the runs $((rss_end / 1024)) MB
sign-in: first request (PBKDF2, 210,000 iterations) ${signin_first}s, next ${signin_cached}s (SignInCache); wrk reuses one
  Basic header per run, so the figures below measure the cache, not PBKDF2
wrk -t2 -d${seconds}s --latency on loopback, load generator on the same machine

$(cat "$results")
EOF
rm -rf "$work"
