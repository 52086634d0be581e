#!/usr/bin/env bash
# Builds the service when needed and starts it on the embedded default: bundled catalog, in-memory
# conversations, grounded answers. No server or network is needed. Extra arguments go to the service,
# for example --server.port=9090.
# After each build it unpacks the jar and records a class-data sharing archive of the classes that
# start-up loads (one start of the service that exits once the context is ready), so that later
# starts skip most class loading. SCHOLARGATE_CDS=false starts the packaged jar as it is instead;
# SCHOLARGATE_PREPARE_ONLY=true builds and records the archive, then exits without starting.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=assistant-service/target/scholargate-assistant.jar
app=assistant-service/target/app
archive=$app/application.jsa
if [ ! -f "$jar" ] || [ -n "$(find catalog prompts assistant-service pom.xml -newer "$jar" -type f \
		-not -path '*/target/*' -print -quit)" ]; then
	mvn -B -q -ntp -DskipTests package
fi
if [ "${SCHOLARGATE_CDS:-true}" = false ]; then
	exec java -jar "$jar" "$@"
fi
if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ]; then
	echo "Preparing a class-data archive for faster starts (once per build)" >&2
	rm -rf "$app"
	java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
	if ! java -XX:ArchiveClassesAtExit="$archive" -Dspring.context.exit=onRefresh -jar "$app/scholargate-assistant.jar" \
		--server.port=0 >"$app/training.log" 2>&1; then
		echo "warning: recording the archive failed (see $app/training.log); starting without it" >&2
		rm -f "$archive"
	fi
fi
if [ "${SCHOLARGATE_PREPARE_ONLY:-false}" = true ]; then
	exit 0
fi
if [ -f "$archive" ]; then
	exec java -XX:SharedArchiveFile="$archive" -jar "$app/scholargate-assistant.jar" "$@"
fi
exec java -jar "$app/scholargate-assistant.jar" "$@"
