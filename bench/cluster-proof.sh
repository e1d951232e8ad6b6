#!/usr/bin/env bash
# Two ALS Hub instances as one, on a shared Derby Network Server, with clustering on (ALS_CLUSTER=true).
# Shows: a workshop made through A is in B's API and B's public feed (ETag changed) at once; two
# people asking for the last seat through A and B at the same moment get one seat and one waiting
# place; five wrong passwords through A lock the account on B too; a nightly job's lease lets one
# instance run it; a browser session signed in on A keeps working on B after A is killed (kill -9).
#   usage: bench/cluster-proof.sh       (needs a built WAR and derbynet in ~/.m2: mvn -q package -DskipTests)
#   PROOF_FEED_ROUNDS=n: changes through A timed on B's feed (5)
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
    # only now: a stopping instance still writes into its folder
    [ "$failures" = 0 ] && [ "${passed:-}" = yes ] && rm -rf "$work"
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

# 1. A change through A, seen by B's feed (which B has rendered and cached first) and B's API. Timed
# from A's answer to B's first answer with the new ETag, polling B's feed first: B's API answers
# later, as its first Basic sign-in pays a cold PBKDF2 check (seconds on a busy 2-core machine),
# which an earlier version of this script counted into the feed's delay.
start=$(date -u -d tomorrow +%Y-%m-%dT18:00:00) end=$(date -u -d tomorrow +%Y-%m-%dT20:00:00)
curl -s -o /dev/null -u "$auth" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Earlier set\",\"start\":\"$start\",\"end\":\"$end\"}" "$a/api/workshops"
curl -s -o /dev/null "$b/calendar/workshops.ics"
feed_etag() { curl -s -D - -o "$work/feed-b.ics" "$b/calendar/workshops.ics" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}'; }
rounds="${PROOF_FEED_ROUNDS:-5}" at_once=0 delays=""
for round in $(seq 1 "$rounds"); do
    title="Cluster proof set $round"
    etag_before=$(feed_etag)
    created=$(curl -s -u "$auth" -H 'Content-Type: application/json' \
        -d "{\"title\":\"$title\",\"start\":\"$start\",\"end\":\"$end\",\"capacity\":1}" "$a/api/workshops")
    t_created=$(now_ms)
    id=$(echo "$created" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
    feed_ms=-1 polls=0
    for _ in $(seq 1 200); do
        polls=$((polls + 1))
        etag_after=$(feed_etag)
        if [ "$etag_after" != "$etag_before" ] && grep -q "$title" "$work/feed-b.ics"; then
            feed_ms=$(( $(now_ms) - t_created )); break
        fi
        sleep 0.05
    done
    [ "$polls" = 1 ] && [ "$feed_ms" -ge 0 ] && at_once=$((at_once + 1))
    delays="$delays $feed_ms"
    echo "round $round: workshop $id made through A; B's feed ETag $etag_before -> $etag_after on request $polls to B, ${feed_ms} ms after A answered"
done
echo "A->B feed, ms from A's answer to B's answer with the new ETag:$delays (new on B's first request in $at_once of $rounds rounds)"
check "B's feed changed at once (B's first request after A answered, every round)" "$([ "$at_once" = "$rounds" ]; echo $?)"
t_api=$(now_ms)
api_code=$(curl -s -o /dev/null -w '%{http_code}' -u "$auth" "$b/api/workshops/$id")
echo "B's API: $api_code for workshop $id, in $(( $(now_ms) - t_api )) ms (B's first Basic sign-in)"
check "B's API shows the workshop made through A" "$([ "$api_code" = 200 ]; echo $?)"

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

# 2b. Sign-in throttling counts across instances: five wrong passwords through A lock the account on B
guessed="guess-$RANDOM@proof.example"
gid=$(member "Gus Guessed" "$guessed")
curl -s -o /dev/null -u "$auth" -H 'Content-Type: application/json' \
    -d '{"role":"OFFICER","password":"horse-battery-guess-staple"}' "$a/api/members/$gid/account"
codes=""
for _ in 1 2 3 4 5; do
    codes="$codes $(curl -s -o /dev/null -w '%{http_code}' -u "$guessed:wrong-password-guess" "$a/api/me")"
done
locked=$(curl -s -D "$work/locked-headers" -o /dev/null -w '%{http_code}' -u "$guessed:horse-battery-guess-staple" "$b/api/me")
retry=$(tr -d '\r' <"$work/locked-headers" | awk -F': ' 'tolower($1)=="retry-after"{print $2}')
echo "five wrong passwords through A:$codes; the right one through B: $locked, Retry-After: $retry s"
check "the account locked by failures through A is locked on B" "$([ "$codes" = " 401 401 401 401 401" ] && [ "$locked" = 429 ] && [ -n "$retry" ]; echo $?)"
sleep "$(( ${retry:-30} + 1 ))"
unlocked=$(curl -s -o /dev/null -w '%{http_code}' -u "$guessed:horse-battery-guess-staple" "$b/api/me")
echo "after waiting $(( ${retry:-30} + 1 )) s, the right password through B: $unlocked"
check "the right password works on B once the lock is over" "$([ "$unlocked" = 200 ]; echo $?)"

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
kill -9 "$pid_a" # run.sh execs java: this is A's JVM
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

if [ "$failures" = 0 ]; then echo "ALL PASSED"; passed=yes; exit 0; fi
echo "$failures FAILED (logs kept in $work)"; exit 1
