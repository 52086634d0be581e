package org.scholargate.assistant.llm;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.scholargate.assistant.llm.ProseAssertions.assertModelAnswer;
import static org.scholargate.assistant.llm.ProseAssertions.finished;

/**
 * Model answers streamed over real HTTP from stubs of the OpenAI and Anthropic APIs, with
 * bodies dribbled in small byte chunks that split markers and multi-byte characters.
 */
class ModelStreamingTests {

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final String[] TOKENS = { "Bilgi damıtma ", "(knowledge distillation) trains a small ",
			"student 😀 on a teacher", " [", "1", "]", ". Introduced in 2015 ", "[9", "]", " [1]." };

	private static final String EXPECTED = "Bilgi damıtma (knowledge distillation) trains a small student 😀 on a "
			+ "teacher [1]. Introduced in 2015 [1].";

	private final ProseRequest request = TestModels.request("What is knowledge distillation?");

	private static int chunksOfThreeBytes(String body) {
		return body.getBytes(StandardCharsets.UTF_8).length / 3;
	}

	@Test
	void openAiDribbledChunksKeepMarkersAndCharacters() {
		String body = StreamBodies.openAi(TOKENS);
		wm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(
				okForContentType("text/event-stream", body).withChunkedDribbleDelay(chunksOfThreeBytes(body), 300)));
		List<ProseEvent> events;
		try (TestModels models = TestModels.openAi(wm.baseUrl() + "/v1")) {
			events = models.answer(this.request);
		}
		assertModelAnswer(events, EXPECTED);
		assertThat(finished(events).citationIssues()).extracting(ProseNotice::code).containsExactly("unknown_source");
		assertThat(events).noneMatch((event) -> event instanceof ProseEvent.Text text && text.text().contains("9"));
	}

	@Test
	void anthropicDribbledChunksKeepMarkersAndCharacters() {
		String body = StreamBodies.anthropic(TOKENS);
		wm.stubFor(post(urlEqualTo("/v1/messages")).willReturn(
				okForContentType("text/event-stream", body).withChunkedDribbleDelay(chunksOfThreeBytes(body), 300)));
		List<ProseEvent> events;
		try (TestModels models = TestModels.anthropic(wm.baseUrl() + "/v1")) {
			events = models.answer(this.request);
		}
		assertModelAnswer(events, EXPECTED);
		wm.verify(postRequestedFor(urlEqualTo("/v1/messages")).withHeader("x-api-key", equalTo("test-key")));
	}

	@Test
	void requestCarriesNumberedSourcesAndKey() {
		wm.stubFor(post(urlEqualTo("/v1/chat/completions"))
			.willReturn(okForContentType("text/event-stream", StreamBodies.openAi("Distillation [1]."))));
		try (TestModels models = TestModels.openAi(wm.baseUrl() + "/v1")) {
			models.answer(this.request);
		}
		wm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
			.withRequestBody(matchingJsonPath("$.max_tokens", equalTo("1024")))
			.withRequestBody(matchingJsonPath("$.messages[1].content",
					containing("{\"index\": 1, \"method\": \"Knowledge Distillation\""))));
	}

	@Test
	void requestBodyKeepsMultiByteCharacters() {
		String question = "Bilgi damıtma nedir? Qu'est-ce que la distillation ? 😀";
		wm.stubFor(post(urlEqualTo("/v1/chat/completions"))
			.willReturn(okForContentType("text/event-stream", StreamBodies.openAi("Distillation [1]."))));
		try (TestModels models = TestModels.openAi(wm.baseUrl() + "/v1")) {
			models.answer(TestModels.request(question));
		}
		LoggedRequest sent = wm.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))).get(0);
		byte[] body = sent.getBody();
		assertThat(sent.getHeader("Content-Length")).isEqualTo(String.valueOf(body.length));
		assertThat(new String(body, StandardCharsets.UTF_8)).contains(question);
	}

	@Test
	void wrongYearLosesMarkerAndIsListed() {
		wm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okForContentType("text/event-stream",
				StreamBodies.openAi("Distillation compresses models [1]. ", "It dates from 1998 [1]."))));
		List<ProseEvent> events;
		try (TestModels models = TestModels.openAi(wm.baseUrl() + "/v1")) {
			events = models.answer(this.request);
		}
		assertModelAnswer(events, "Distillation compresses models [1]. It dates from 1998.");
		assertThat(finished(events).citationIssues()).singleElement()
			.satisfies((issue) -> assertThat(issue.message()).contains("1998"));
	}

	@Test
	void lengthFinishIsKeptAsLength() {
		wm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okForContentType("text/event-stream",
				String.join("", StreamBodies.openAiEvents("length", "Distillation compresses models [1]")))));
		List<ProseEvent> events;
		try (TestModels models = TestModels.openAi(wm.baseUrl() + "/v1")) {
			events = models.answer(this.request);
		}
		assertModelAnswer(events, "Distillation compresses models [1]");
		assertThat(finished(events).finishReason()).isEqualTo("length");
	}

}
