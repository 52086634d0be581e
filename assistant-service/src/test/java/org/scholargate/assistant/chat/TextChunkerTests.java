package org.scholargate.assistant.chat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextChunkerTests {

	@ParameterizedTest
	@ValueSource(strings = { "", "One sentence.", "First. Second! Third? Fourth: fifth\nsixth\n\nseventh",
			"event: done\ndata: not a frame\n\n", "Emoji 😀 survive. Türkçe ıİşğ. Français é à ç.",
			"No boundary at all but a very long line that goes on and on and on and on and on and on and on and on"
					+ " and on and on and on and on and on and on and on and on and on and on and on and on and on" })
	void chunksConcatenateToText(String text) {
		List<String> chunks = TextChunker.chunk(text);
		assertThat(String.join("", chunks)).isEqualTo(text);
		assertThat(chunks).allSatisfy((chunk) -> assertThat(chunk).isNotEmpty());
	}

	@ParameterizedTest
	@ValueSource(strings = { "😀😀😀 😀😀😀. 😀😀😀 😀😀😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢. 𝔱𝔢𝔵𝔱 𝔞𝔫𝔡 𝔪𝔬𝔯𝔢" })
	void chunksNeverSplitSurrogatePairs(String text) {
		for (String chunk : TextChunker.chunk(text.repeat(20))) {
			assertThat(Character.isLowSurrogate(chunk.charAt(0))).isFalse();
			assertThat(Character.isHighSurrogate(chunk.charAt(chunk.length() - 1))).isFalse();
		}
	}

}
