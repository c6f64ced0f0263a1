#!/usr/bin/env bash
# Runs every benchmark of the SDK against its baselines (JMH with the gc profiler), then the
# harnesses that are not JMH (the auto-pager's retained memory, concurrency over loopback, a lock
# profile at 32 threads, cold start), and writes:
#   benchmarks/results/jmh.json          JMH's JSON
#   benchmarks/results/pager-memory.json retained heap while auto-paginating 1k / 10k / 100k
#   benchmarks/results/concurrency.json  8 and 32 threads, 1,000 async calls in flight: calls/s, p99
#   benchmarks/results/lock-profile.json contended locks at 32 threads (JFR), per client; the
#                                        recordings beside it (lock-profile-*.jfr, not committed)
#   benchmarks/results/cold-start.json   JVM launch to first call, classes loaded, per client
#   benchmarks/results/machine.txt       nproc, CPU, JVM, load when the run started
#   benchmarks/results/results.md        the tables of results and ratios, each with its spread
#   benchmarks/results/ratios.svg        the chart of the ratios
# and refreshes the tables in benchmarks/README.md. About 14 minutes on 2 cores (JMH about 9 1/2,
# the build 1 1/2, the other harnesses 3).
#
# The full run leaves out the rows reported apart (README, "Observers and the live feed"): the
# SDK with an observer or OpenTelemetry and its peer, OpenTelemetry's OkHttp instrumentation
# (CallBenchmark ..._sdkNoOpObserver, ..._sdkOtel*, ..._rawSdkTimestampsOtel*,
# LoopbackTracingBenchmark) and
# RealtimeDeliveryBenchmark. Run them with -- and a regex, e.g. -- 'RealtimeDeliveryBenchmark'.
#
#   benchmarks/run.sh                  the full run
#   benchmarks/run.sh --smoke          each benchmark once, minimal iterations (CI); writes under
#                                      benchmarks/<target>/smoke and leaves the results alone
#   benchmarks/run.sh -- <JMH args>    extra JMH arguments, e.g. a regex: -- 'CallBenchmark.getSession'
#                                      (with arguments, only JMH runs: the other harnesses and the
#                                      report are skipped, and results/ is left alone)
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

# Rows reported apart, left out of the full run (see the header).
apart='.*(_sdkNoOpObserver|_sdkOtel.*|_rawSdkTimestampsOtel.*|RealtimeDeliveryBenchmark.*|LoopbackTracingBenchmark.*)'
if $smoke; then
  out="benchmarks/${target}/smoke"
  # No fork, no warm-up, one 100 ms iteration each: proves every benchmark sets up and runs.
  run_args=(-f 0 -wi 0 -i 1 -r 100ms -foe true)
  quick=(--quick)
elif [ ${#jmh_args[@]} -gt 0 ]; then
  out="benchmarks/${target}/partial"
  run_args=(-prof gc -foe true)
  quick=()
else
  out="benchmarks/results"
  run_args=(-prof gc -foe true -e "${apart}")
  quick=()
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

if [ ${#jmh_args[@]} -gt 0 ] && ! $smoke; then
  echo "JMH arguments given: the other harnesses and the report are skipped (${out}/jmh.json)"
  exit 0
fi

# ${quick[@]+...}: bash before 4.4 calls an empty array unbound under set -u.
echo "--- retained memory while auto-paginating"
java -XX:+UseG1GC -Xmx1g -cp "${classpath}" dev.gradiant.sdk.benchmarks.PagerMemory \
  "${out}/pager-memory.json" ${quick[@]+"${quick[@]}"}

echo "--- concurrency over loopback: 8 and 32 threads, 1,000 async calls in flight"
java -cp "${classpath}" dev.gradiant.sdk.benchmarks.ConcurrencyRun \
  "${out}/concurrency.json" ${quick[@]+"${quick[@]}"}

echo "--- lock profile at 32 threads (JFR)"
java -cp "${classpath}" dev.gradiant.sdk.benchmarks.LockProfile \
  "${out}/lock-profile.json" ${quick[@]+"${quick[@]}"}

echo "--- cold start: a fresh JVM to its first call"
java -cp "${classpath}" dev.gradiant.sdk.benchmarks.ColdStartRun \
  "${out}/cold-start.json" ${quick[@]+"${quick[@]}"}

echo "--- report"
if $smoke; then
  python3 benchmarks/report.py "${out}" > /dev/null
  echo "smoke run passed: ${out}/results.md"
else
  python3 benchmarks/report.py "${out}" --readme benchmarks/README.md
fi
