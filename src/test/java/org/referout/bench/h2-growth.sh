#!/usr/bin/env bash
# Issue 17 item 7: the embedded file's size during and after a 5-minute mixed-write load, against its backup.
# Arguments go to the server (e.g. a --spring.datasource.url=... to compare settings); DURATION=seconds of load
# (default 300); SERVER_JAVA_OPTS=JVM options of the server.
set -euo pipefail
cd "$(dirname "$0")/../../../../../.."
D=target/growth; rm -rf $D; mkdir -p $D
java ${SERVER_JAVA_OPTS:-} -jar target/referout.jar --server.port=8099 --referout.data-dir=$D/data --referout.database.tcp-port=9092 \
  --spring.mail.host=127.0.0.1 --spring.mail.port=3025 --referout.metrics-token=T "$@" > $D/server.log 2>&1 &
SERVER=$!
for i in $(seq 1 120); do grep -q "demo practice is ready" $D/server.log && break; sleep 1; done
( while kill -0 $SERVER 2>/dev/null; do echo "$(date +%s) $(stat -c %s $D/data/referout.mv.db)"; sleep 10; done ) > $D/sizes.txt &
SAMPLER=$!
java -Dreferout.metrics-token=T -cp target/test-classes:target/classes:$(cat target/cp.txt) org.referout.bench.LoadRun \
  http://127.0.0.1:8099 50 ${DURATION:-300} mixed > $D/load.txt 2>&1 || true
echo "load done $(date +%s)" >> $D/sizes.txt
sleep 60
URL="jdbc:h2:tcp://127.0.0.1:9092/$(pwd)/$D/data/referout;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
java -jar target/referout.jar backup $D/after.backup --without-secrets --referout.data-dir=$D/data \
  --spring.datasource.url="$URL" > $D/backup.log 2>&1  # the key is read from database.key
echo "backup $(stat -c %s $D/after.backup) content $(unzip -l $D/after.backup | tail -1 | awk '{print $1}') file $(stat -c %s $D/data/referout.mv.db)" >> $D/sizes.txt
kill $SERVER; wait $SERVER || true
kill $SAMPLER 2>/dev/null || true
echo "after shutdown $(stat -c %s $D/data/referout.mv.db)" >> $D/sizes.txt
