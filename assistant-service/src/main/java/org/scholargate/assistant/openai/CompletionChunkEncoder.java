package org.scholargate.assistant.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scholargate.assistant.chat.AnswerEvent;
import org.scholargate.assistant.compose.Source;
import org.scholargate.assistant.compose.TableView;
import org.scholargate.prompts.AnswerTemplates;

import org.springframework.http.HttpStatus;

/**
 * Encodes the answer events of one stream as {@code chat.completion.chunk} payloads:
 * {@code meta} becomes the first chunk, which carries the role; each {@code delta} a
 * content chunk; {@code done} the last content chunk, which carries
 * {@code finish_reason}, the {@code url_citation} annotations and the {@code scholargate}
 * extension; then a usage chunk with no choices when usage was requested. Sources and the
 * table are held until {@code done}.
 * <p>
 * A stream cannot take back content it has sent, so {@code error} followed by
 * {@code reset} becomes a content chunk with a short note in the answer language, and the
 * grounded answer follows it; the annotations cover only the text after the note. An
 * {@code error} that ends the answer becomes an {@code {"error": {...}}} payload in place
 * of the last content chunk, which OpenAI clients raise as an API error.
 * <p>
 * Holds the state of one stream, so each subscription needs its own instance.
 */
final class CompletionChunkEncoder {

	private static final String CHUNK = "chat.completion.chunk";

	private final String id;

	private final long created;

	private final boolean includeUsage;

	private final int promptTokens;

	private final AnswerTemplates templates;

	private final StringBuilder content = new StringBuilder();

	private final Map<Integer, Source> sources = new TreeMap<>();

	private AnswerEvent.Meta meta;

	private TableView table;

	private AnswerEvent.Failure pendingError;

	private int citedFrom;

	CompletionChunkEncoder(String id, long created, CompletionRequest request, AnswerTemplates templates) {
		this.id = id;
		this.created = created;
		this.includeUsage = request.includeUsage();
		this.promptTokens = TokenEstimate.of(request.promptText());
		this.templates = templates;
	}

	/**
	 * Returns the payloads that one event becomes, possibly none; each is either a
	 * {@link OpenAiTypes.ChatCompletionChunk} or an {@link OpenAiTypes.ErrorBody}.
	 */
	List<Object> encode(AnswerEvent event) {
		if (event instanceof AnswerEvent.Meta value) {
			this.meta = value;
			return List.of(chunk(new OpenAiTypes.Delta("assistant", "", null), null));
		}
		if (event instanceof AnswerEvent.Sources value) {
			value.sources().forEach((source) -> this.sources.put(source.index(), source));
			return List.of();
		}
		if (event instanceof AnswerEvent.Delta value) {
			return text(value.text());
		}
		if (event instanceof AnswerEvent.Table value) {
			this.table = value.table();
			return List.of();
		}
		if (event instanceof AnswerEvent.Failure value) {
			this.pendingError = value;
			return List.of();
		}
		if (event instanceof AnswerEvent.Reset) {
			return reset();
		}
		if (event instanceof AnswerEvent.Done value) {
			return done(value);
		}
		return List.of();
	}

	/**
	 * Returns the payload that replaces the rest of a stream that failed unexpectedly.
	 */
	static OpenAiTypes.ErrorBody failure() {
		return new OpenAiException(HttpStatus.INTERNAL_SERVER_ERROR, OpenAiException.SERVER_ERROR, null,
				"stream_failed", "The service failed while streaming this answer; it has been logged")
			.body();
	}

	private List<Object> text(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		this.content.append(text);
		return List.of(chunk(new OpenAiTypes.Delta(null, text, null), null));
	}

	private List<Object> reset() {
		this.pendingError = null;
		String language = (this.meta != null) ? this.meta.language() : "en";
		String separator = (this.content.length() > 0) ? "\n\n" : "";
		List<Object> note = text(separator + this.templates.template(language, "stream.reset") + "\n\n");
		this.citedFrom = this.content.length();
		return note;
	}

	private List<Object> done(AnswerEvent.Done done) {
		if (this.pendingError != null || "error".equals(done.finishReason())) {
			AnswerEvent.Failure error = (this.pendingError != null) ? this.pendingError
					: new AnswerEvent.Failure("answer_failed", "The answer failed before it was complete");
			return List.of(new OpenAiTypes.ErrorBody(
					new OpenAiTypes.ErrorDetail(error.message(), OpenAiException.SERVER_ERROR, null, error.code())));
		}
		List<Source> cited = List.copyOf(this.sources.values());
		List<OpenAiTypes.Annotation> annotations = CitationAnnotations.find(this.content, this.citedFrom, this.sources);
		OpenAiTypes.Delta delta = new OpenAiTypes.Delta(null, null, annotations.isEmpty() ? null : annotations);
		AnswerExtension extension = AnswerExtension.of(this.meta, done, cited, this.table);
		List<Object> payloads = new ArrayList<>();
		payloads.add(new OpenAiTypes.ChatCompletionChunk(this.id, CHUNK, this.created, OpenAiTypes.MODEL_ID,
				List.of(new OpenAiTypes.ChunkChoice(0, delta, done.finishReason())), null, extension));
		if (this.includeUsage) {
			OpenAiTypes.Usage usage = OpenAiTypes.Usage.of(this.promptTokens,
					TokenEstimate.of(this.content.toString()));
			payloads.add(new OpenAiTypes.ChatCompletionChunk(this.id, CHUNK, this.created, OpenAiTypes.MODEL_ID,
					List.of(), usage, null));
		}
		return payloads;
	}

	private OpenAiTypes.ChatCompletionChunk chunk(OpenAiTypes.Delta delta, String finishReason) {
		return new OpenAiTypes.ChatCompletionChunk(this.id, CHUNK, this.created, OpenAiTypes.MODEL_ID,
				List.of(new OpenAiTypes.ChunkChoice(0, delta, finishReason)), null, null);
	}

}
