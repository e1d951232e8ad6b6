#!/usr/bin/env bash
# Where a read's time goes: a JFR recording of the server while wrk asks for it, summed up by
# bench/jfr-top.py (top frames, our innermost frame, the share of each layer).
#   bench/profile.sh 'name|path|header' ...   e.g. 'feed|/calendar/workshops.ics|Accept-Encoding: gzip'
# With BENCH_DATA_DIR (a folder bench/run.sh filled) the server runs on that national data, and a
# header of "officer" or "facilitator" stands for run.sh's accounts; without it, on the demo data.
# Per target: $BENCH_WARMUP s of wrk not recorded, then $BENCH_SECONDS s recorded, at
# $BENCH_CONNECTIONS connections. Recordings stay in $BENCH_JFR_DIR. Loopback only.
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
port="${BENCH_PORT:-8595}"
seconds="${BENCH_SECONDS:-20}"
warmup="${BENCH_WARMUP:-20}"
connections="${BENCH_CONNECTIONS:-64}"
out="${BENCH_JFR_DIR:-$top/target/jfr}"
mkdir -p "$out"
work="$(mktemp -d /tmp/als-profile.XXXXXX)"
base="http://127.0.0.1:$port"
if [ -n "${BENCH_DATA_DIR:-}" ]; then
    export ALS_DATA_DIR="$BENCH_DATA_DIR" ALS_DEMO_DATA=false
    export ALS_ADMIN_EMAIL=facilitator@bench.example ALS_ADMIN_PASSWORD=bench-facilitator-pass-2012
else
    export ALS_DATA_DIR="$work/data" ALS_DEMO_DATA=true
    export ALS_ADMIN_EMAIL=facilitator@profile.example ALS_ADMIN_PASSWORD=profile-facilitator-pass-2012
fi
export ALS_HTTP_PORT="$port" ALS_BIND_ADDRESS=127.0.0.1
officer="Authorization: Basic $(printf '%s' "member2@bench.example:bench-officer-pass-2012" | base64 -w0)"
facilitator="Authorization: Basic $(printf '%s' "$ALS_ADMIN_EMAIL:$ALS_ADMIN_PASSWORD" | base64 -w0)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

bash "$top/payara-config/run.sh" >"$work/server.log" 2>&1 &
server=$!
for attempt in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health")" = 200 ] && break
    kill -0 "$server" 2>/dev/null && [ "$attempt" -lt 1200 ] || { tail -30 "$work/server.log" >&2; exit 1; }
    sleep 0.25
done

for target in "$@"; do
    IFS='|' read -r name path header <<<"$target"
    case "$header" in
        officer) header="$officer" ;;
        facilitator) header="$facilitator" ;;
    esac
    args=(-t2 -c"$connections" --latency --timeout 10s)
    [ -n "$header" ] && args+=(-H "$header")
    wrk "${args[@]}" -d"${warmup}s" "$base$path" >/dev/null
    file="$out/$(echo "$name" | tr -c 'A-Za-z0-9\n' '-').jfr"
    jcmd "$server" JFR.start name=profile settings=profile >/dev/null
    wrk "${args[@]}" -d"${seconds}s" "$base$path" >"$work/wrk.out"
    jcmd "$server" JFR.stop name=profile filename="$file" >/dev/null
    echo "== $name ($path), $connections connections: $(awk '/Requests\/sec/ {print $2}' "$work/wrk.out") req/s," \
         "p99 $(awk '$1 == "99%" {print $2}' "$work/wrk.out"), load $(cut -d' ' -f1 /proc/loadavg); $file"
    jfr print --json --events jdk.ExecutionSample "$file" | python3 "$top/bench/jfr-top.py"
done
