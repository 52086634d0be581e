package org.scholargate.assistant.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.scholargate.assistant.web.JsonBodies;
import org.scholargate.assistant.web.ProblemException;
import org.scholargate.assistant.web.Problems;
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
 * Handles {@code POST /api/chat}: reads and validates the request, then answers as one
 * JSON object or as server-sent events, following the {@code Accept} header. Every
 * rejection happens before the first byte of the answer.
 */
final class ChatHandler {

	private final ChatService service;

	private final ChatRequestReader reader;

	private final JsonMapper mapper;

	private final int maxBodyBytes;

	ChatHandler(ChatService service, JsonMapper mapper, ChatProperties properties) {
		this.service = service;
		this.mapper = mapper;
		this.reader = new ChatRequestReader(mapper, properties.getMaxMessageLength());
		this.maxBodyBytes = Math.toIntExact(properties.getMaxBodySize().toBytes());
	}

	Mono<ServerResponse> methodNotAllowed(ServerRequest request) {
		return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
			.header("Allow", "POST")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(new ProblemException(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
					"Method " + request.method() + " is not supported on /api/chat; use POST")
				.toProblemDetail());
	}

	Mono<ServerResponse> chat(ServerRequest request) {
		return JsonBodies.read(request, this.maxBodyBytes)
			.map(this.reader::read)
			.flatMap(this.service::prepare)
			.flatMap((prepared) -> {
				Flux<AnswerEvent> events = this.service.stream(prepared);
				return wantsEventStream(request) ? eventStream(events) : json(events);
			})
			.onErrorResume(ProblemException.class, Problems::respond);
	}

	/**
	 * Returns whether the client prefers server-sent events; an unreadable {@code Accept}
	 * header counts as any other value and gets JSON.
	 */
	private static boolean wantsEventStream(ServerRequest request) {
		List<MediaType> accepted;
		try {
			accepted = new ArrayList<>(request.headers().accept());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : accepted) {
			if (type.getQualityValue() > 0 && type.isCompatibleWith(MediaType.TEXT_EVENT_STREAM)
					&& !type.isWildcardType() && !type.isWildcardSubtype()) {
				return true;
			}
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
				return false;
			}
		}
		return false;
	}

	private Mono<ServerResponse> eventStream(Flux<AnswerEvent> events) {
		Flux<ServerSentEvent<String>> encoded = events.map((event) -> ServerSentEvent.<String>builder()
			.event(event.name())
			.data(this.mapper.writeValueAsString(event))
			.build());
		return ServerResponse.ok()
			.contentType(MediaType.TEXT_EVENT_STREAM)
			.header("Cache-Control", "no-cache")
			.header("X-Accel-Buffering", "no")
			.body(BodyInserters.fromServerSentEvents(encoded));
	}

	private Mono<ServerResponse> json(Flux<AnswerEvent> events) {
		return events.collectList()
			.map(ChatAnswer::of)
			.flatMap((answer) -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(answer));
	}

}
