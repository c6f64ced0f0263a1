#!/usr/bin/env bash
# Runs every benchmark of the SDK against its baselines (JMH with the gc profiler), then the
# auto-pager's retained-memory harness, and writes:
#   benchmarks/results/jmh.json          JMH's JSON
#   benchmarks/results/pager-memory.json retained heap while auto-paginating 1k / 10k / 100k
#   benchmarks/results/machine.txt       nproc, CPU, JVM, load when the run started
#   benchmarks/results/results.md        the table of results and ratios
#   benchmarks/results/ratios.svg        the chart of the ratios
# and refreshes the table in benchmarks/README.md. About 8 1/2 minutes on 2 cores.
#
#   benchmarks/run.sh                  the full run
#   benchmarks/run.sh --smoke          each benchmark once, minimal iterations (CI); writes under
#                                      benchmarks/<target>/smoke and leaves the results alone
#   benchmarks/run.sh -- <JMH args>    extra JMH arguments, e.g. a regex: -- 'CallBenchmark.getSession'
#
# GRADIANT_TARGET=target-foo picks the build folder (default: target), as -Dgradiant.target does.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${GRADIANT_TARGET:-target}"
smoke=false
jmh_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=true ;;
    --) shift; jmh_args=("$@"); break ;;
    *) echo "unknown argument: $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done

echo "--- build the SDK, the generated client and the benchmarks (${target}/)"
mvn -q -pl benchmarks -am package -DskipTests -Dgradiant.target="${target}"
classpath="benchmarks/${target}/classes:$(cat "benchmarks/${target}/benchmarks.classpath")"

if $smoke; then
  out="benchmarks/${target}/smoke"
  # No fork, no warm-up, one 100 ms iteration each: proves every benchmark sets up and runs.
  run_args=(-f 0 -wi 0 -i 1 -r 100ms -foe true)
  pager_args=(--quick)
else
  out="benchmarks/results"
  run_args=(-prof gc -foe true)
  pager_args=()
fi
mkdir -p "${out}"

{
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -version 2>&1 | sed 's/^/java: /'
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
} > "${out}/machine.txt"
cat "${out}/machine.txt"

echo "--- JMH"
java -cp "${classpath}" org.openjdk.jmh.Main "${run_args[@]}" \
  -rf json -rff "${out}/jmh.json" "${jmh_args[@]}"

echo "--- retained memory while auto-paginating"
java -XX:+UseG1GC -Xmx1g -cp "${classpath}" dev.gradiant.sdk.benchmarks.PagerMemory \
  "${out}/pager-memory.json" "${pager_args[@]}"

echo "--- report"
if $smoke; then
  python3 benchmarks/report.py "${out}" > /dev/null
  echo "smoke run passed: ${out}/results.md"
else
  python3 benchmarks/report.py "${out}" --readme benchmarks/README.md
fi
