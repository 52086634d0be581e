#!/usr/bin/env bash
# Component benchmarks (JMH, sample mode: p50/p99 per call) at 1 and 2 threads, and the heap that
# 100k records take. CATALOGS lists the catalogs (default bundled,pwc,10k,100k); the Papers with
# Code methods are read from -Dpwc.methods or /work/shared/reference-data/pwc-methods-2022/methods.json.
source "$(dirname "$0")/lib.sh"
build
machine
# 100k records take one to two minutes to build, so that catalog runs in the harness JVM (-f 0) and is
# built once for its four benchmarks instead of once per fork.
results=$root/benchmarks/target/results
mkdir -p "$results"
catalogs=${CATALOGS:-bundled,pwc,10k}
for threads in 1 2; do
	java -jar "$bench_jar" 'ComponentBenchmarks.(link|linkAndSearch|searchTop10|table)$' -p catalog="$catalogs" \
		-t "$threads" -rf json -rff "$results/components-t$threads.json" "$@"
	java -jar "$bench_jar" 'ComponentBenchmarks.sse' -t "$threads" -rf json -rff "$results/sse-t$threads.json" "$@"
	java -Xmx2g -jar "$bench_jar" 'ComponentBenchmarks.(link|linkAndSearch|searchTop10|table)$' -p catalog=100k \
		-f 0 -t "$threads" -rf json -rff "$results/components-100k-t$threads.json" "$@"
done
java -Xmx2g -cp "$bench_jar" org.scholargate.benchmarks.HeapFootprint 100k
