package org.scholargate.assistant.llm;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import dev.langchain4j.http.client.sse.ServerSentEvent;

/**
 * Decodes a server-sent event stream that arrives in byte chunks of any size: a UTF-8
 * character or a line split between two chunks is put back together. Lines end with LF,
 * CR LF or CR; an event is dispatched at a blank line when it has data, and once more at
 * the end of the stream, as LangChain4j's own parser does. Not thread-safe: feed one
 * chunk at a time.
 */
final class SseDecoder {

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPLACE)
		.onUnmappableCharacter(CodingErrorAction.REPLACE);

	private final Consumer<ServerSentEvent> listener;

	private byte[] incomplete = new byte[0];

	private final StringBuilder line = new StringBuilder();

	private boolean afterCarriageReturn;

	private String eventName;

	private final StringBuilder data = new StringBuilder();

	private boolean hasData;

	SseDecoder(Consumer<ServerSentEvent> listener) {
		this.listener = listener;
	}

	/**
	 * Decodes one chunk, dispatching every event it completes.
	 */
	void feed(byte[] chunk) {
		ByteBuffer in = ByteBuffer.allocate(this.incomplete.length + chunk.length);
		in.put(this.incomplete).put(chunk).flip();
		CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
		this.decoder.decode(in, out, false);
		this.incomplete = new byte[in.remaining()];
		in.get(this.incomplete);
		out.flip();
		accept(out);
	}

	/**
	 * Ends the stream: decodes what is left and dispatches a last event that has data.
	 */
	void finish() {
		CharBuffer out = CharBuffer.allocate(this.incomplete.length + 2);
		this.decoder.decode(ByteBuffer.wrap(this.incomplete), out, true);
		this.decoder.flush(out);
		this.incomplete = new byte[0];
		out.flip();
		accept(out);
		if (!this.line.isEmpty()) {
			processLine(this.line.toString());
			this.line.setLength(0);
		}
		dispatch();
	}

	private void accept(CharBuffer chars) {
		while (chars.hasRemaining()) {
			char c = chars.get();
			if (c == '\n' && this.afterCarriageReturn) {
				this.afterCarriageReturn = false;
				continue;
			}
			this.afterCarriageReturn = (c == '\r');
			if (c == '\n' || c == '\r') {
				processLine(this.line.toString());
				this.line.setLength(0);
			}
			else {
				this.line.append(c);
			}
		}
	}

	private void processLine(String text) {
		if (text.isEmpty()) {
			dispatch();
			return;
		}
		if (text.startsWith(":")) {
			return;
		}
		int colon = text.indexOf(':');
		String field = (colon >= 0) ? text.substring(0, colon) : text;
		String value = (colon >= 0) ? text.substring(colon + 1) : "";
		if (value.startsWith(" ")) {
			value = value.substring(1);
		}
		if (field.equals("data")) {
			if (this.hasData) {
				this.data.append('\n');
			}
			this.data.append(value);
			this.hasData = true;
		}
		else if (field.equals("event")) {
			this.eventName = value.strip();
		}
	}

	private void dispatch() {
		if (this.hasData && !this.data.isEmpty()) {
			this.listener.accept(new ServerSentEvent(this.eventName, this.data.toString()));
		}
		this.eventName = null;
		this.data.setLength(0);
		this.hasData = false;
	}

}
