#!/usr/bin/env bash
# Two ALS Hub instances as one, on a shared Derby Network Server, with clustering on (ALS_CLUSTER=true).
# Shows: a workshop made through A is in B's API and B's public feed (ETag changed) at once; two
# people asking for the last seat through A and B at the same moment get one seat and one waiting
# place; a nightly job's lease lets one instance run it; a browser session signed in on A keeps
# working on B after A is killed (kill -9).
#   usage: bench/cluster-proof.sh       (needs a built WAR: mvn -q package -DskipTests)
# Loopback only; everything it starts is stopped and its folder removed at the end (kept on failure).
set -uo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
repo="$HOME/.m2/repository/org/apache/derby"
v=10.16.1.1
cp_derby="$repo/derbynet/$v/derbynet-$v.jar:$repo/derbytools/$v/derbytools-$v.jar:$repo/derbyshared/$v/derbyshared-$v.jar:$repo/derby/$v/derby-$v.jar"
# data-grid ports away from 6900, where every other Payara Micro (tests too) starts its Hazelcast
hz_a="${PROOF_HZ_PORT:-7900}"
db_port="${PROOF_DB_PORT:-15270}" port_a="${PROOF_PORT_A:-8481}" port_b="${PROOF_PORT_B:-8482}"
work="$(mktemp -d /tmp/als-cluster-proof.XXXXXX)"
a="http://127.0.0.1:$port_a" b="http://127.0.0.1:$port_b"
auth="cluster@proof.example:cluster-proof-password-1"
pids=() failures=0

cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
    java -cp "$cp_derby" org.apache.derby.drda.NetworkServerControl shutdown -h 127.0.0.1 -p "$db_port" >/dev/null 2>&1
    wait 2>/dev/null
}
trap cleanup EXIT
check() { # description, condition result (0 = pass)
    if [ "$2" = 0 ]; then echo "PASS: $1"; else echo "FAIL: $1"; failures=$((failures + 1)); fi
}
now_ms() { date +%s%3N; }

java -Dderby.system.home="$work/derby" -cp "$cp_derby" org.apache.derby.drda.NetworkServerControl \
    start -h 127.0.0.1 -p "$db_port" >"$work/derby-server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 30); do
    java -cp "$cp_derby" org.apache.derby.drda.NetworkServerControl ping -h 127.0.0.1 -p "$db_port" >/dev/null 2>&1 && break
    sleep 1
done

start_instance() { # name http-port hazelcast-port
    ALS_CLUSTER=true ALS_CLUSTER_PORT="$3" ALS_CLUSTER_JOIN="127.0.0.1:$hz_a" ALS_CLUSTER_NAME="als-proof-$$" ALS_HTTP_PORT="$2" ALS_DATA_DIR="$work/$1" ALS_DEMO_DATA=false \
    ALS_DB_CLASS=org.apache.derby.jdbc.ClientDataSource ALS_DB_SERVER=127.0.0.1 ALS_DB_PORT="$db_port" \
    ALS_DB_NAME=als ALS_DB_CREATE=create ALS_ADMIN_EMAIL=cluster@proof.example \
    ALS_ADMIN_PASSWORD=cluster-proof-password-1 \
        bash "$top/payara-config/run.sh" >"$work/$1.log" 2>&1 &
    pids+=($!)
    eval "pid_$1=$!"
}
wait_up() { # url name
    for _ in $(seq 1 180); do
        kill -0 "$(eval echo "\$pid_$2")" 2>/dev/null || { echo "instance $2 stopped; logs in $work" >&2; exit 1; }
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$1/health")" = 200 ] && return 0
        sleep 1
    done
    echo "no answer from $1; logs in $work" >&2; exit 1
}
t0=$(now_ms)
# A first: it migrates the empty database and creates the first facilitator
start_instance a "$port_a" "$hz_a"; wait_up "$a" a
start_instance b "$port_b" "$((hz_a + 1))"; wait_up "$b" b
echo "both instances up in $(( ($(now_ms) - t0) / 1000 )) s"
sleep 3
grep -h "Members {" -A3 "$work/b.log" | tail -4 | cut -c1-80

