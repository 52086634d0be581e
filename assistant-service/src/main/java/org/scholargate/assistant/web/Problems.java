package org.scholargate.assistant.web;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * Renders problem responses from functional handlers and web filters.
 */
public final class Problems {

	private Problems() {
	}

	/**
	 * Returns the problem response of a {@link ProblemException}.
	 */
	public static Mono<ServerResponse> respond(ProblemException problem) {
		return ServerResponse.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(problem.toProblemDetail());
	}

	/**
	 * Writes the problem response of a {@link ProblemException} from a web filter,
	 * keeping any headers already set on the response, such as {@code Retry-After}.
	 * @return a {@code Mono} that completes once the response is written
	 */
	public static Mono<Void> write(ServerWebExchange exchange, ProblemException problem, JsonMapper mapper) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(problem.getStatus());
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		DataBuffer body = response.bufferFactory().wrap(mapper.writeValueAsBytes(problem.toProblemDetail()));
		return response.writeWith(Mono.just(body));
	}

}
