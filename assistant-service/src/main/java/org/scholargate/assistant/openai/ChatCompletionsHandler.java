package org.scholargate.assistant.openai;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scholargate.assistant.chat.AnswerEvent;
import org.scholargate.assistant.chat.ChatAnswer;
import org.scholargate.assistant.chat.ChatProperties;
import org.scholargate.assistant.chat.ChatService;
import org.scholargate.assistant.compose.Source;
import org.scholargate.assistant.web.JsonBodies;
import org.scholargate.assistant.web.ProblemException;
import org.scholargate.prompts.AnswerTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Handles the OpenAI-compatible {@code POST /v1/chat/completions}: validates the request,
 * answers it statelessly from the messages it carries, and encodes the answer events as
 * one {@code chat.completion} or as a stream of {@code chat.completion.chunk}s ending
 * with {@code data: [DONE]}. Every rejection happens before the first byte of the answer,
 * in OpenAI's error shape.
 */
final class ChatCompletionsHandler {

	private static final Logger logger = LoggerFactory.getLogger(ChatCompletionsHandler.class);

	private static final String ID_PREFIX = "chatcmpl-";

	private final ChatService service;

	private final CompletionRequestReader reader;

	private final JsonMapper mapper;

	private final AnswerTemplates templates;

	private final Clock clock;

	private final int maxBodyBytes;

	ChatCompletionsHandler(ChatService service, JsonMapper mapper, ChatProperties properties, AnswerTemplates templates,
			Clock clock) {
		this.service = service;
		this.mapper = mapper;
		this.templates = templates;
		this.clock = clock;
		this.reader = new CompletionRequestReader(mapper, properties.getMaxMessageLength());
		this.maxBodyBytes = Math.toIntExact(properties.getMaxBodySize().toBytes());
	}

	Mono<ServerResponse> complete(ServerRequest request) {
		return JsonBodies.read(request, this.maxBodyBytes)
			.onErrorMap(ProblemException.class, ChatCompletionsHandler::toOpenAi)
			.map(this.reader::read)
			.flatMap((completion) -> this.service.prepareStateless(completion.question(), completion.earlierMessages())
				.flatMap((prepared) -> {
					String id = ID_PREFIX + prepared.messageId();
					long created = this.clock.instant().getEpochSecond();
					Flux<AnswerEvent> events = this.service.stream(prepared);
					return completion.stream()
							? stream(events, new CompletionChunkEncoder(id, created, completion, this.templates))
							: whole(events, id, created, completion);
				}))
			.onErrorResume(OpenAiException.class, ChatCompletionsHandler::respond);
	}

	static Mono<ServerResponse> respond(OpenAiException ex) {
		return ServerResponse.status(ex.status()).contentType(MediaType.APPLICATION_JSON).bodyValue(ex.body());
	}

	private static OpenAiException toOpenAi(ProblemException problem) {
		return new OpenAiException(problem.getStatus(), OpenAiException.INVALID_REQUEST, null,
				problem.getType().replace('-', '_'), problem.getMessage());
	}

	private Mono<ServerResponse> stream(Flux<AnswerEvent> events, CompletionChunkEncoder encoder) {
		Flux<Object> payloads = events.concatMapIterable(encoder::encode).onErrorResume((ex) -> {
			logger.error("Chat completion stream failed", ex);
			return Flux.just(CompletionChunkEncoder.failure());
		});
		Flux<ServerSentEvent<String>> encoded = payloads
			.map((payload) -> ServerSentEvent.builder(this.mapper.writeValueAsString(payload)).build())
			.concatWith(Mono.just(ServerSentEvent.builder("[DONE]").build()));
		return ServerResponse.ok()
			.contentType(MediaType.TEXT_EVENT_STREAM)
			.header("Cache-Control", "no-cache")
			.header("X-Accel-Buffering", "no")
			.body(BodyInserters.fromServerSentEvents(encoded));
	}

	private Mono<ServerResponse> whole(Flux<AnswerEvent> events, String id, long created, CompletionRequest request) {
		return events.collectList().map((list) -> completion(list, id, created, request)).flatMap((completion) -> {
			return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(completion);
		});
	}

	private OpenAiTypes.ChatCompletion completion(List<AnswerEvent> events, String id, long created,
			CompletionRequest request) {
		ChatAnswer answer = ChatAnswer.of(events);
		if ("error".equals(answer.finishReason())) {
			AnswerEvent.Failure error = lastError(events);
			throw new OpenAiException(HttpStatus.INTERNAL_SERVER_ERROR, OpenAiException.SERVER_ERROR, null,
					error.code(), error.message());
		}
		Map<Integer, Source> sources = new TreeMap<>();
		answer.sources().forEach((source) -> sources.put(source.index(), source));
		OpenAiTypes.Message message = new OpenAiTypes.Message("assistant", answer.text(), null,
				CitationAnnotations.find(answer.text(), 0, sources));
		OpenAiTypes.Choice choice = new OpenAiTypes.Choice(0, message, null, answer.finishReason());
		OpenAiTypes.Usage usage = OpenAiTypes.Usage.of(TokenEstimate.of(request.promptText()),
				TokenEstimate.of(answer.text()));
		return new OpenAiTypes.ChatCompletion(id, "chat.completion", created, OpenAiTypes.MODEL_ID, List.of(choice),
				usage, AnswerExtension.of(answer, List.copyOf(sources.values())));
	}

	private static AnswerEvent.Failure lastError(List<AnswerEvent> events) {
		AnswerEvent.Failure error = new AnswerEvent.Failure("answer_failed",
				"The answer failed before it was complete");
		for (AnswerEvent event : events) {
			if (event instanceof AnswerEvent.Failure value) {
				error = value;
			}
		}
		return error;
	}

}
