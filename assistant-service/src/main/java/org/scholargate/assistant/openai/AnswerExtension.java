package org.scholargate.assistant.openai;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.scholargate.assistant.chat.AnswerEvent;
import org.scholargate.assistant.chat.ChatAnswer;
import org.scholargate.assistant.chat.Notice;
import org.scholargate.assistant.compose.Source;
import org.scholargate.assistant.compose.TableView;

/**
 * The {@code scholargate} extension field of a completion: what the native answer object
 * holds besides its text, with the same field names. It travels on the whole answer and
 * on the last content chunk of a stream.
 *
 * @param language the language the text is written in
 * @param intent the intent
 * @param methods the ids of the methods the answer is about
 * @param field the field asked about, or {@code null}
 * @param mode how the answer was written
 * @param sources every source that the {@code [n]} markers resolve to
 * @param table the comparison table, or {@code null}
 * @param citeAs how to cite the answer, or {@code null}
 * @param warnings problems that degraded the answer
 * @param citationIssues citation markers that were removed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AnswerExtension(String language, String intent, List<String> methods, String field, String mode,
		List<Source> sources, TableView table, String citeAs,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Notice> warnings,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Notice> citationIssues) {

	static AnswerExtension of(ChatAnswer answer, List<Source> sources) {
		return new AnswerExtension(answer.language(), answer.intent(), answer.methods(), answer.field(), answer.mode(),
				sources, answer.table(), answer.citeAs(), answer.warnings(), answer.citationIssues());
	}

	static AnswerExtension of(AnswerEvent.Meta meta, AnswerEvent.Done done, List<Source> sources, TableView table) {
		return new AnswerExtension(meta.language(), meta.intent(), meta.methods(), meta.field(), done.mode(), sources,
				table, done.citeAs(), done.warnings(), done.citationIssues());
	}

}
