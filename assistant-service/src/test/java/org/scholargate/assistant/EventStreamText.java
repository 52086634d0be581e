package org.scholargate.assistant;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Splits a server-sent event body into the data of its events, for tests that check the
 * exact wire text.
 */
public final class EventStreamText {

	private EventStreamText() {
	}

	/**
	 * Returns the {@code data} of each event in order, multi-line data joined by
	 * newlines.
	 */
	public static List<String> data(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8).replace("\r\n", "\n");
		List<String> events = new ArrayList<>();
		for (String block : text.split("\n\n")) {
			List<String> lines = new ArrayList<>();
			for (String line : block.split("\n")) {
				if (line.startsWith("data:")) {
					String value = line.substring("data:".length());
					lines.add(value.startsWith(" ") ? value.substring(1) : value);
				}
			}
			if (!lines.isEmpty()) {
				events.add(String.join("\n", lines));
			}
		}
		return events;
	}

	/**
	 * Returns the JSON paths of every {@code null} value in a tree, such as
	 * {@code choices[0].finish_reason}.
	 */
	public static List<String> nullPaths(JsonNode node) {
		List<String> paths = new ArrayList<>();
		collectNulls(node, "", paths);
		return paths;
	}

	private static void collectNulls(JsonNode node, String path, List<String> paths) {
		if (node.isNull()) {
			paths.add(path);
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> entry : node.properties()) {
				collectNulls(entry.getValue(), path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), paths);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collectNulls(node.get(i), path + "[" + i + "]", paths);
			}
		}
	}

}
