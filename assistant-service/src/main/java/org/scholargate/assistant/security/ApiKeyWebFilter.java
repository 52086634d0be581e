package org.scholargate.assistant.security;

import org.scholargate.assistant.web.ApiRequests;
import org.scholargate.assistant.web.ProblemException;
import org.scholargate.assistant.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Rejects API requests without an accepted key with a 401 problem, and records the key's
 * client id for the rate limit. The key is read from {@code X-API-Key}, or else from
 * {@code Authorization: Bearer}, where OpenAI clients send their API key. Actuator
 * endpoints need no key, and nothing is checked when no keys are configured.
 */
final class ApiKeyWebFilter implements WebFilter, Ordered {

	static final String HEADER = "X-API-Key";

	private static final String BEARER = "Bearer ";

	/**
	 * Runs before the rate limit, which needs the client id.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	private static final Logger logger = LoggerFactory.getLogger(ApiKeyWebFilter.class);

	private final ApiKeys keys;

	private final JsonMapper mapper;

	ApiKeyWebFilter(ApiKeys keys, JsonMapper mapper) {
		this.keys = keys;
		this.mapper = mapper;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (this.keys.isEmpty() || !ApiRequests.isApi(exchange)) {
			return chain.filter(exchange);
		}
		String presented = presentedKey(exchange.getRequest().getHeaders());
		String clientId = (presented != null) ? this.keys.clientId(presented).orElse(null) : null;
		if (clientId == null) {
			return reject(exchange, presented == null);
		}
		exchange.getAttributes().put(ApiRequests.CLIENT_ID_ATTRIBUTE, clientId);
		return chain.filter(exchange);
	}

	private static String presentedKey(HttpHeaders headers) {
		String key = headers.getFirst(HEADER);
		if (key != null) {
			return key;
		}
		String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return authorization.substring(BEARER.length()).strip();
		}
		return null;
	}

	private Mono<Void> reject(ServerWebExchange exchange, boolean missing) {
		logger.debug("Rejected {} {} from {}: {} API key", exchange.getRequest().getMethod(),
				exchange.getRequest().getPath(), exchange.getRequest().getRemoteAddress(),
				missing ? "missing" : "unknown");
		String detail = missing ? "This API needs a key: send it in the 'X-API-Key' header"
				: "The API key is not accepted; check it for typos or ask for a new one";
		exchange.getResponse().getHeaders().set("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
		return Problems.write(exchange,
				new ProblemException(HttpStatus.UNAUTHORIZED, missing ? "api-key-missing" : "api-key-invalid", detail),
				this.mapper);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
