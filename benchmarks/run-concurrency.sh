#!/usr/bin/env bash
# Concurrency: streams held at once through the service to the mock upstream, and straight to the
# mock (the driver's and mock's own ceiling). STREAMS lists the levels (default 32 128 512 1024).
# The mock waits IDLE (default 4s) before the first token, so heap is sampled while every stream idles.
source "$(dirname "$0")/lib.sh"
build
machine
mock=$((port_base + 10))
start_mock "$mock" "${IDLE:-4s}"
start_service "$port_base" --assistant.llm.provider=openai --assistant.llm.base-url="http://127.0.0.1:$mock/v1" \
	--assistant.llm.model=mock --assistant.answer-cache.enabled=false \
	--assistant.llm.bulkhead.max-concurrent-streams=2048
# one warm-up stream per level size, so the first level does not pay for class loading
java -cp "$bench_jar" org.scholargate.benchmarks.StreamHold url="http://127.0.0.1:$port_base" streams=32 ramp=1s \
	>/dev/null
# StreamHold exits with status 1 at a level with errors. The sweep still runs every level, then fails.
failed=0
for streams in ${STREAMS:-32 128 512 1024}; do
	echo "## direct to the mock"
	java -Xmx1g -cp "$bench_jar" org.scholargate.benchmarks.StreamHold url="http://127.0.0.1:$mock" model=mock \
		streams="$streams" ramp=2s || failed=1
	echo "## through the service"
	java -Xmx1g -cp "$bench_jar" org.scholargate.benchmarks.StreamHold url="http://127.0.0.1:$port_base" \
		streams="$streams" ramp=2s pid="$service_pid" idleAt=3s || failed=1
done
exit "$failed"
