#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: the Maven build (unit, integration, formatting and
# Checkstyle), then the real-client tests in clients/ against the packaged service: the openai and
# ai Node clients and the chat page in headless Chromium. Last, it builds the benchmark harness
# (Maven profile benchmarks) and runs benchmarks/smoke.sh, each driver once at its smallest settings
# on free loopback ports from 19400 up (or BENCH_PORT), in about a minute on two cores.
# Needs Java 17, Maven 3.8+ and Node.js 20+ with npm. Maven and npm download their packages; Debian's
# chromium is installed with apt-get when /usr/bin/chromium is missing.
# The Redis tests need Debian's redis-server, which this script installs when it is missing (as root,
# with apt-get). It starts one on a free loopback port without persistence, passes the port and the
# binary to the Maven build, and stops it when the build ends.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in java mvn node npm; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "error: '$tool' is not installed; install Java 17, Maven 3.8 or later and Node.js 20 or later" >&2
		exit 1
	fi
done

install_redis() {
	if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
		echo "error: redis-server is not installed; install it (Debian: apt-get install redis-server)" >&2
		exit 1
	fi
	echo "Installing redis-server for the Redis tests" >&2
	if ! flock /tmp/apt.lock apt-get install -y -q redis-server >/dev/null; then
		flock /tmp/apt.lock apt-get update -q >/dev/null
		flock /tmp/apt.lock apt-get install -y -q redis-server >/dev/null
	fi
}

# Starts redis-server on a random free port; sets redis_port, redis_pid and redis_dir.
start_redis() {
	redis_dir=$(mktemp -d)
	for _ in $(seq 1 20); do
		redis_port=$((20000 + RANDOM % 20000))
		redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize no \
			--dir "$redis_dir" >"$redis_dir/redis.log" 2>&1 &
		redis_pid=$!
		for _ in $(seq 1 50); do
			if redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG; then
				return 0
			fi
			if ! kill -0 "$redis_pid" 2>/dev/null; then
				break
			fi
			sleep 0.1
		done
		kill "$redis_pid" 2>/dev/null || true
		wait "$redis_pid" 2>/dev/null || true
	done
	echo "error: redis-server did not start; its last log:" >&2
	cat "$redis_dir/redis.log" >&2
	exit 1
}

redis_pid=""
redis_dir=""
service=""

stop_redis() {
	if [ -n "$redis_pid" ]; then
		kill "$redis_pid" 2>/dev/null || true
		wait "$redis_pid" 2>/dev/null || true
		redis_pid=""
	fi
	if [ -n "$redis_dir" ]; then
		rm -rf "$redis_dir"
		redis_dir=""
	fi
}

stop_service() {
	if [ -n "$service" ]; then
		kill "$service" 2>/dev/null || true
		wait "$service" 2>/dev/null || true
		service=""
	fi
}

cleanup() {
	stop_service
	stop_redis
}
trap cleanup EXIT

command -v redis-server >/dev/null 2>&1 || install_redis
start_redis
echo "Redis for the tests: 127.0.0.1:$redis_port" >&2
export TEST_REDIS_PORT="$redis_port"
TEST_REDIS_SERVER="$(command -v redis-server)"
export TEST_REDIS_SERVER
mvn -B -ntp verify -Dtest.redis.port="$redis_port" -Dtest.redis.server="$TEST_REDIS_SERVER" "$@"
stop_redis

if [ ! -x /usr/bin/chromium ]; then
	echo "Installing Debian's chromium for the chat page test"
	if ! flock /tmp/apt.lock apt-get install -y -q chromium; then
		flock /tmp/apt.lock apt-get update -q
		flock /tmp/apt.lock apt-get install -y -q chromium
	fi
fi
(cd clients && npm ci --no-audit --no-fund)

port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => {
	console.log(s.address().port); s.close(); });')
log=$(mktemp -t scholargate-service.XXXXXX.log)
java -jar assistant-service/target/scholargate-assistant.jar --server.address=127.0.0.1 --server.port="$port" \
	>"$log" 2>&1 &
service=$!

url="http://127.0.0.1:$port"
if ! node clients/wait-for-health.mjs "$url/actuator/health" 120; then
	echo "error: the service did not become healthy on $url; its log follows" >&2
	cat "$log" >&2
	exit 1
fi
(cd clients && SCHOLARGATE_URL="$url" npm test)
stop_service

echo "Building the benchmark harness for its smoke run"
mvn -B -q -ntp -Pbenchmarks -pl benchmarks -am package -DskipTests
if ! bash benchmarks/smoke.sh; then
	echo "error: the benchmark smoke run failed; its output above names the driver that failed" >&2
	exit 1
fi
