#!/usr/bin/env bash
# Grounded answers over HTTP: an open-loop rate sweep of POST /api/chat (server-sent events) and of
# GET /actuator/health in the same run. Extra arguments go to RateSweep, e.g. rates=100,200 duration=10s.
# ANSWER_CACHE=true keeps the answer cache on (off by default here, so each request runs the pipeline).
source "$(dirname "$0")/lib.sh"
build
machine
start_service "$port_base" --assistant.answer-cache.enabled="${ANSWER_CACHE:-false}"
java -Xmx512m -cp "$bench_jar" org.scholargate.benchmarks.RateSweep base="http://127.0.0.1:$port_base" "$@"
