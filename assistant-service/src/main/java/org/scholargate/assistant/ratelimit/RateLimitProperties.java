package org.scholargate.assistant.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rate limit settings. The limit is counted in Redis, across every replica, when
 * {@code assistant.memory.store=redis}, and in this process otherwise.
 */
@ConfigurationProperties("assistant.rate-limit")
public class RateLimitProperties {

	/**
	 * Maximum number of API requests per minute and client, allowed in bursts of up to
	 * the same number. Unset: no limit.
	 */
	private Integer requestsPerMinute;

	/**
	 * Whether the client of a request without an API key is the last address of its
	 * {@code X-Forwarded-For} header rather than the connection's remote address. Turn it
	 * on only behind a proxy that sets that header, because clients can forge it.
	 */
	private boolean trustForwardedHeaders;

	/**
	 * Maximum number of clients whose buckets this process keeps, both for the in-process
	 * limit and as the fallback while Redis is unavailable; the least recently seen are
	 * evicted first.
	 */
	private int maxLocalClients = 100_000;

	public Integer getRequestsPerMinute() {
		return this.requestsPerMinute;
	}

	public void setRequestsPerMinute(Integer requestsPerMinute) {
		this.requestsPerMinute = requestsPerMinute;
	}

	public boolean isTrustForwardedHeaders() {
		return this.trustForwardedHeaders;
	}

	public void setTrustForwardedHeaders(boolean trustForwardedHeaders) {
		this.trustForwardedHeaders = trustForwardedHeaders;
	}

	public int getMaxLocalClients() {
		return this.maxLocalClients;
	}

	public void setMaxLocalClients(int maxLocalClients) {
		this.maxLocalClients = maxLocalClients;
	}

}
