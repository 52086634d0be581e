package org.scholargate.assistant.llm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.http.client.sse.ServerSentEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SseDecoderTests {

	private final List<ServerSentEvent> events = new ArrayList<>();

	private final SseDecoder decoder = new SseDecoder(this.events::add);

	private void feedBytewise(String text) {
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			this.decoder.feed(new byte[] { b });
		}
	}

	@Test
	void eventsSplitAtEveryByteSurvive() {
		feedBytewise("data: {\"t\":\"Bilgi damıtma é 😀\"}\n\nevent: done\ndata: x\n\n");
		this.decoder.finish();
		assertThat(this.events).containsExactly(new ServerSentEvent(null, "{\"t\":\"Bilgi damıtma é 😀\"}"),
				new ServerSentEvent("done", "x"));
	}

	@Test
	void lineEndingsOfEveryKindSplitEvents() {
		feedBytewise("data: a\r\n\r\ndata: b\r\rdata: c\n\n");
		assertThat(this.events).extracting(ServerSentEvent::data).containsExactly("a", "b", "c");
	}

	@Test
	void multiLineDataJoinsWithLineFeed() {
		this.decoder.feed("data: one\ndata:two\n\n".getBytes(StandardCharsets.UTF_8));
		assertThat(this.events).extracting(ServerSentEvent::data).containsExactly("one\ntwo");
	}

	@Test
	void commentsAndUnknownFieldsAreIgnored() {
		this.decoder.feed(": ping\nid: 7\nretry: 10\n\ndata: x\n\n".getBytes(StandardCharsets.UTF_8));
		assertThat(this.events).extracting(ServerSentEvent::data).containsExactly("x");
	}

	@Test
	void unterminatedLastEventDispatchedAtEnd() {
		this.decoder.feed("data: [DONE]".getBytes(StandardCharsets.UTF_8));
		assertThat(this.events).isEmpty();
		this.decoder.finish();
		assertThat(this.events).extracting(ServerSentEvent::data).containsExactly("[DONE]");
	}

	@Test
	void truncatedCharacterAtEndBecomesReplacement() {
		byte[] emoji = "😀".getBytes(StandardCharsets.UTF_8);
		this.decoder.feed("data: a".getBytes(StandardCharsets.UTF_8));
		this.decoder.feed(new byte[] { emoji[0], emoji[1] });
		this.decoder.finish();
		assertThat(this.events).extracting(ServerSentEvent::data).containsExactly("a\uFFFD");
	}

}
