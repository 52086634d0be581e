#!/usr/bin/env bash
# Smoke run of the benchmark harness: every driver once, at its smallest settings, so that a broken driver,
# mock or script shows up in the test command. It checks that each driver runs and measures something, not
# how fast: its figures are not measurements. Fails when JMH reports a benchmark error (-foe true) or fewer
# results than benchmarks, or when RateSweep, ModelPath or StreamHold exits with status 1 (a step, arm or
# stream with errors or no samples). Needs neither nginx nor Portkey. Ports: the service on BENCH_PORT and the
# mock on BENCH_PORT + 10; without BENCH_PORT, the first of 19400, 19500 ... 19900 where both are free, apart
# from the suites' 19300. SMOKE_TIMEOUT is the limit in seconds for each driver (default 120).
source "$(dirname "$0")/lib.sh"

# free_base: prints the first base from 19400 to 19900, in steps of 100, whose service and mock ports are free
free_base() {
	local base
	for base in $(seq 19400 100 19900); do
		if ! port_in_use "$base" && ! port_in_use $((base + 10)); then
			echo "$base"
			return 0
		fi
	done
	echo "error: no free pair of loopback ports from 19400 to 19910; set BENCH_PORT to a free base" >&2
	return 1
}

build
limit=${SMOKE_TIMEOUT:-120}

# check NAME COMMAND...: runs one driver within the time limit. When the driver fails, prints why and the
# ends of the mock's and the service's logs, then returns 1 so that set -e stops the run.
check() {
	local name=$1 status=0
	shift
	timeout "$limit" "$@" || status=$?
	if [ "$status" = 0 ]; then
		return 0
	fi
	if [ "$status" = 124 ]; then
		echo "error: the $name smoke run did not finish within $limit s (SMOKE_TIMEOUT)" >&2
	else
		echo "error: the $name smoke run failed with exit status $status" >&2
	fi
	for log in "$work"/mock-*.log "$work"/service-*.log; do
		if [ -f "$log" ]; then
			echo "--- last lines of $(basename "$log")" >&2
			tail -n 20 "$log" >&2
		fi
	done
	return 1
}

components() {
	echo "## ComponentBenchmarks (JMH, bundled catalog, one iteration of 200 ms per benchmark)"
	local expected results
	expected=$(java -jar "$bench_jar" -l ComponentBenchmarks | grep -c '\.ComponentBenchmarks\.')
	if ! check ComponentBenchmarks java -Xmx512m -jar "$bench_jar" ComponentBenchmarks -p catalog=bundled -f 0 \
		-wi 0 -i 1 -r 200ms -foe true -rf json -rff "$work/components.json" >"$work/components.log" 2>&1; then
		grep -v '^\s*at ' "$work/components.log" | tail -n 20 >&2
		exit 1
	fi
	grep -E '^(Benchmark  |ComponentBenchmarks\.[A-Za-z0-9]+) ' "$work/components.log"
	results=$(grep -c '"benchmark" :' "$work/components.json" || true)
	if [ "$results" != "$expected" ]; then
		echo "error: JMH wrote $results results for $expected benchmarks; see $work/components.log" >&2
		exit 1
	fi
}

# The bound is loose because a smoke run checks that responses arrive, not how fast.
rate_sweep() {
	echo "## RateSweep (10 requests per second for 1 s)"
	check RateSweep java -Xmx256m -cp "$bench_jar" org.scholargate.benchmarks.RateSweep base="$service" rates=10 \
		duration=1s bound=10s warmUp=20
}

model_path() {
	for stream in true false; do
		echo "## ModelPath (stream=$stream, direct and service, 1 request per arm)"
		check ModelPath java -Xmx256m -cp "$bench_jar" org.scholargate.benchmarks.ModelPath stream="$stream" \
			rounds=1 perRound=1 warmup=2 interval=1ms direct="http://127.0.0.1:$mock" service="$service"
	done
}

stream_hold() {
	echo "## StreamHold (8 streams straight to the mock, then 8 through the service)"
	check StreamHold java -Xmx256m -cp "$bench_jar" org.scholargate.benchmarks.StreamHold \
		url="http://127.0.0.1:$mock" model=mock streams=8 ramp=200ms interval=1ms
	check StreamHold java -Xmx256m -cp "$bench_jar" org.scholargate.benchmarks.StreamHold url="$service" \
		streams=8 ramp=200ms interval=1ms pid="$service_pid" idleAt=500ms
}

start=$(date +%s)
machine
components
if [ -z "${BENCH_PORT:-}" ]; then
	port_base=$(free_base)
fi
mock=$((port_base + 10))
service="http://127.0.0.1:$port_base"
echo "# service on port $port_base, mock upstream on port $mock"
start_mock "$mock" 0ms deltas=8 interval=1ms
start_service "$port_base" --assistant.llm.provider=openai --assistant.llm.base-url="http://127.0.0.1:$mock/v1" \
	--assistant.llm.model=mock --assistant.answer-cache.enabled=false
rate_sweep
model_path
stream_hold
echo "benchmark smoke run passed in $(($(date +%s) - start)) s"
