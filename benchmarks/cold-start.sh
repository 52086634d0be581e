#!/usr/bin/env bash
# Cold start of the packaged jar on the embedded default: time from `java -jar` to the first complete
# grounded answer, RUNS times (default 5).
source "$(dirname "$0")/lib.sh"
build
machine
for run in $(seq 1 "${RUNS:-5}"); do
	start=$(date +%s%N)
	java -jar "$service_jar" --server.port="$port_base" --server.address=127.0.0.1 >"$work/cold.log" 2>&1 &
	pid=$!
	until curl -sf -o "$work/answer.json" "http://127.0.0.1:$port_base/api/chat" -H 'Content-Type: application/json' \
		-d '{"message": "What is LoRA?"}'; do
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "error: the service exited before answering; see its log:" >&2
			cat "$work/cold.log" >&2
			exit 1
		fi
		sleep 0.02
	done
	end=$(date +%s%N)
	started=$(grep -o 'Started AssistantApplication in [0-9.]* seconds' "$work/cold.log" || true)
	echo "run $run: first answer after $(((end - start) / 1000000)) ms ($started) load $(cut -d' ' -f1 /proc/loadavg)"
	kill "$pid"
	wait "$pid" 2>/dev/null || true
done
