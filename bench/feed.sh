#!/usr/bin/env bash
# The public feed against the platform's ceiling: the app with the demo data, then nginx serving the
# very same bytes, in one run, so the ratio holds even on a busy machine.
#   bench/feed.sh [path ...]   extra paths on the same server to measure beside the feed
# Starts payara-config/run.sh (demo data; ALS_JAVA_OPTS passed through) on 127.0.0.1:$BENCH_PORT, warms
# it up for $BENCH_WARMUP seconds, then runs wrk at $BENCH_CONNECTIONS connections with gzip accepted, as
# calendar apps ask: the feed (200), the feed revalidated with its ETag (304), /health, each extra path;
# then nginx (gzip_static) on the feed's bytes. Loopback only; stops what it starts.
# Needs a built WAR (mvn -q -B package -DskipTests), wrk and nginx (apt-get install -y wrk nginx).
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
port="${BENCH_PORT:-8593}"
nginx_port="${BENCH_NGINX_PORT:-8594}"
seconds="${BENCH_SECONDS:-10}"
warmup="${BENCH_WARMUP:-30}"
connections="${BENCH_CONNECTIONS:-16}"
work="$(mktemp -d /tmp/als-feed.XXXXXX)"
chmod 755 "$work"
base="http://127.0.0.1:$port"
export ALS_DATA_DIR="$work/data" ALS_HTTP_PORT="$port" ALS_DEMO_DATA=true ALS_BIND_ADDRESS=127.0.0.1
export ALS_ADMIN_EMAIL=facilitator@feed.example ALS_ADMIN_PASSWORD=feed-facilitator-pass-2012
server=""
nginx_pid=""
stop() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
    server=""
    nginx_pid=""
}
trap 'stop; rm -rf "$work"' EXIT

for tool in wrk nginx curl java; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y wrk nginx)" >&2; exit 1; }
done
[ -f "$top/target/als-hub.war" ] && [ -f "$top/target/payara-micro.jar" ] \
    || { echo "build first: mvn -q -B package -DskipTests" >&2; exit 1; }

bash "$top/payara-config/run.sh" >"$work/server.log" 2>&1 &
server=$!
for attempt in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health")" = 200 ] && break
    kill -0 "$server" 2>/dev/null && [ "$attempt" -lt 1200 ] || { echo "no answer; see the log:" >&2; tail -30 "$work/server.log" >&2; exit 1; }
    sleep 0.25
done

wrk_run() { # url header... -> "req/s p50 p99 notes"
    local url="$1" args=(-t2 -c"$connections" -d"${seconds}s" --latency --timeout 10s)
    shift
    for h in "$@"; do args+=(-H "$h"); done
    wrk "${args[@]}" "$url" >"$work/wrk.out" 2>&1
    awk '/Requests\/sec/ {rps = $2} $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2}
         /Non-2xx or 3xx/ {bad = $NF} END {printf "%s %s %s %s\n", rps, p50, p99, bad ? "non-2xx/3xx:" bad : ""}' "$work/wrk.out"
}
load() { cut -d' ' -f1 /proc/loadavg; }

gzip_header="Accept-Encoding: gzip"
curl -s -D "$work/feed.headers" -H "$gzip_header" -o "$work/workshops.ics.gz" "$base/calendar/workshops.ics"
curl -s -o "$work/workshops.ics" "$base/calendar/workshops.ics"
etag=$(awk 'tolower($1) == "etag:" {print $2}' "$work/feed.headers" | tr -d '\r')
revalidated=$(curl -s -o /dev/null -w '%{http_code}' -H "$gzip_header" -H "If-None-Match: $etag" "$base/calendar/workshops.ics")
[ "$revalidated" = 304 ] || { echo "the feed answered its own ETag ($etag) with $revalidated, not 304" >&2; cat "$work/feed.headers" >&2; exit 1; }

targets=("public feed|/calendar/workshops.ics|$gzip_header"
         "public feed, revalidated (304)|/calendar/workshops.ics|$gzip_header|If-None-Match: $etag"
         "/health|/health|$gzip_header")
for extra in "$@"; do
    targets+=("$extra|$extra|$gzip_header")
done

echo "== warming up: ${warmup}s on the feed, then ${seconds}s on each other target"
wrk -t2 -c"$connections" -d"${warmup}s" -H "$gzip_header" "$base/calendar/workshops.ics" >/dev/null
for t in "${targets[@]:1}"; do
    IFS='|' read -r -a parts <<<"$t"
    wrk_run "$base${parts[1]}" "${parts[@]:2}" >/dev/null
done

results="$work/results.md"
printf '| target | req/s | p50 | p99 | load (1 min) | notes |\n|---|---|---|---|---|---|\n' >"$results"
feed_rps=""
for t in "${targets[@]}"; do
    IFS='|' read -r -a parts <<<"$t"
    read -r rps p50 p99 notes <<<"$(wrk_run "$base${parts[1]}" "${parts[@]:2}")"
    [ -z "$feed_rps" ] && feed_rps=$rps
    echo "| ${parts[0]} | $rps | $p50 | $p99 | $(load) | ${notes:-} |" | tee -a "$results"
done
rss=$(($(ps -o rss= -p "$server") / 1024))
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
        location / { root $work; gzip_static on; etag on; }
    }
}
EOF
mkdir -p "$work/tmp"
chmod 644 "$work/workshops.ics" "$work/workshops.ics.gz"
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
sleep 1
wrk_run "http://127.0.0.1:$nginx_port/workshops.ics" "$gzip_header" >/dev/null
read -r rps p50 p99 notes <<<"$(wrk_run "http://127.0.0.1:$nginx_port/workshops.ics" "$gzip_header")"
ratio=$(echo "scale=3; $feed_rps / $rps" | bc)
echo "| nginx, same gzip bytes from a file | $rps | $p50 | $p99 | $(load) | app/nginx = $ratio |" | tee -a "$results"
stop

cat <<EOF

== ALS Hub public feed, demo data, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores
feed: $(stat -c %s "$work/workshops.ics") bytes, gzip $(stat -c %s "$work/workshops.ics.gz") bytes; server RSS after the runs $rss MB
JVM: ${ALS_JAVA_OPTS:-the defaults of payara-config/run.sh}
wrk -t2 -c$connections -d${seconds}s --latency after ${warmup}s of warm-up, on loopback, load generator on the same cores

$(cat "$results")
app/nginx = $ratio at $connections connections
EOF
