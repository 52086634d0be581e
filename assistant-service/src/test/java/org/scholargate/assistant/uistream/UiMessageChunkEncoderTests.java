package org.scholargate.assistant.uistream;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholargate.assistant.chat.AnswerEvent;
import org.scholargate.assistant.compose.Source;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class UiMessageChunkEncoderTests {

	private static final Source LORA = new Source(1, "lora", "LoRA", "v1", "published", "Hu et al. (2021). LoRA.",
			"https://arxiv.org/abs/2106.09685", List.of("summary"));

	private static final AnswerEvent.Meta META = new AnswerEvent.Meta("c", "m", "en", "describe", List.of("lora"), null,
			"llm");

	@Test
	void resetClosesTextAndOpensNewPart() {
		List<UiMessageChunk> parts = encode(META, new AnswerEvent.Sources(List.of(LORA)),
				new AnswerEvent.Delta("Model text"), new AnswerEvent.Failure("model_failed", "Model failed"),
				new AnswerEvent.Reset(), new AnswerEvent.Delta("Grounded text [1]."),
				new AnswerEvent.Done("stop", "fallback", null, List.of(), List.of()));

		assertThat(parts).extracting(UiMessageChunk::type)
			.containsExactly("start", "text-start", "text-delta", "text-end", "data-reset", "text-start", "text-delta",
					"text-end", "source-url", "finish");
		assertThat(parts.get(1)).isEqualTo(new UiMessageChunk.TextStart("text-1"));
		assertThat(parts.get(5)).isEqualTo(new UiMessageChunk.TextStart("text-2"));
		assertThat(((UiMessageChunk.Data) parts.get(4)).data())
			.hasToString("{textId=text-1, code=model_failed, message=Model failed}");
		assertThat(((UiMessageChunk.Finish) parts.get(9)).finishReason()).isEqualTo("stop");
	}

	@Test
	void errorThatEndsAnswerBecomesErrorThenFinish() {
		List<UiMessageChunk> parts = encode(META, new AnswerEvent.Delta("Text"),
				new AnswerEvent.Failure("store_failed", "Storage failed"),
				new AnswerEvent.Done("error", "grounded", null, List.of(), List.of()));

		assertThat(parts).extracting(UiMessageChunk::type)
			.containsExactly("start", "text-start", "text-delta", "text-end", "error", "finish");
		assertThat(parts.get(4)).isEqualTo(new UiMessageChunk.Error("Storage failed"));
		assertThat(((UiMessageChunk.Finish) parts.get(5)).finishReason()).isEqualTo("error");
	}

	@Test
	void sourceSentAgainReplacesEarlierOne() {
		Source updated = new Source(1, "lora", "LoRA", "v1", "published", "Hu et al. (2022). LoRA. ICLR.",
				"https://arxiv.org/abs/2106.09685", List.of("summary"));
		List<UiMessageChunk> parts = encode(META, new AnswerEvent.Sources(List.of(LORA)), new AnswerEvent.Delta("[1]"),
				new AnswerEvent.Sources(List.of(updated)),
				new AnswerEvent.Done("stop", "grounded", null, List.of(), List.of()));

		List<UiMessageChunk> sources = parts.stream().filter((part) -> part.type().equals("source-url")).toList();
		assertThat(sources).hasSize(1);
		assertThat(((UiMessageChunk.SourceUrl) sources.get(0)).title()).isEqualTo("Hu et al. (2022). LoRA. ICLR.");
	}

	@Test
	void partsSerializeWithTypeAndWithoutNulls() {
		JsonMapper mapper = JsonMapper.builder().build();
		assertThat(mapper.writeValueAsString(new UiMessageChunk.Data("table", "table", List.of(1))))
			.isEqualTo("{\"type\":\"data-table\",\"id\":\"table\",\"data\":[1]}");
		assertThat(mapper.writeValueAsString(new UiMessageChunk.Finish("stop", null)))
			.isEqualTo("{\"type\":\"finish\",\"finishReason\":\"stop\"}");
		assertThat(mapper.writeValueAsString(new UiMessageChunk.TextDelta("text-1", "Hi")))
			.isEqualTo("{\"type\":\"text-delta\",\"id\":\"text-1\",\"delta\":\"Hi\"}");
	}

	private static List<UiMessageChunk> encode(AnswerEvent... events) {
		UiMessageChunkEncoder encoder = new UiMessageChunkEncoder("m");
		List<UiMessageChunk> parts = new ArrayList<>();
		for (AnswerEvent event : events) {
			parts.addAll(encoder.encode(event));
		}
		return parts;
	}

}
