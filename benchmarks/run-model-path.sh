#!/usr/bin/env bash
# The model path against peers: a mock upstream (64 deltas 20 ms apart after DELAY, default 0ms),
# direct, through the service, through nginx and, for non-streaming requests, through Portkey when
# PORTKEY_DIR holds `npm install @portkey-ai/gateway@1.15.2 node@22`. Extra arguments go to ModelPath.
source "$(dirname "$0")/lib.sh"
build
machine
mock=$((port_base + 10))
nginx_port=$((port_base + 20))
portkey_port=$((port_base + 30))
start_mock "$mock" "${DELAY:-0ms}"
start_service "$port_base" --assistant.llm.provider=openai --assistant.llm.base-url="http://127.0.0.1:$mock/v1" \
	--assistant.llm.model=mock --assistant.answer-cache.enabled=false
start_nginx "$nginx_port" "$mock"
arms=(direct="http://127.0.0.1:$mock" service="http://127.0.0.1:$port_base" nginx="http://127.0.0.1:$nginx_port")
# ModelPath exits with status 1 when an arm has errors. The non-streaming run still follows, then the suite fails.
failed=0
echo "## streaming, first-token delay ${DELAY:-0ms}"
java -Xmx512m -cp "$bench_jar" org.scholargate.benchmarks.ModelPath stream=true "${arms[@]}" "$@" || failed=1
if [ -n "${PORTKEY_DIR:-}" ]; then
	start_portkey "$portkey_port"
	arms+=(portkey="http://127.0.0.1:$portkey_port")
fi
echo "## non-streaming, first-token delay ${DELAY:-0ms}"
java -Xmx512m -cp "$bench_jar" org.scholargate.benchmarks.ModelPath stream=false "${arms[@]}" "$@" || failed=1
exit "$failed"
