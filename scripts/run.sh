#!/usr/bin/env bash
# Builds the service when needed and starts it on the embedded default: bundled catalog, in-memory
# conversations, grounded answers. No server or network is needed. Extra arguments go to the service,
# for example --server.port=9090.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=assistant-service/target/scholargate-assistant.jar
if [ ! -f "$jar" ] || [ -n "$(find catalog prompts assistant-service pom.xml -newer "$jar" -type f \
		-not -path '*/target/*' -print -quit)" ]; then
	mvn -B -q -ntp -DskipTests package
fi
exec java -jar "$jar" "$@"
