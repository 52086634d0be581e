package org.scholargate.assistant.openai;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON shapes of the OpenAI Chat Completions API that this service sends. A field is
 * written as {@code null} only where OpenAI's schema requires it and allows null
 * ({@code finish_reason}, {@code logprobs}, {@code refusal}, and the error's
 * {@code param} and {@code code}); other absent fields are left out.
 */
final class OpenAiTypes {

	static final String MODEL_ID = "scholargate-assistant";

	private OpenAiTypes() {
	}

	/**
	 * A whole answer: {@code object = chat.completion}.
	 */
	record ChatCompletion(String id, String object, long created, String model, List<Choice> choices, Usage usage,
			@JsonInclude(JsonInclude.Include.NON_NULL) AnswerExtension scholargate) {

	}

	/**
	 * The one choice of a whole answer.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Choice(int index, Message message, Object logprobs, @JsonProperty("finish_reason") String finishReason) {

	}

	/**
	 * The assistant message of a whole answer.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Message(String role, String content, String refusal,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Annotation> annotations) {

	}

	/**
	 * A source cited in the message text: {@code type = url_citation}.
	 */
	record Annotation(String type, @JsonProperty("url_citation") UrlCitation urlCitation) {

		static Annotation of(UrlCitation citation) {
			return new Annotation("url_citation", citation);
		}

	}

	/**
	 * A citation marker's position in the message text and the source it cites. Offsets
	 * are UTF-16 code units, as Java and JavaScript strings count them, and the end is
	 * exclusive.
	 */
	record UrlCitation(@JsonProperty("start_index") int startIndex, @JsonProperty("end_index") int endIndex, String url,
			String title) {

	}

	/**
	 * Token counts.
	 */
	record Usage(@JsonProperty("prompt_tokens") int promptTokens,
			@JsonProperty("completion_tokens") int completionTokens, @JsonProperty("total_tokens") int totalTokens) {

		static Usage of(int promptTokens, int completionTokens) {
			return new Usage(promptTokens, completionTokens, promptTokens + completionTokens);
		}

	}

	/**
	 * One streamed event: {@code object = chat.completion.chunk}.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ChatCompletionChunk(String id, String object, long created, String model, List<ChunkChoice> choices,
			Usage usage, AnswerExtension scholargate) {

	}

	/**
	 * The one choice of a streamed event; {@code finish_reason} is null until the last
	 * content chunk.
	 */
	record ChunkChoice(int index, Delta delta,
			@JsonInclude(JsonInclude.Include.ALWAYS) @JsonProperty("finish_reason") String finishReason) {

	}

	/**
	 * The part of the message that one streamed chunk adds.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Delta(String role, String content, List<Annotation> annotations) {

	}

	/**
	 * The body of an error response, and of an error event in a stream.
	 */
	record ErrorBody(ErrorDetail error) {

	}

	/**
	 * An error in OpenAI's shape.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ErrorDetail(String message, String type, String param, String code) {

	}

	/**
	 * The answer to {@code GET /v1/models}.
	 */
	record ModelList(String object, List<Model> data) {

	}

	/**
	 * A model that the service offers.
	 */
	record Model(String id, String object, long created, @JsonProperty("owned_by") String ownedBy) {

	}

}
