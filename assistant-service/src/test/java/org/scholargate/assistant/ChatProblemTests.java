package org.scholargate.assistant;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that bad requests to the chat and catalog endpoints are rejected with RFC 9457
 * problem responses that name the problem and reveal no internals, and that the service
 * keeps working afterwards.
 */
@AssistantHttpTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatProblemTests {

	private static final String EMOJI = "\uD83D\uDE00";

	private static final String UNKNOWN_CONVERSATION = "3f1c2d9e-8a4b-4c6d-9e2f-1a2b3c4d5e6f";

	/** Maximum request body size of the chat endpoint: 64 KiB. */
	private static final int MAX_BODY_BYTES = 64 * 1024;

	@Autowired
	private WebTestClient client;

	@Autowired
	private JsonMapper mapper;

	@LocalServerPort
	private int port;

	private ApiClient api;

	@BeforeEach
	void createApiClient() {
		this.api = new ApiClient(this.client, this.mapper);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badChatRequests")
	@Order(1)
	void chatRejectsBadRequest(BadRequest request) {
		EntityExchangeResult<byte[]> result = send(request, MediaType.APPLICATION_JSON);
		assertProblem(result, request.status(), request.detail());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badChatRequests")
	@Order(1)
	void chatRejectsBadRequestBeforeStreaming(BadRequest request) {
		EntityExchangeResult<byte[]> result = send(request, MediaType.TEXT_EVENT_STREAM);
		assertProblem(result, request.status(), request.detail());
	}

	static Stream<Arguments> badChatRequests() {
		return Stream.of(bad("malformed JSON", json("{\"message\":"), 400, "not valid JSON"),
				bad("unquoted property name", json("{message: \"What is LSTM?\"}"), 400, "not valid JSON"),
				bad("trailing garbage", json("{\"message\": \"What is LSTM?\"} garbage"), 400, "not valid JSON"),
				bad("invalid UTF-8", withBytes(new byte[] { '{', '"', 'm', '"', ':', '"', (byte) 0xFF, '"', '}' }), 400,
						"not valid JSON"),
				bad("empty body", json(""), 400, "body is empty"),
				bad("JSON array", json("[\"What is LSTM?\"]"), 400, "must be a JSON object"),
				bad("JSON string", json("\"What is LSTM?\""), 400, "must be a JSON object"),
				bad("JSON number", json("42"), 400, "must be a JSON object"),
				bad("JSON null", json("null"), 400, "must be a JSON object"),
				bad("missing message", json("{\"language\": \"en\"}"), 400, "'message'", "required"),
				bad("null message", json("{\"message\": null}"), 400, "'message'", "required"),
				bad("number message", json("{\"message\": 42}"), 400, "'message'", "string"),
				bad("object message", json("{\"message\": {\"text\": \"What is LSTM?\"}}"), 400, "'message'", "string"),
				bad("empty message", json("{\"message\": \"\"}"), 400, "'message'", "empty"),
				bad("whitespace-only message", json("{\"message\": \" \\t\\n\\r \\u3000 \"}"), 400, "'message'",
						"empty"),
				bad("message of 4,001 code points", json(messageJson(EMOJI.repeat(4001))), 400, "4001", "4000"),
				bad("unknown language", json("{\"message\": \"What is LSTM?\", \"language\": \"de\"}"), 400,
						"'language'", "'de'"),
				bad("empty language", json("{\"message\": \"What is LSTM?\", \"language\": \"\"}"), 400, "'language'"),
				bad("number language", json("{\"message\": \"What is LSTM?\", \"language\": 7}"), 400, "'language'",
						"7"),
				bad("short conversation id", json("{\"message\": \"What is LSTM?\", \"conversationId\": \"abc\"}"), 400,
						"'conversationId'", "abc"),
				bad("conversation id with extra characters",
						json("{\"message\": \"What is LSTM?\", \"conversationId\": \"" + UNKNOWN_CONVERSATION
								+ "-99\"}"),
						400, "'conversationId'", UNKNOWN_CONVERSATION + "-99"),
				bad("number conversation id", json("{\"message\": \"What is LSTM?\", \"conversationId\": 12}"), 400,
						"'conversationId'"),
				bad("unknown conversation id",
						json("{\"message\": \"What is LSTM?\", \"conversationId\": \"" + UNKNOWN_CONVERSATION + "\"}"),
						404, UNKNOWN_CONVERSATION, "does not exist"),
				bad("body over 64 KiB", json(paddedBody(MAX_BODY_BYTES + 1)), 413, "larger than 65536 bytes"),
				bad("chunked body over 64 KiB", chunked(paddedBody(MAX_BODY_BYTES + 1)), 413,
						"larger than 65536 bytes"),
				bad("body of 1 MiB", json(paddedBody(1024 * 1024)), 413, "larger than 65536 bytes"),
				bad("text/plain body",
						new BadRequest(MediaType.TEXT_PLAIN, bytes(messageJson("What is LSTM?")), false, 0, List.of()),
						415, "'text/plain'", "application/json"),
				bad("form body",
						new BadRequest(MediaType.APPLICATION_FORM_URLENCODED, bytes("message=What+is+LSTM"), false, 0,
								List.of()),
						415, "application/x-www-form-urlencoded", "application/json"),
				bad("no content type", new BadRequest(null, bytes(messageJson("What is LSTM?")), false, 0, List.of()),
						415, "'none'", "application/json"));
	}

	@Test
	@Order(2)
	void chatRejectsSecondJsonValue() {
		EntityExchangeResult<byte[]> result = send(
				json("{\"message\": \"What is LSTM?\"}{\"message\": \"What is GRU?\"}"), MediaType.APPLICATION_JSON);
		assertThat(result.getStatus().value()).isEqualTo(400);
		assertThat(problem(result).get("detail").asString()).contains("not valid JSON");
	}

	@Test
	@Order(2)
	void secondJsonValueHidesParserInternals() {
		EntityExchangeResult<byte[]> result = send(
				json("{\"message\": \"What is LSTM?\"}{\"message\": \"What is GRU?\"}"), MediaType.APPLICATION_JSON);
		assertNoInternals(result);
	}

	@Test
	@Order(2)
	void chatCountsCodePointsNotChars() {
		String message = "What is LSTM? " + EMOJI.repeat(4000 - "What is LSTM? ".length());
		assertThat(message.codePointCount(0, message.length())).isEqualTo(4000);
		assertThat(message.length()).isGreaterThan(4000);
		JsonNode answer = new ApiClient(slowClient(), this.mapper).ask(message);
		assertThat(ApiClient.strings(answer.get("methods"))).containsExactly("lstm");
	}

	@Test
	@Order(2)
	void chatAccepts4000EmojiMessage() {
		String message = EMOJI.repeat(4000);
		JsonNode answer = new ApiClient(slowClient(), this.mapper).ask(message);
		assertThat(answer.get("intent").asString()).isEqualTo("smalltalk");
		assertThat(answer.get("sources")).isEmpty();
	}

	@Test
	@Order(2)
	void chatAcceptsLongUnknownMessage() {
		String message = IntStream.range(0, 300).mapToObj((i) -> "qx" + i).collect(Collectors.joining(" "));
		JsonNode answer = this.api.ask(message);
		assertThat(answer.get("intent").asString()).isEqualTo("clarify");
	}

	@ParameterizedTest(name = "Accept: {0}")
	@ValueSource(strings = { "foo", "text/event-stream;q=abc" })
	@Order(2)
	void chatIgnoresInvalidAcceptHeader(String accept) {
		EntityExchangeResult<byte[]> result = this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.ACCEPT, accept)
			.bodyValue(ApiClient.body("What is LSTM?"))
			.exchange()
			.expectBody(byte[].class)
			.returnResult();
		assertThat(result.getStatus().value()).isEqualTo(200);
		assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
	}

	/**
	 * Sends the request with the JDK client, because the Spring client parses the content
	 * type before sending it.
	 */
	@ParameterizedTest(name = "Content-Type: {0}")
	@ValueSource(strings = { "application/", ";;" })
	@Order(2)
	void chatRejectsInvalidContentType(String contentType) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/chat"))
			.header(HttpHeaders.CONTENT_TYPE, contentType)
			.POST(HttpRequest.BodyPublishers.ofString(messageJson("What is LSTM?")))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue("application/problem+json");
		assertThat(this.mapper.readTree(response.body()).get("detail").asString()).contains("application/json");
	}

	@Test
	@Order(2)
	void chatAcceptsBodyOf64KiB() {
		EntityExchangeResult<byte[]> result = send(json(paddedBody(MAX_BODY_BYTES)), MediaType.APPLICATION_JSON);
		assertThat(result.getStatus().value()).isEqualTo(200);
		assertThat(this.api.read(result.getResponseBody()).get("intent").asString()).isEqualTo("describe");
	}

	@Test
	@Order(2)
	void chatGetReturnsProblem() {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/api/chat")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectBody(byte[].class)
			.returnResult();
		assertThat(result.getStatus().value()).isEqualTo(405);
		assertThat(result.getResponseHeaders().getFirst("Allow")).isEqualTo("POST");
		assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(problem(result).get("status").asInt()).isEqualTo(405);
		assertNoInternals(result);
	}

	@Test
	@Order(2)
	void unknownMethodReturnsProblem() {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/api/methods/no-such-id")
			.exchange()
			.expectBody(byte[].class)
			.returnResult();
		assertProblem(result, 404, List.of("no-such-id"));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("badListParameters")
	@Order(2)
	void methodsRejectsBadParameter(String name, String value) {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri((builder) -> builder.path("/api/methods").queryParam(name, value).build())
			.exchange()
			.expectBody(byte[].class)
			.returnResult();
		assertProblem(result, 400, List.of("'" + name + "'", "'" + value + "'"));
	}

	static Stream<Arguments> badListParameters() {
		return Stream.of(Arguments.of("limit", "0"), Arguments.of("limit", "1001"), Arguments.of("limit", "abc"),
				Arguments.of("limit", "2.5"), Arguments.of("offset", "-1"), Arguments.of("offset", "x"),
				Arguments.of("status", "foo"), Arguments.of("domain", "Nonsense"));
	}

	@Test
	@Order(3)
	void chatRecoversAfterBadRequests() {
		JsonNode answer = this.api.ask("What is knowledge distillation?");
		assertThat(answer.get("intent").asString()).isEqualTo("describe");
		assertThat(ApiClient.strings(answer.get("methods"))).containsExactly("knowledge-distillation");
	}

	private EntityExchangeResult<byte[]> send(BadRequest request, MediaType accept) {
		WebTestClient.RequestBodySpec spec = this.client.post().uri("/api/chat").accept(accept);
		if (request.contentType() != null) {
			spec.contentType(request.contentType());
		}
		WebTestClient.RequestHeadersSpec<?> sent = request.chunked()
				? spec.body(BodyInserters.fromDataBuffers(chunks(request.body()))) : spec.bodyValue(request.body());
		return sent.exchange().expectBody(byte[].class).returnResult();
	}

	private void assertProblem(EntityExchangeResult<byte[]> result, int status, List<String> detailParts) {
		assertThat(result.getStatus().value()).isEqualTo(status);
		HttpHeaders headers = result.getResponseHeaders();
		assertThat(headers.getContentType()).isNotNull();
		assertThat(headers.getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.as("content type %s", headers.getContentType())
			.isTrue();
		JsonNode problem = problem(result);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).contains(detailParts);
		assertNoInternals(result);
	}

	private JsonNode problem(EntityExchangeResult<byte[]> result) {
		return this.api.read(result.getResponseBody());
	}

	private static void assertNoInternals(EntityExchangeResult<byte[]> result) {
		String body = new String(result.getResponseBody(), StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("Exception", "exception", "\tat ", "java.", "tools.jackson", "com.fasterxml",
				"org.springframework", "org.scholargate", "reactor.", "\"trace\"");
	}

	private WebTestClient slowClient() {
		return this.client.mutate().responseTimeout(Duration.ofMinutes(1)).build();
	}

	private static Arguments bad(String name, BadRequest request, int status, String... detailParts) {
		return Arguments.of(Named.of(name, new BadRequest(request.contentType(), request.body(), request.chunked(),
				status, List.of(detailParts))));
	}

	private static BadRequest json(String body) {
		return withBytes(bytes(body));
	}

	private static BadRequest withBytes(byte[] body) {
		return new BadRequest(MediaType.APPLICATION_JSON, body, false, 0, List.of());
	}

	private static BadRequest chunked(String body) {
		return new BadRequest(MediaType.APPLICATION_JSON, bytes(body), true, 0, List.of());
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String messageJson(String message) {
		return "{\"message\": \"" + message + "\"}";
	}

	/**
	 * Returns a valid chat request of exactly {@code size} bytes, padded with white
	 * space.
	 */
	private static String paddedBody(int size) {
		String head = "{\"message\": \"What is LSTM?\"";
		return head + " ".repeat(size - head.length() - 1) + "}";
	}

	private static Flux<DataBuffer> chunks(byte[] body) {
		List<DataBuffer> buffers = new ArrayList<>();
		for (int start = 0; start < body.length; start += 8192) {
			int end = Math.min(body.length, start + 8192);
			buffers.add(DefaultDataBufferFactory.sharedInstance.wrap(Arrays.copyOfRange(body, start, end)));
		}
		return Flux.fromIterable(buffers);
	}

	/**
	 * A bad chat request and the problem response it must get.
	 *
	 * @param contentType the request content type, or {@code null} for none
	 * @param body the request body
	 * @param chunked whether to send the body in chunks without a content length
	 * @param status the expected status
	 * @param detail the parts the problem detail must contain
	 */
	record BadRequest(MediaType contentType, byte[] body, boolean chunked, int status, List<String> detail) {

	}

}
