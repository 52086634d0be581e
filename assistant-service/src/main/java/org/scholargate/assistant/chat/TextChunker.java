package org.scholargate.assistant.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits answer text into stream deltas at line and sentence ends, so that no delta
 * splits a character and the deltas concatenate to the text exactly.
 */
final class TextChunker {

	private static final int MAX_CHUNK = 160;

	private TextChunker() {
	}

	static List<String> chunk(String text) {
		List<String> chunks = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char current = text.charAt(i);
			boolean boundary = current == '\n'
					|| (current == ' ' && i > start && ".!?:".indexOf(text.charAt(i - 1)) >= 0)
					|| (current == ' ' && i - start >= MAX_CHUNK);
			if (boundary) {
				chunks.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			chunks.add(text.substring(start));
		}
		return chunks;
	}

}
