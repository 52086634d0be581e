package org.scholargate.assistant.uistream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scholargate.assistant.chat.AnswerEvent;
import org.scholargate.assistant.compose.Source;
import org.scholargate.assistant.compose.TableView;

/**
 * Encodes the answer events of one stream as AI SDK UI message stream parts, in the order
 * {@code start}, {@code text-start}, {@code text-delta}s, {@code text-end}, one
 * {@code source-url} per source, {@code data-table} for a comparison and {@code finish}.
 * Sources and the table are held until {@code done}, so a source sent again replaces the
 * earlier one instead of adding a part.
 * <p>
 * {@code error} followed by {@code reset} closes the open text part and sends a
 * {@code data-reset} part naming it ({@code {"textId", "code", "message"}}); the grounded
 * answer then streams in a new text part, so the message ends with it. Clients that show
 * every text part can hide the one that {@code data-reset} names. An {@code error} that
 * ends the answer becomes an {@code error} part, then {@code finish} with finish reason
 * {@code error}.
 * <p>
 * Holds the state of one stream, so each subscription needs its own instance.
 */
final class UiMessageChunkEncoder {

	private final String messageId;

	private final Map<Integer, Source> sources = new TreeMap<>();

	private TableView table;

	private AnswerEvent.Failure pendingError;

	private int textParts;

	private String openTextId;

	UiMessageChunkEncoder(String messageId) {
		this.messageId = messageId;
	}

	/**
	 * Returns the parts that one event becomes, possibly none.
	 */
	List<UiMessageChunk> encode(AnswerEvent event) {
		if (event instanceof AnswerEvent.Meta meta) {
			return List.of(new UiMessageChunk.Start(this.messageId, startMetadata(meta)));
		}
		if (event instanceof AnswerEvent.Sources value) {
			value.sources().forEach((source) -> this.sources.put(source.index(), source));
			return List.of();
		}
		if (event instanceof AnswerEvent.Delta delta) {
			return text(delta.text());
		}
		if (event instanceof AnswerEvent.Table value) {
			this.table = value.table();
			return List.of();
		}
		if (event instanceof AnswerEvent.Failure error) {
			this.pendingError = error;
			return List.of();
		}
		if (event instanceof AnswerEvent.Reset) {
			return reset();
		}
		if (event instanceof AnswerEvent.Done done) {
			return done(done);
		}
		return List.of();
	}

	/**
	 * Returns the parts that end a stream that failed unexpectedly.
	 */
	List<UiMessageChunk> failure() {
		List<UiMessageChunk> parts = new ArrayList<>();
		closeText(parts);
		parts.add(new UiMessageChunk.Error("The service failed while streaming this answer; it has been logged"));
		parts.add(new UiMessageChunk.Finish("error", null));
		return parts;
	}

	private List<UiMessageChunk> text(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		List<UiMessageChunk> parts = new ArrayList<>(2);
		if (this.openTextId == null) {
			this.textParts++;
			this.openTextId = "text-" + this.textParts;
			parts.add(new UiMessageChunk.TextStart(this.openTextId));
		}
		parts.add(new UiMessageChunk.TextDelta(this.openTextId, text));
		return parts;
	}

	private List<UiMessageChunk> reset() {
		List<UiMessageChunk> parts = new ArrayList<>();
		String discarded = this.openTextId;
		closeText(parts);
		if (discarded != null) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("textId", discarded);
			if (this.pendingError != null) {
				data.put("code", this.pendingError.code());
				data.put("message", this.pendingError.message());
			}
			parts.add(new UiMessageChunk.Data("reset", null, data));
		}
		this.pendingError = null;
		return parts;
	}

	private List<UiMessageChunk> done(AnswerEvent.Done done) {
		List<UiMessageChunk> parts = new ArrayList<>();
		closeText(parts);
		if (this.pendingError != null || "error".equals(done.finishReason())) {
			String message = (this.pendingError != null) ? this.pendingError.message()
					: "The answer failed before it was complete";
			parts.add(new UiMessageChunk.Error(message));
			parts.add(new UiMessageChunk.Finish("error", finishMetadata(done)));
			return parts;
		}
		for (Source source : this.sources.values()) {
			parts.add(sourceUrl(source));
		}
		if (this.table != null) {
			parts.add(new UiMessageChunk.Data("table", "table", this.table));
		}
		parts.add(new UiMessageChunk.Finish(done.finishReason(), finishMetadata(done)));
		return parts;
	}

	private void closeText(List<UiMessageChunk> parts) {
		if (this.openTextId != null) {
			parts.add(new UiMessageChunk.TextEnd(this.openTextId));
			this.openTextId = null;
		}
	}

	private static UiMessageChunk.SourceUrl sourceUrl(Source source) {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("index", source.index());
		metadata.put("methodId", source.methodId());
		metadata.put("methodName", source.methodName());
		metadata.put("version", source.version());
		metadata.put("status", source.status());
		metadata.put("fields", source.fields());
		return new UiMessageChunk.SourceUrl(Integer.toString(source.index()), source.url(), source.citation(),
				Map.of("scholargate", metadata));
	}

	private static Map<String, Object> startMetadata(AnswerEvent.Meta meta) {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("language", meta.language());
		metadata.put("intent", meta.intent());
		metadata.put("methods", meta.methods());
		if (meta.field() != null) {
			metadata.put("field", meta.field());
		}
		metadata.put("mode", meta.mode());
		return metadata;
	}

	private static Map<String, Object> finishMetadata(AnswerEvent.Done done) {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("mode", done.mode());
		if (done.citeAs() != null) {
			metadata.put("citeAs", done.citeAs());
		}
		if (done.warnings() != null && !done.warnings().isEmpty()) {
			metadata.put("warnings", done.warnings());
		}
		if (done.citationIssues() != null && !done.citationIssues().isEmpty()) {
			metadata.put("citationIssues", done.citationIssues());
		}
		return metadata;
	}

}