# 1. A change through A, seen by B's API and B's cached feed (which B has rendered and cached first)
start=$(date -u -d tomorrow +%Y-%m-%dT18:00:00) end=$(date -u -d tomorrow +%Y-%m-%dT20:00:00)
curl -s -o /dev/null -u "$auth" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Earlier set\",\"start\":\"$start\",\"end\":\"$end\"}" "$a/api/workshops"
curl -s -o /dev/null "$b/calendar/workshops.ics"
etag_before=$(curl -s -D - -o /dev/null "$b/calendar/workshops.ics" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
t_change=$(now_ms)
id=$(curl -s -u "$auth" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Cluster proof set\",\"start\":\"$start\",\"end\":\"$end\",\"capacity\":1}" \
    "$a/api/workshops" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
t_created=$(now_ms)
api_code=$(curl -s -o /dev/null -w '%{http_code}' -u "$auth" "$b/api/workshops/$id")
feed_ms=-1 polls=0
for _ in $(seq 1 100); do
    polls=$((polls + 1))
    headers=$(curl -s -D - -o "$work/feed-b.ics" "$b/calendar/workshops.ics" | tr -d '\r')
    etag_after=$(echo "$headers" | awk -F': ' 'tolower($1)=="etag"{print $2}')
    echo "$(( $(now_ms) - t_created )) ms: $(echo "$headers" | head -1) $etag_after" >>"$work/feed-polls"
    if [ "$etag_after" != "$etag_before" ] && grep -q "Cluster proof set" "$work/feed-b.ics"; then
        feed_ms=$(( $(now_ms) - t_created )); break
    fi
    sleep 0.05
done
echo "workshop $id created through A in $((t_created - t_change)) ms; B's API: $api_code; B's feed ETag $etag_before -> $etag_after, ${feed_ms} ms after A answered ($polls requests to B)"
head -3 "$work/feed-polls"
check "B's API shows the workshop made through A" "$([ "$api_code" = 200 ]; echo $?)"
check "B's feed changed at once (first request after A answered)" "$([ "$feed_ms" -ge 0 ] && [ "$feed_ms" -lt 1000 ]; echo $?)"

# 1b. An entity B has read, changed through A: B must not answer from a stale entity cache
etag_b=$(curl -s -D - -o /dev/null -u "$auth" "$b/api/workshops/$id" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
etag_a=$(curl -s -D - -o /dev/null -u "$auth" -X PUT -H 'Content-Type: application/json' -H "If-Match: $etag_b" \
    -d "{\"title\":\"Cluster proof set, renamed\",\"start\":\"$start\",\"end\":\"$end\",\"capacity\":1}" \
    "$a/api/workshops/$id" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
seen=$(curl -s -D "$work/b-headers" -u "$auth" "$b/api/workshops/$id")
etag_b2=$(tr -d '\r' <"$work/b-headers" | awk -F': ' 'tolower($1)=="etag"{print $2}')
echo "workshop ETag on B $etag_b; after the change through A: A says $etag_a, B says $etag_b2"
check "B shows the change made through A (no stale entity)" \
    "$(echo "$seen" | grep -q 'renamed' && [ -n "$etag_a" ] && [ "$etag_a" = "$etag_b2" ]; echo $?)"

# 2. The last seat asked for through A and B at the same moment
member() {
    curl -s -u "$auth" -H 'Content-Type: application/json' -d "{\"name\":\"$1\",\"email\":\"$2\"}" \
        "$a/api/members" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2
}
m1=$(member "Seat One" "seat1-$RANDOM@proof.example") m2=$(member "Seat Two" "seat2-$RANDOM@proof.example")
for round in 1 2 3; do
    curl -s -o "$work/rsvp-a" -u "$auth" -X PUT -H 'Content-Type: application/json' -d '{"answer":"GOING"}' \
        "$a/api/workshops/$id/rsvps/$m1" & ra=$!
    curl -s -o "$work/rsvp-b" -u "$auth" -X PUT -H 'Content-Type: application/json' -d '{"answer":"GOING"}' \
        "$b/api/workshops/$id/rsvps/$m2" & rb=$!
    wait $ra $rb
    list=$(curl -s -u "$auth" "$b/api/workshops/$id/rsvps")
    seated=$(echo "$list" | grep -o '"seatsTaken":[0-9]*' | cut -d: -f2)
    waiting=$(echo "$list" | grep -o '"waiting":[0-9]*' | cut -d: -f2)
    echo "round $round: seated $seated, waiting $waiting"
    check "one seat and one waiting place (round $round)" "$([ "$seated" = 1 ] && [ "$waiting" = 1 ]; echo $?)"
    for m in $m1 $m2; do # both say no, to race again
        curl -s -o /dev/null -u "$auth" -X PUT -H 'Content-Type: application/json' -d '{"answer":"NOT_GOING"}' \
            "$a/api/workshops/$id/rsvps/$m"
    done
done

# 3. Nightly jobs: each instance's timer fires, the lease lets one run. At start both ran the series job's path.
ran=$(grep -h "Running job series-horizon" "$work/a.log" "$work/b.log" | wc -l)
skipped=$(grep -h "Skipping job series-horizon" "$work/a.log" "$work/b.log" | wc -l)
echo "series-horizon job at start: ran on $ran instance(s), skipped on $skipped"
check "the job ran once for the cluster" "$([ "$ran" = 1 ] && [ "$skipped" = 1 ]; echo $?)"

# 4. A browser session made on A, used on B after A is killed
jar="$work/cookies"
page=$(curl -s -c "$jar" -b "$jar" "$a/sign-in")
csrf=$(echo "$page" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$csrf" --data-urlencode "email=cluster@proof.example" \
    --data-urlencode "password=cluster-proof-password-1" --data-urlencode "next=/me" "$a/sign-in"
on_a=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$a/me")
kill -9 "$(pgrep -f "payara-micro.jar.*--port $port_a" | head -1)"
t_kill=$(now_ms)
on_b=$(curl -s -o "$work/me-b.html" -w '%{http_code}' -b "$jar" "$b/me")
echo "session cookie: $(grep -o 'ALSHUB_SESSION.*' "$jar" | cut -c1-40)...; /me on A: $on_a; on B after A was killed: $on_b ($(( $(now_ms) - t_kill )) ms after the kill)"
check "signed in on A" "$([ "$on_a" = 200 ]; echo $?)"
check "the session works on B after A was killed" "$([ "$on_b" = 200 ] && ! grep -q 'action="/sign-in"' "$work/me-b.html"; echo $?)"
still=$(curl -s -o /dev/null -w '%{http_code}' -u "$auth" -H 'Content-Type: application/json' \
    -d "{\"title\":\"After the kill\",\"start\":\"$start\",\"end\":\"$end\"}" "$a/api/workshops" 2>/dev/null)
after=$(curl -s -o /dev/null -w '%{http_code}' -u "$auth" -H 'Content-Type: application/json' \
    -d "{\"title\":\"After the kill\",\"start\":\"$start\",\"end\":\"$end\"}" "$b/api/workshops")
check "B still takes writes after A is gone (A answered $still)" "$([ "$after" = 201 ]; echo $?)"

if [ "$failures" = 0 ]; then echo "ALL PASSED"; rm -rf "$work"; exit 0; fi
echo "$failures FAILED (logs kept in $work)"; exit 1
