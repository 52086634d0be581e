#!/usr/bin/env bash
# Cold start on the embedded default: time from starting the JVM to the first complete grounded answer
# of POST /api/chat, RUNS times (default 5), for two ways of starting in turn:
#   run.sh  the README's run command: the unpacked jar with its class-data sharing archive
#   jar     java -jar on the packaged jar, without the archive
source "$(dirname "$0")/lib.sh"
build
SCHOLARGATE_PREPARE_ONLY=true bash "$root/scripts/run.sh"
machine

# first_answer NAME COMMAND...: starts the service and polls every 20 ms until it returns an answer, then prints the time
first_answer() {
	local name=$1
	shift
	local start end pid started
	start=$(date +%s%N)
	"$@" --server.port="$port_base" --server.address=127.0.0.1 >"$work/cold.log" 2>&1 &
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
	echo "$name run $run: first answer after $(((end - start) / 1000000)) ms ($started) load" \
		"$(cut -d' ' -f1 /proc/loadavg)"
	kill "$pid"
	wait "$pid" 2>/dev/null || true
}

for run in $(seq 1 "${RUNS:-5}"); do
	first_answer run.sh bash "$root/scripts/run.sh"
	first_answer jar java -jar "$service_jar"
done
