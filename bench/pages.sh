#!/usr/bin/env bash
# Page speed: GET /workshops and a workshop's console, signed in as the facilitator through the
# sign-in form, on the demo data, with wrk at 16 connections.
#   bench/pages.sh [app-dir=.]    app-dir: a checkout with a built target/ (to compare two builds
#                                 in one run: bench/pages.sh /path/to/old; bench/pages.sh .)
# Prints the median and p99 of each page. Loopback only; stops the server it starts.
# Needs a built WAR (mvn -q package -DskipTests), wrk and curl.
set -euo pipefail
app="$(cd "${1:-$(dirname "$0")/..}" && pwd)"
port="${BENCH_PORT:-8593}"
seconds="${BENCH_SECONDS:-20}"
warm="${BENCH_WARM_SECONDS:-15}"
work="$(mktemp -d /tmp/als-pages.XXXXXX)"
export ALS_DATA_DIR="$work/data" ALS_HTTP_PORT="$port" ALS_DEMO_DATA=true ALS_BIND_ADDRESS=127.0.0.1
export ALS_ADMIN_EMAIL=facilitator@pages.example ALS_ADMIN_PASSWORD=pages-facilitator-pass-2012
base="http://127.0.0.1:$port"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

for tool in wrk curl; do
    command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y wrk curl)" >&2; exit 1; }
done
bash "$app/payara-config/run.sh" >"$work/server.log" 2>&1 &
server=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health")" = 200 ]; do
    kill -0 "$server" 2>/dev/null || { tail -20 "$work/server.log" >&2; exit 1; }
    sleep 0.2
done

# sign in as a browser would: the form's CSRF token, then the session cookie
jar="$work/cookies"
csrf=$(curl -s -c "$jar" "$base/sign-in" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "csrf=$csrf" --data-urlencode "email=$ALS_ADMIN_EMAIL" \
    --data-urlencode "password=$ALS_ADMIN_PASSWORD" --data-urlencode "next=/" "$base/sign-in"
cookie=$(awk 'NF == 7 && $6 ~ /^(ALSHUB_SESSION|JSESSIONIDVERSION)$/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar")
# the workshop of 29 November 2012 in the demo data: the past workshop with most on its console
id=$(curl -s -H "Cookie: $cookie" "$base/workshops?when=past" | grep -o 'href="/workshops/[0-9]*"' | tail -1 | grep -o '[0-9]*')
[ -n "$id" ] || { echo "no workshop found; signed in?" >&2; exit 1; }
for path in /workshops "/workshops/$id/console"; do
    code=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: $cookie" "$base$path")
    [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
    wrk -t2 -c16 -d"${warm}s" -H "Cookie: $cookie" "$base$path" >/dev/null
    out=$(wrk -t2 -c16 -d"${seconds}s" --latency -H "Cookie: $cookie" "$base$path")
    median=$(echo "$out" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    errors=$(echo "$out" | grep -E 'Non-2xx|Socket errors' || true)
    printf '%-28s %6s bytes  median %8s  p99 %8s  %8s req/s %s\n' "GET $path" "$(wc -c <"$work/page.html")" \
        "$median" "$p99" "$rps" "$errors"
done
printf 'RSS %d MB, load %s\n' "$(($(ps -o rss= -p "$(pgrep -f "$work/data" | head -1)") / 1024))" \
    "$(cut -d' ' -f1 /proc/loadavg)"
