#!/usr/bin/env bash
# The calendar round trip on the built app: reply-to-RSVP time over 20 replies from the four client
# shapes, and the outbox with the SMTP server down for a minute (bench/RoundTripBench.java says how).
# GreenMail runs inside the bench; the app is started with payara-config/run.sh on BENCH_PORT.
#
#   mvn -q -DskipTests package && bench/round-trip.sh
#
# Settings: BENCH_PORT (8690; SMTP and IMAP on the next two ports), BENCH_POLL (60: ALS_IMAP_POLL_SECONDS,
# the default), BENCH_RETRY (60: ALS_OUTBOX_RETRY_SECONDS, the default). Takes about 6 minutes.
# Run it under the shared lock on a shared machine: flock /tmp/als-heavy.lock bench/round-trip.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(dirname "$here")"
port="${BENCH_PORT:-8690}"
data="$(mktemp -d /tmp/als-round-trip.XXXXXX)"
trap 'rm -rf "$data"' EXIT
[ -f "$top/target/als-hub.war" ] && [ -d "$top/target/test-classes/imip" ] \
    || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
cd "$top"
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$data/cp.txt" >/dev/null
java -cp "$(cat "$data/cp.txt"):$top/target/test-classes" "$here/RoundTripBench.java" \
    "$port" "$data" "${BENCH_POLL:-60}" "${BENCH_RETRY:-60}"
