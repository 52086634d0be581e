#!/usr/bin/env bash
# Runs the whole test suite (unit, integration, formatting and Checkstyle) on a fresh machine.
# Needs Java 17 and Maven 3.8+; Maven downloads everything else from Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in java mvn; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "error: '$tool' is not installed; install Java 17 and Maven 3.8 or later" >&2
		exit 1
	fi
done

mvn -B -ntp verify "$@"
