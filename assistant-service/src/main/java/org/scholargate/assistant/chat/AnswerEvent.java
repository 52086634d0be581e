package org.scholargate.assistant.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import org.scholargate.assistant.compose.Source;
import org.scholargate.assistant.compose.TableView;

/**
 * One event of the internal answer stream. Every wire format (JSON, server-sent events)
 * is an encoding of this stream: {@code meta} once, {@code sources}, {@code delta}s, at
 * most one {@code table}, and {@code done} last.
 */
public sealed interface AnswerEvent {

	/**
	 * Returns the event name used on the wire, such as {@code delta}.
	 */
	String name();

	/**
	 * What the answer is about, sent before any text.
	 *
	 * @param conversationId the conversation to continue with
	 * @param messageId the id of this answer
	 * @param language the answer language code
	 * @param intent the intent
	 * @param methods the ids of the methods the answer is about
	 * @param field the field asked about, or {@code null}
	 * @param mode how the answer is planned to be written
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Meta(String conversationId, String messageId, String language, String intent, List<String> methods,
			String field, String mode) implements AnswerEvent {

		@Override
		public String name() {
			return "meta";
		}

	}

	/**
	 * Sources the markers of the text resolve to.
	 *
	 * @param sources the sources
	 */
	record Sources(@JsonValue List<Source> sources) implements AnswerEvent {

		@Override
		public String name() {
			return "sources";
		}

	}

	/**
	 * A piece of the answer text.
	 *
	 * @param text the piece, never splitting a character
	 */
	record Delta(String text) implements AnswerEvent {

		@Override
		public String name() {
			return "delta";
		}

	}

	/**
	 * The comparison table.
	 *
	 * @param table the table
	 */
	record Table(@JsonValue TableView table) implements AnswerEvent {

		@Override
		public String name() {
			return "table";
		}

	}

	/**
	 * The last event of every answer.
	 *
	 * @param finishReason {@code stop}, {@code length} or {@code error}
	 * @param mode how the answer was written in the end
	 * @param citeAs how to cite the answer, or {@code null}
	 * @param warnings problems that degraded the answer; empty when none
	 * @param citationIssues citation markers that were removed; empty when none
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Done(String finishReason, String mode, String citeAs, List<Notice> warnings,
			List<Notice> citationIssues) implements AnswerEvent {

		@Override
		public String name() {
			return "done";
		}

	}

	/**
	 * A failure after the stream started.
	 *
	 * @param code a stable error code
	 * @param message a message for people
	 */
	record Failure(String code, String message) implements AnswerEvent {

		@Override
		public String name() {
			return "error";
		}

	}

	/**
	 * Tells the client to drop the text received so far; the grounded answer follows.
	 */
	record Reset() implements AnswerEvent {

		@Override
		public String name() {
			return "reset";
		}

	}

}
