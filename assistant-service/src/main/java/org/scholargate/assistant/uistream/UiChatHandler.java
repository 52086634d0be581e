package org.scholargate.assistant.uistream;

import org.scholargate.assistant.chat.AnswerEvent;
import org.scholargate.assistant.chat.ChatProperties;
import org.scholargate.assistant.chat.ChatService;
import org.scholargate.assistant.web.JsonBodies;
import org.scholargate.assistant.web.ProblemException;
import org.scholargate.assistant.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Handles {@code POST /api/chat/ui}, the Vercel AI SDK UI message stream: validates the
 * {@code useChat} request, composes the answer statelessly from the messages it carries,
 * and encodes the answer events as UI message stream parts ending with
 * {@code data: [DONE]}. Bad input is rejected before streaming as a problem response,
 * like {@code /api/chat}; {@code useChat} shows its body as the error.
 */
final class UiChatHandler {

	static final String STREAM_HEADER = "x-vercel-ai-ui-message-stream";

	private static final Logger logger = LoggerFactory.getLogger(UiChatHandler.class);

	private final ChatService service;

	private final UiChatRequestReader reader;

	private final JsonMapper mapper;

	private final int maxBodyBytes;

	UiChatHandler(ChatService service, JsonMapper mapper, ChatProperties properties) {
		this.service = service;
		this.mapper = mapper;
		this.reader = new UiChatRequestReader(mapper, properties.getMaxMessageLength());
		this.maxBodyBytes = Math.toIntExact(properties.getMaxBodySize().toBytes());
	}

	Mono<ServerResponse> chat(ServerRequest request) {
		return JsonBodies.read(request, this.maxBodyBytes)
			.map(this.reader::read)
			.flatMap((ui) -> this.service.prepareStateless(ui.question(), ui.earlierMessages()).map((prepared) -> {
				String messageId = (ui.regeneratedMessageId() != null) ? ui.regeneratedMessageId()
						: prepared.messageId();
				return encode(this.service.stream(prepared), new UiMessageChunkEncoder(messageId));
			}))
			.flatMap(this::respond)
			.onErrorResume(ProblemException.class, Problems::respond);
	}

	private Flux<ServerSentEvent<String>> encode(Flux<AnswerEvent> events, UiMessageChunkEncoder encoder) {
		Flux<UiMessageChunk> parts = events.concatMapIterable(encoder::encode).onErrorResume((ex) -> {
			logger.error("UI message stream failed", ex);
			return Flux.fromIterable(encoder.failure());
		});
		return parts.map((part) -> ServerSentEvent.builder(this.mapper.writeValueAsString(part)).build())
			.concatWith(Mono.just(ServerSentEvent.builder("[DONE]").build()));
	}

	private Mono<ServerResponse> respond(Flux<ServerSentEvent<String>> events) {
		return ServerResponse.ok()
			.contentType(MediaType.TEXT_EVENT_STREAM)
			.header("Cache-Control", "no-cache")
			.header("X-Accel-Buffering", "no")
			.header(STREAM_HEADER, "v1")
			.body(BodyInserters.fromServerSentEvents(events));
	}

}
