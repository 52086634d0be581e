package org.scholargate.assistant.openai;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholargate.assistant.chat.AnswerEvent;
import org.scholargate.assistant.chat.ChatRequest;
import org.scholargate.assistant.compose.Source;
import org.scholargate.prompts.AnswerTemplates;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionChunkEncoderTests {

	private static final Source LORA = new Source(1, "lora", "LoRA", "v1", "published", "Hu et al. (2021). LoRA.",
			"https://arxiv.org/abs/2106.09685", List.of("summary"));

	private static final AnswerEvent.Meta META = new AnswerEvent.Meta("c", "m", "fr", "describe", List.of("lora"), null,
			"llm");

	private final AnswerTemplates templates = AnswerTemplates.load();

	@Test
	void resetAddsNoteThenGroundedAnswer() {
		List<Object> payloads = encode(META, new AnswerEvent.Sources(List.of(LORA)),
				new AnswerEvent.Delta("Model text [1] cut"), new AnswerEvent.Failure("model_failed", "Model failed"),
				new AnswerEvent.Reset(), new AnswerEvent.Delta("Grounded text [1]."),
				new AnswerEvent.Done("stop", "fallback", null, List.of(), List.of()));

		String content = content(payloads);
		String note = this.templates.template("fr", "stream.reset");
		assertThat(content).isEqualTo("Model text [1] cut\n\n" + note + "\n\nGrounded text [1].");
		OpenAiTypes.ChatCompletionChunk last = (OpenAiTypes.ChatCompletionChunk) payloads.get(payloads.size() - 1);
		assertThat(last.choices().get(0).finishReason()).isEqualTo("stop");
		assertThat(last.scholargate().mode()).isEqualTo("fallback");
		List<OpenAiTypes.Annotation> annotations = last.choices().get(0).delta().annotations();
		assertThat(annotations).hasSize(1);
		assertThat(annotations.get(0).urlCitation().startIndex()).isEqualTo(content.lastIndexOf("[1]"));
	}

	@Test
	void errorThatEndsAnswerBecomesErrorPayload() {
		List<Object> payloads = encode(META, new AnswerEvent.Sources(List.of(LORA)), new AnswerEvent.Delta("Text"),
				new AnswerEvent.Failure("store_failed", "Storage failed"),
				new AnswerEvent.Done("error", "grounded", null, List.of(), List.of()));

		assertThat(payloads.get(payloads.size() - 1)).isInstanceOfSatisfying(OpenAiTypes.ErrorBody.class, (body) -> {
			assertThat(body.error().code()).isEqualTo("store_failed");
			assertThat(body.error().type()).isEqualTo("server_error");
		});
		assertThat(payloads).noneMatch((payload) -> payload instanceof OpenAiTypes.ChatCompletionChunk chunk
				&& !chunk.choices().isEmpty() && chunk.choices().get(0).finishReason() != null);
	}

	@Test
	void firstChunkCarriesRoleAndEmptyContent() {
		List<Object> payloads = encode(META);
		OpenAiTypes.ChatCompletionChunk first = (OpenAiTypes.ChatCompletionChunk) payloads.get(0);
		assertThat(first.id()).isEqualTo("chatcmpl-test");
		assertThat(first.choices().get(0).delta().role()).isEqualTo("assistant");
		assertThat(first.choices().get(0).delta().content()).isEmpty();
		assertThat(first.choices().get(0).finishReason()).isNull();
	}

	private List<Object> encode(AnswerEvent... events) {
		CompletionRequest request = new CompletionRequest(new ChatRequest("What is LoRA?", null, null), List.of(), true,
				false, "What is LoRA?");
		CompletionChunkEncoder encoder = new CompletionChunkEncoder("chatcmpl-test", 1L, request, this.templates);
		List<Object> payloads = new ArrayList<>();
		for (AnswerEvent event : events) {
			payloads.addAll(encoder.encode(event));
		}
		return payloads;
	}

	private static String content(List<Object> payloads) {
		StringBuilder content = new StringBuilder();
		for (Object payload : payloads) {
			if (payload instanceof OpenAiTypes.ChatCompletionChunk chunk && !chunk.choices().isEmpty()
					&& chunk.choices().get(0).delta().content() != null) {
				content.append(chunk.choices().get(0).delta().content());
			}
		}
		return content.toString();
	}

}
