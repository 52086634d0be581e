#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: the Maven build (unit, integration, formatting and
# Checkstyle), then the real-client tests in clients/ against the packaged service: the openai and
# ai Node clients and the chat page in headless Chromium.
# Needs Java 17, Maven 3.8+ and Node.js 20+ with npm. Maven and npm download their packages; Debian's
# chromium is installed with apt-get when /usr/bin/chromium is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in java mvn node npm; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "error: '$tool' is not installed; install Java 17, Maven 3.8 or later and Node.js 20 or later" >&2
		exit 1
	fi
done

mvn -B -ntp verify "$@"

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
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true' EXIT

url="http://127.0.0.1:$port"
if ! node clients/wait-for-health.mjs "$url/actuator/health" 120; then
	echo "error: the service did not become healthy on $url; its log follows" >&2
	cat "$log" >&2
	exit 1
fi
(cd clients && SCHOLARGATE_URL="$url" npm test)
