package org.scholargate.assistant.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.regex.Pattern;

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
 * Limits API requests per client, answering a request over the limit with a 429 problem
 * and a {@code Retry-After} header. The client is the API key when keys are configured,
 * otherwise the remote address, or the last {@code X-Forwarded-For} address when that
 * header is trusted. Actuator endpoints are not limited.
 */
final class RateLimitWebFilter implements WebFilter, Ordered {

	/**
	 * Runs after the API key check, which names the client.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 200;

	private static final Logger logger = LoggerFactory.getLogger(RateLimitWebFilter.class);

	private static final Pattern IP_ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private final RateLimiter limiter;

	private final int requestsPerMinute;

	private final boolean trustForwardedHeaders;

	private final JsonMapper mapper;

	/**
	 * Creates the filter; a {@code null} limiter lets every request through.
	 */
	RateLimitWebFilter(RateLimiter limiter, RateLimitProperties properties, JsonMapper mapper) {
		this.limiter = limiter;
		this.requestsPerMinute = (limiter != null) ? properties.getRequestsPerMinute() : 0;
		this.trustForwardedHeaders = properties.isTrustForwardedHeaders();
		this.mapper = mapper;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (this.limiter == null || !ApiRequests.isApi(exchange)) {
			return chain.filter(exchange);
		}
		String clientId = clientId(exchange);
		return this.limiter.acquire(clientId)
			.flatMap((decision) -> decision.allowed() ? chain.filter(exchange) : reject(exchange, clientId, decision));
	}

	String clientId(ServerWebExchange exchange) {
		String keyClient = exchange.getAttribute(ApiRequests.CLIENT_ID_ATTRIBUTE);
		if (keyClient != null) {
			return keyClient;
		}
		if (this.trustForwardedHeaders) {
			String forwarded = lastForwardedAddress(exchange.getRequest().getHeaders());
			if (forwarded != null) {
				return "ip:" + forwarded;
			}
		}
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		return "ip:"
				+ ((remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown");
	}

	/**
	 * Returns the last address of the {@code X-Forwarded-For} headers: the one the
	 * trusted proxy added, as earlier ones come from the client. Anything that does not
	 * look like an IP address is ignored.
	 */
	private static String lastForwardedAddress(HttpHeaders headers) {
		List<String> values = headers.get("X-Forwarded-For");
		if (values == null || values.isEmpty()) {
			return null;
		}
		String last = values.get(values.size() - 1);
		String address = last.substring(last.lastIndexOf(',') + 1).strip();
		return IP_ADDRESS.matcher(address).matches() ? address : null;
	}

	private Mono<Void> reject(ServerWebExchange exchange, String clientId, RateLimitDecision decision) {
		long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
		logger.debug("Rejected {} {} from '{}': over {} requests per minute", exchange.getRequest().getMethod(),
				exchange.getRequest().getPath(), clientId, this.requestsPerMinute);
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		return Problems.write(exchange,
				new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests: the limit is "
						+ this.requestsPerMinute + " per minute for each client; retry after " + seconds + " s"),
				this.mapper);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
