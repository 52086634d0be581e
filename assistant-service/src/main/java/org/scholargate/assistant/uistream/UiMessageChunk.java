package org.scholargate.assistant.uistream;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One part of the Vercel AI SDK UI message stream, as the SDK's
 * {@code uiMessageChunkSchema} defines it (checked against {@code ai} 6.0.333). Optional
 * fields are left out when absent, never sent as {@code null}, because the schema rejects
 * null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder("type")
sealed interface UiMessageChunk {

	/**
	 * Returns the part type, such as {@code text-delta}.
	 */
	@JsonProperty("type")
	String type();

	/**
	 * Opens the assistant message.
	 */
	record Start(String messageId, Map<String, Object> messageMetadata) implements UiMessageChunk {

		@Override
		public String type() {
			return "start";
		}

	}

	/**
	 * Opens a text part; its deltas and its end carry the same id.
	 */
	record TextStart(String id) implements UiMessageChunk {

		@Override
		public String type() {
			return "text-start";
		}

	}

	/**
	 * A piece of text of an open text part.
	 */
	record TextDelta(String id, String delta) implements UiMessageChunk {

		@Override
		public String type() {
			return "text-delta";
		}

	}

	/**
	 * Closes a text part.
	 */
	record TextEnd(String id) implements UiMessageChunk {

		@Override
		public String type() {
			return "text-end";
		}

	}

	/**
	 * A source that a citation marker resolves to; {@code sourceId} is the marker's
	 * number.
	 */
	record SourceUrl(String sourceId, String url, String title,
			Map<String, Map<String, Object>> providerMetadata) implements UiMessageChunk {

		@Override
		public String type() {
			return "source-url";
		}

	}

	/**
	 * A custom data part, sent as type {@code data-<name>}.
	 */
	record Data(@JsonIgnore String name, String id, Object data) implements UiMessageChunk {

		@Override
		public String type() {
			return "data-" + this.name;
		}

	}

	/**
	 * A failure; clients show {@code errorText} and end the message in an error state.
	 */
	record Error(String errorText) implements UiMessageChunk {

		@Override
		public String type() {
			return "error";
		}

	}

	/**
	 * Closes the assistant message.
	 */
	record Finish(String finishReason, Map<String, Object> messageMetadata) implements UiMessageChunk {

		@Override
		public String type() {
			return "finish";
		}

	}

}
