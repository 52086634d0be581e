package org.scholargate.prompts;

import java.util.List;
import java.util.Map;

/**
 * Writes prompt data as JSON in which {@code <}, {@code >} and {@code &} are escaped, so
 * that no value can contain the closing tag of the block it sits in.
 */
final class PromptData {

	private PromptData() {
	}

	static String sources(List<PromptSource> sources) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < sources.size(); i++) {
			json.append((i > 0) ? ",\n" : "\n");
			source(json, sources.get(i));
		}
		return json.append("\n]").toString();
	}

	private static void source(StringBuilder json, PromptSource source) {
		json.append("{\"index\": ").append(source.index());
		json.append(", \"method\": ").append(string(source.method()));
		json.append(", \"reference\": ").append(string(source.reference()));
		json.append(", \"facts\": {");
		boolean first = true;
		for (Map.Entry<String, String> fact : source.facts().entrySet()) {
			json.append(first ? "" : ", ").append(string(fact.getKey())).append(": ").append(string(fact.getValue()));
			first = false;
		}
		json.append("}}");
	}

	/**
	 * Returns a value as a JSON string literal, {@code null} as an empty string.
	 */
	static String string(String value) {
		String text = (value != null) ? value : "";
		StringBuilder json = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				case '<', '>', '&' -> json.append(String.format("\\u%04x", (int) c));
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

}
