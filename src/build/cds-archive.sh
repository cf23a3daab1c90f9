#!/usr/bin/env bash
# Builds target/referout.jsa, a class-data sharing (CDS) archive of the classes ReferOut loads while it starts
# and creates the demo practice, so that `java -XX:SharedArchiveFile=target/referout.jsa -jar target/referout.jar`
# maps them from the archive instead of reading, parsing and verifying some 15,000 classes again on every start
# (docs/benchmarks.md, start-up). Run by `mvn package`. It never fails the build: without the archive ReferOut
# starts as before, only slower, and a JVM that does not match the archive ignores it.
set -u
cd "$(dirname "$0")/../.."
# Absolute, so that the archive matches whatever the working directory is when ReferOut is started.
jar="$PWD/target/referout.jar"
work=target/cds
archive=target/referout.jsa
rm -rf "$work" "$archive"
mkdir -p "$work"

# 1. Training run: start the packaged application on a scratch database, let it create the demo practice, ask
#    for the sign-in page, then stop it, listing every class it loaded on the way.
java -XX:DumpLoadedClassList="$work/loaded.classlist" -XX:TieredStopAtLevel=1 -jar "$jar" \
  --referout.data-dir="$work/data" --server.port=0 > "$work/training.log" 2>&1 &
app=$!
for _ in $(seq 1 360); do
  if grep -q "demo practice is ready" "$work/training.log" || ! kill -0 "$app" 2>/dev/null; then break; fi
  sleep 0.5
done
port=$(grep -o 'Tomcat started on port [0-9]*' "$work/training.log" | grep -o '[0-9]*$' || true)
if [ -n "$port" ] && command -v curl >/dev/null; then
  curl -s -o /dev/null "http://127.0.0.1:$port/login" || true
fi
kill "$app" 2>/dev/null
wait "$app" 2>/dev/null
if ! grep -q "demo practice is ready" "$work/training.log"; then
  echo "[referout] CDS archive not built: the training run did not finish (see $work/training.log)"
  exit 0
fi

# 2. Dump the archive. JDK 17's dump crashes (SystemDictionaryShared::adjust_lambda_proxy_class_dictionary) on a
#    lambda whose declaring class is not in the list itself, so those few lambdas stay out.
awk 'NR == FNR { if ($0 !~ /^[@#]/) listed[$1] = 1; next }
     !/^@lambda-proxy/ || ($2 in listed && $2 !~ /^net\/sf\/saxon\//)' \
  "$work/loaded.classlist" "$work/loaded.classlist" > "$work/classes.classlist"
if ! java -Xshare:dump -XX:SharedClassListFile="$work/classes.classlist" -XX:SharedArchiveFile="$archive" \
    -jar "$jar" > "$work/dump.log" 2>&1; then
  rm -f "$archive"
  echo "[referout] CDS archive not built: the dump failed (see $work/dump.log)"
  exit 0
fi
echo "[referout] CDS archive $archive: $(grep -vc '^[@#]' "$work/classes.classlist") classes"
