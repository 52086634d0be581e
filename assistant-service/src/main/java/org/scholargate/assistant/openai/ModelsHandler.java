package org.scholargate.assistant.openai;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Handles {@code GET /v1/models} and {@code GET /v1/models/{model}}, which list the one
 * model this service offers, and answers any other {@code /v1} path with OpenAI's 404
 * error.
 */
final class ModelsHandler {

	private final OpenAiTypes.Model model;

	ModelsHandler(Instant started) {
		this.model = new OpenAiTypes.Model(OpenAiTypes.MODEL_ID, "model", started.getEpochSecond(), "scholargate");
	}

	Mono<ServerResponse> list(ServerRequest request) {
		return ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new OpenAiTypes.ModelList("list", List.of(this.model)));
	}

	Mono<ServerResponse> get(ServerRequest request) {
		String id = request.pathVariable("model");
		if (!OpenAiTypes.MODEL_ID.equals(id)) {
			return ChatCompletionsHandler.respond(new OpenAiException(HttpStatus.NOT_FOUND,
					OpenAiException.INVALID_REQUEST, "model", "model_not_found",
					"The model '" + id + "' does not exist; use '" + OpenAiTypes.MODEL_ID + "'"));
		}
		return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(this.model);
	}

	Mono<ServerResponse> unknown(ServerRequest request) {
		return ChatCompletionsHandler.respond(new OpenAiException(HttpStatus.NOT_FOUND, OpenAiException.INVALID_REQUEST,
				null, "unknown_url", "Unknown request URL: " + request.method() + " " + request.path()
						+ "; this service offers POST /v1/chat/completions and GET /v1/models"));
	}

}
