#!/usr/bin/env bash
# Starts ALS Hub in the foreground on Payara Micro with an embedded Derby (called by `mvn -Prun`).
# Settings come from the environment; every one has a default.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(dirname "$here")"

export ALS_HTTP_PORT="${ALS_HTTP_PORT:-8080}"
export ALS_DATA_DIR="$(mkdir -p "${ALS_DATA_DIR:-$top/data}" && cd "${ALS_DATA_DIR:-$top/data}" && pwd)"
export ALS_DEMO_DATA="${ALS_DEMO_DATA:-true}"
bind="${ALS_BIND_ADDRESS:-127.0.0.1}"

# Payara Micro's runtime folder. Cleared at every start: a --rootdir kept from the last run
# redeploys the old copy of the app beside the new one, and both then fight over the database.
runtime="$ALS_DATA_DIR/payara"
rm -rf "$runtime"
mkdir -p "$runtime"
# The boot commands, with the address to serve on
sed "s/address=127.0.0.1/address=$bind/" "$here/pre-boot-commands.asadmin" > "$runtime/pre-boot-commands.asadmin"

# Several instances as one ALS Hub (README, "Operations"): Hazelcast joins them over TCP (no multicast),
# sessions live in its data grid, and EclipseLink keeps no shared entity cache that another instance
# could make stale. Off by default: one instance needs no data grid (--nohazelcast).
export ALS_CLUSTER="${ALS_CLUSTER:-false}"
if [ "$ALS_CLUSTER" = true ]; then
    # ALS_CLUSTER_JOIN: the data-grid address of an instance to join (the first one, with its own
    # ALS_CLUSTER_PORT); ALS_CLUSTER_INTERFACE: the address this one's data grid listens on
    cluster=(--clustername "${ALS_CLUSTER_NAME:-als-hub}" --startport "${ALS_CLUSTER_PORT:-6900}"
             --interfaces "${ALS_CLUSTER_INTERFACE:-127.0.0.1}"
             --clustermode "tcpip:${ALS_CLUSTER_JOIN:-127.0.0.1:6900}")
    cache=-Declipselink.cache.shared.default=false
else
    cluster=(--nohazelcast)
    cache=-Declipselink.cache.shared.default=true
fi

echo "ALS Hub: starting on http://$bind:$ALS_HTTP_PORT/ with data in $ALS_DATA_DIR"
echo "ALS Hub: the first start prints the facilitator's sign-in below; stop with Ctrl+C"
# Sized for 2 cores and little memory: the serial collector (no GC threads to feed), C1 only (a
# quicker start and a smaller code cache), small thread stacks, a heap that starts small. 384 MB at
# most: at national size a 256 MB heap ran out while rendering a member's 9 MB feed (bench/run.sh).
exec java ${ALS_JAVA_OPTS:--Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k} \
    -Dderby.stream.error.file="$ALS_DATA_DIR/derby.log" \
    -Dnet.fortuna.ical4j.timezone.update.enabled=false \
    "$cache" \
    -jar "$top/target/payara-micro.jar" \
    --deploy "$top/target/als-hub.war" --contextroot / \
    --port "$ALS_HTTP_PORT" \
    "${cluster[@]}" --disablephonehome \
    --rootdir "$runtime/root" \
    --prebootcommandfile "$runtime/pre-boot-commands.asadmin"
