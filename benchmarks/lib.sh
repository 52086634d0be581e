# Helpers shared by the benchmark scripts: start and stop the processes a suite needs.
# Every process listens on loopback; ports come from BENCH_PORT (default 19300) upwards.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench_jar=$root/benchmarks/target/benchmarks.jar
service_jar=$root/assistant-service/target/scholargate-assistant.jar
port_base=${BENCH_PORT:-19300}
work=$(mktemp -d)
pids=()

build() {
	if [ ! -f "$bench_jar" ] || [ ! -f "$service_jar" ]; then
		(cd "$root" && mvn -B -q -ntp -DskipTests package && mvn -B -q -ntp -Pbenchmarks -pl benchmarks -am package \
			-DskipTests)
	fi
}

stop_all() {
	for pid in "${pids[@]}"; do
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	pids=()
}
trap 'stop_all; rm -rf "$work"' EXIT

# port_in_use PORT: succeeds when something accepts connections on the loopback port
port_in_use() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# require_free PORT: fails when the loopback port is in use, so that a suite never sends its load to a
# process it did not start
require_free() {
	if port_in_use "$1"; then
		echo "error: port $1 on 127.0.0.1 is already in use; stop what listens there or set BENCH_PORT" >&2
		exit 1
	fi
}

# wait_for URL [PID LOG]: waits up to 120 s for URL to respond. Fails at once, printing LOG, when PID exits.
wait_for() {
	for _ in $(seq 1 1200); do
		if curl -s -o /dev/null "$1"; then
			return 0
		fi
		if [ -n "${2:-}" ] && ! kill -0 "$2" 2>/dev/null; then
			echo "error: the process for $1 exited before responding; its log follows" >&2
			cat "$3" >&2
			exit 1
		fi
		sleep 0.1
	done
	echo "error: $1 did not respond within 120 s" >&2
	exit 1
}

# start_mock PORT DELAY [settings...]: settings go to MockUpstream, e.g. deltas=8 interval=1ms
start_mock() {
	local port=$1 delay=$2
	shift 2
	require_free "$port"
	java -Xmx256m -cp "$bench_jar" org.scholargate.benchmarks.MockUpstream port="$port" delay="$delay" "$@" \
		>"$work/mock-$port.log" 2>&1 &
	pids+=($!)
	for _ in $(seq 1 100); do
		grep -q 'mock upstream on port' "$work/mock-$port.log" && return 0
		sleep 0.1
	done
	echo "error: the mock upstream did not start on port $port; its log follows" >&2
	cat "$work/mock-$port.log" >&2
	exit 1
}

# start_service PORT [settings...]; sets service_pid
start_service() {
	local port=$1
	shift
	require_free "$port"
	java -Xmx1g -jar "$service_jar" --server.port="$port" --server.address=127.0.0.1 "$@" \
		>"$work/service-$port.log" 2>&1 &
	service_pid=$!
	pids+=($service_pid)
	wait_for "http://127.0.0.1:$port/actuator/health" "$service_pid" "$work/service-$port.log"
}

# start_nginx PORT UPSTREAM_PORT: a plain reverse proxy with buffering off
start_nginx() {
	mkdir -p "$work/nginx"
	cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
	access_log off;
	client_body_temp_path $work/nginx;
	proxy_temp_path $work/nginx;
	upstream mock { server 127.0.0.1:$2; keepalive 64; }
	server {
		listen 127.0.0.1:$1;
		location / {
			proxy_pass http://mock;
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_buffering off;
			proxy_cache off;
			proxy_read_timeout 300s;
		}
	}
}
CONF
	nginx -c "$work/nginx/nginx.conf" &
	pids+=($!)
	sleep 0.5
}

# start_portkey PORT: Portkey's gateway from PORTKEY_DIR (npm install @portkey-ai/gateway@1.15.2 node@22)
start_portkey() {
	(cd "$PORTKEY_DIR" && exec node_modules/.bin/node node_modules/@portkey-ai/gateway/build/start-server.js \
		--port="$1" --headless) >"$work/portkey.log" 2>&1 &
	pids+=($!)
	wait_for "http://127.0.0.1:$1/"
}

machine() {
	echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB," \
		"$(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
}
