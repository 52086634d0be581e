package org.scholargate.assistant.llm;

import java.util.ArrayList;
import java.util.List;

/**
 * Server-sent event bodies as the OpenAI and Anthropic streaming APIs send them.
 */
final class StreamBodies {

	private StreamBodies() {
	}

	/**
	 * Returns the events of an OpenAI chat completion stream: a role chunk, one chunk per
	 * token, a finish chunk (when the reason is not {@code null}), the usage chunk and
	 * {@code [DONE]}.
	 */
	static List<String> openAiEvents(String finishReason, String... tokens) {
		List<String> events = new ArrayList<>();
		events.add(openAiChunk("{\"role\":\"assistant\",\"content\":\"\"}", null));
		for (String token : tokens) {
			events.add(openAiChunk("{\"content\":" + json(token) + "}", null));
		}
		if (finishReason != null) {
			events.add(openAiChunk("{}", finishReason));
			events.add("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stub\","
					+ "\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":3,\"total_tokens\":8}}\n\n");
			events.add("data: [DONE]\n\n");
		}
		return events;
	}

	static String openAi(String... tokens) {
		return String.join("", openAiEvents("stop", tokens));
	}

	static String openAiChunk(String delta, String finishReason) {
		return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stub\","
				+ "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":"
				+ ((finishReason != null) ? json(finishReason) : "null") + "}]}\n\n";
	}

	/**
	 * Returns the events of an Anthropic messages stream; without a stop reason it ends
	 * after the last text delta, as a cut stream does.
	 */
	static List<String> anthropicEvents(String stopReason, String... tokens) {
		List<String> events = new ArrayList<>();
		events.add(anthropicEvent("message_start",
				"{\"type\":\"message_start\",\"message\":{\"id\":\"m1\","
						+ "\"type\":\"message\",\"role\":\"assistant\",\"model\":\"stub\",\"content\":[],"
						+ "\"usage\":{\"input_tokens\":5,\"output_tokens\":1}}}"));
		events.add(anthropicEvent("content_block_start",
				"{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
		events.add(anthropicEvent("ping", "{\"type\":\"ping\"}"));
		for (String token : tokens) {
			events.add(anthropicEvent("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,"
					+ "\"delta\":{\"type\":\"text_delta\",\"text\":" + json(token) + "}}"));
		}
		if (stopReason != null) {
			events.add(anthropicEvent("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"));
			events.add(anthropicEvent("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
					+ json(stopReason) + "},\"usage\":{\"output_tokens\":3}}"));
			events.add(anthropicEvent("message_stop", "{\"type\":\"message_stop\"}"));
		}
		return events;
	}

	static String anthropic(String... tokens) {
		return String.join("", anthropicEvents("end_turn", tokens));
	}

	static String anthropicEvent(String name, String data) {
		return "event: " + name + "\ndata: " + data + "\n\n";
	}

	static String json(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				default -> json.append(c);
			}
		}
		return json.append('"').toString();
	}

}
