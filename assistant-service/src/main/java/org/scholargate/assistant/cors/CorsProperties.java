package org.scholargate.assistant.cors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Cross-origin access to the HTTP API ({@code /api/**} and {@code /v1/**}), so that pages
 * served from other origins can call it. Off while no origin is allowed.
 */
@ConfigurationProperties("assistant.cors")
public class CorsProperties {

	/**
	 * Origins allowed to call the API, such as {@code https://catalog.example.org}; a
	 * {@code *} in the host matches subdomains and a lone {@code *} allows every origin.
	 * Empty turns cross-origin access off.
	 */
	private List<String> allowedOrigins = new ArrayList<>();

	/**
	 * Request headers that cross-origin callers may send; {@code X-API-Key} carries the
	 * API key when {@code assistant.security.api-keys} is set.
	 */
	private List<String> allowedHeaders = new ArrayList<>(
			List.of("Content-Type", "Accept", "Authorization", "X-API-Key"));

	/**
	 * Response headers that cross-origin callers may read.
	 */
	private List<String> exposedHeaders = new ArrayList<>(List.of("x-vercel-ai-ui-message-stream", "Retry-After"));

	/**
	 * Whether cross-origin requests may carry cookies and HTTP authentication; not
	 * allowed together with the origin {@code *}.
	 */
	private boolean allowCredentials = false;

	/**
	 * How long browsers may cache the response to a preflight request.
	 */
	private Duration maxAge = Duration.ofMinutes(30);

	public List<String> getAllowedOrigins() {
		return this.allowedOrigins;
	}

	public void setAllowedOrigins(List<String> allowedOrigins) {
		this.allowedOrigins = allowedOrigins;
	}

	public List<String> getAllowedHeaders() {
		return this.allowedHeaders;
	}

	public void setAllowedHeaders(List<String> allowedHeaders) {
		this.allowedHeaders = allowedHeaders;
	}

	public List<String> getExposedHeaders() {
		return this.exposedHeaders;
	}

	public void setExposedHeaders(List<String> exposedHeaders) {
		this.exposedHeaders = exposedHeaders;
	}

	public boolean isAllowCredentials() {
		return this.allowCredentials;
	}

	public void setAllowCredentials(boolean allowCredentials) {
		this.allowCredentials = allowCredentials;
	}

	public Duration getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(Duration maxAge) {
		this.maxAge = maxAge;
	}

}
