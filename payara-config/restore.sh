#!/usr/bin/env bash
# Restores the embedded Derby database from a backup made by POST /api/backups.
# Stop the server first. The current database is kept aside, not deleted.
#   usage: payara-config/restore.sh /path/to/data/backups/20261125-101500-123
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(dirname "$here")"
backup="${1:?usage: restore.sh BACKUP_FOLDER (one of \$ALS_DATA_DIR/backups/*)}"
data="${ALS_DATA_DIR:-$top/data}"
lib="$top/target/als-hub/WEB-INF/lib"

[ -d "$backup/derby" ] || { echo "no Derby backup in $backup (expected $backup/derby)" >&2; exit 1; }
[ -d "$lib" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
if [ -f "$data/derby/db.lck" ] && pgrep -f "payara-micro.jar" >/dev/null; then
    echo "stop the server before restoring" >&2; exit 1
fi
if [ -d "$data/derby" ]; then
    aside="$data/derby.before-restore-$(date +%Y%m%d-%H%M%S)"
    mv "$data/derby" "$aside"
    echo "kept the current database in $aside"
fi
# Derby's restoreFrom copies the backup into place and replays its log
java -cp "$lib/*" -Dij.connection.restore="jdbc:derby:$data/derby;restoreFrom=$backup/derby" \
    org.apache.derby.tools.ij /dev/null >/dev/null
java -cp "$lib/*" -Dij.connection.stop="jdbc:derby:$data/derby;shutdown=true" \
    org.apache.derby.tools.ij /dev/null >/dev/null 2>&1 || true
echo "restored $data/derby from $backup"
