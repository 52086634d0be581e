package org.scholargate.assistant.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.scholargate.assistant.compose.Source;
import org.scholargate.assistant.compose.TableView;

/**
 * A whole answer as one JSON object, assembled from the answer's events.
 *
 * @param conversationId the conversation to continue with
 * @param messageId the id of this answer
 * @param language the language the text is written in
 * @param intent the intent
 * @param methods the ids of the methods the answer is about
 * @param field the field asked about, or {@code null}
 * @param text the Markdown text with citation markers
 * @param sources the sources the markers resolve to
 * @param table the comparison table, or {@code null}
 * @param mode how the answer was written
 * @param finishReason why the answer ended
 * @param citeAs how to cite the answer, or {@code null}
 * @param warnings problems that degraded the answer
 * @param citationIssues citation markers that were removed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatAnswer(String conversationId, String messageId, String language, String intent, List<String> methods,
		String field, String text, List<Source> sources, TableView table, String mode, String finishReason,
		String citeAs, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Notice> warnings,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Notice> citationIssues) {

	/**
	 * Assembles an answer from a complete event stream, applying {@code reset} events.
	 * @throws IllegalStateException when the stream has no {@code meta} or no
	 * {@code done}
	 */
	public static ChatAnswer of(List<AnswerEvent> events) {
		AnswerEvent.Meta meta = null;
		AnswerEvent.Done done = null;
		StringBuilder text = new StringBuilder();
		List<Source> sources = new java.util.ArrayList<>();
		TableView table = null;
		for (AnswerEvent event : events) {
			if (event instanceof AnswerEvent.Meta value) {
				meta = value;
			}
			else if (event instanceof AnswerEvent.Sources value) {
				sources.addAll(value.sources());
			}
			else if (event instanceof AnswerEvent.Delta value) {
				text.append(value.text());
			}
			else if (event instanceof AnswerEvent.Reset) {
				text.setLength(0);
			}
			else if (event instanceof AnswerEvent.Table value) {
				table = value.table();
			}
			else if (event instanceof AnswerEvent.Done value) {
				done = value;
			}
		}
		if (meta == null || done == null) {
			throw new IllegalStateException("Answer stream ended without meta or done");
		}
		return new ChatAnswer(meta.conversationId(), meta.messageId(), meta.language(), meta.intent(), meta.methods(),
				meta.field(), text.toString(), sources, table, done.mode(), done.finishReason(), done.citeAs(),
				done.warnings(), done.citationIssues());
	}

}
