package org.scholargate.assistant.web;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Answers every error that reaches the web layer as an RFC 9457 problem response: client
 * errors with their status, anything else as 500 without internals. Unexpected errors are
 * logged here, once.
 */
@Component
@Order(-2)
class ProblemWebExceptionHandler implements WebExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

	private final JsonMapper mapper;

	ProblemWebExceptionHandler(JsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.error(ex);
		}
		ProblemDetail problem = toProblem(exchange, ex);
		response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (ex instanceof ResponseStatusException statusException) {
			statusException.getHeaders().forEach((name, values) -> response.getHeaders().addAll(name, values));
		}
		DataBuffer body = response.bufferFactory().wrap(this.mapper.writeValueAsBytes(problem));
		return response.writeWith(Mono.just(body));
	}

	private ProblemDetail toProblem(ServerWebExchange exchange, Throwable ex) {
		if (ex instanceof ProblemException problem) {
			return problem.toProblemDetail();
		}
		if (ex instanceof ResponseStatusException statusException) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(statusException.getStatusCode(),
					(statusException.getReason() != null) ? statusException.getReason()
							: HttpStatus.valueOf(statusException.getStatusCode().value()).getReasonPhrase());
			problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
			return problem;
		}
		logger.error("Request {} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The service failed to answer this request; it has been logged and the service keeps running");
	}

}
