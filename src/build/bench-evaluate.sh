#!/usr/bin/env bash
# Issue 19, acceptance item 1 (docs/benchmarks.md, "evaluate, issue 19"): the whole `evaluate` process on
# 200,000 closed NPRS episodes, timed against a Python loop that only json.loads each line of the same file,
# the two in turn (A B A B ...), then an empty input. Needs `mvn package` first (target/referout.jar). Run it on
# an otherwise idle machine; it prints one line per run and writes only under target/.
#   src/build/bench-evaluate.sh [RUNS]        (default 5 counted runs of each, after one warm-up of each)
set -eu
cd "$(dirname "$0")/../.."
runs=${1:-5}
cohort=target/cohort-200k.jsonl
empty=target/empty.jsonl

if [ ! -s target/test-classpath.txt ]; then
  mvn -o -q test-compile
  mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
fi
if [ ! -s "$cohort" ]; then
  # 200,000 episodes of 8 weekly NPRS scores, seed 42 (a quarter chronic): the file of the issue's figures
  java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.referout.bench.WriteCohortFile \
    "$cohort" 200000 8 42
fi
: > "$empty"
echo "# $(nproc) CPUs, $(java -version 2>&1 | head -1), $(python3 --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $(wc -l < "$cohort") lines, $(du -m "$cohort" | cut -f1) MB in $cohort"

timed() { # LABEL COMMAND...: one run, its output thrown away, the time on one line
  local label=$1
  shift
  /usr/bin/time -f "$label	%e s wall	%U s user	%S s sys	%M KB max RSS	exit %x" "$@" > /dev/null
}
evaluate=(java -jar target/referout.jar evaluate)
python=(python3 -c $'import json,sys\nfor l in open(sys.argv[1]): json.loads(l)')

timed "warm-up evaluate" "${evaluate[@]}" "$cohort"
timed "warm-up python" "${python[@]}" "$cohort"
for run in $(seq "$runs"); do
  timed "evaluate 200k" "${evaluate[@]}" "$cohort"
  timed "python json.loads 200k" "${python[@]}" "$cohort"
done
timed "warm-up evaluate empty" "${evaluate[@]}" "$empty"
for run in $(seq "$runs"); do
  timed "evaluate empty" "${evaluate[@]}" "$empty"
done
echo "# load average after $(cut -d' ' -f1-3 /proc/loadavg)"
