package org.scholargate.assistant.web;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Renders problem responses from functional handlers.
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

}
