package org.scholargate.assistant.llm;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Language model settings: which provider writes the prose of answers, and the limits
 * that fence every call to it.
 */
@ConfigurationProperties("assistant.llm")
public class LlmProperties {

	/**
	 * Language model provider; {@code none} keeps the grounded composer and creates no
	 * HTTP client.
	 */
	private Provider provider = Provider.NONE;

	/**
	 * Base URL of the provider's API, such as {@code http://localhost:8000/v1} for vLLM;
	 * unset takes the provider's public endpoint.
	 */
	private URI baseUrl;

	/**
	 * API key sent to the provider; never logged or echoed.
	 */
	private String apiKey;

	/**
	 * Model name, such as {@code gpt-4o-mini} or {@code claude-sonnet-4-5}.
	 */
	private String model;

	/**
	 * Maximum time from the start of a call to the first token of text.
	 */
	private Duration firstTokenTimeout = Duration.ofSeconds(10);

	/**
	 * Maximum time between two tokens of text once the text has started.
	 */
	private Duration idleTimeout = Duration.ofSeconds(10);

	/**
	 * Maximum time of a whole call, from its start to its last token.
	 */
	private Duration maxDuration = Duration.ofMinutes(2);

	/**
	 * Maximum time to open a connection to the provider.
	 */
	private Duration connectTimeout = Duration.ofSeconds(5);

	/**
	 * Maximum number of tokens the model may write for one answer.
	 */
	private int maxOutputTokens = 1024;

	/**
	 * Sampling temperature, from 0 to 2; unset takes the provider's default.
	 */
	private Double temperature = 0.2;

	/**
	 * Retries of a call that failed before its first token.
	 */
	private final Retry retry = new Retry();

	/**
	 * Circuit breaker over the calls to the provider.
	 */
	private final CircuitBreaker circuitBreaker = new CircuitBreaker();

	/**
	 * Bulkhead over the concurrent streams from the provider.
	 */
	private final Bulkhead bulkhead = new Bulkhead();

	public Provider getProvider() {
		return this.provider;
	}

	public void setProvider(Provider provider) {
		this.provider = provider;
	}

	public URI getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(URI baseUrl) {
		this.baseUrl = baseUrl;
	}

	public String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(String apiKey) {
		this.apiKey = apiKey;
	}

	public String getModel() {
		return this.model;
	}

	public void setModel(String model) {
		this.model = model;
	}

	public Duration getFirstTokenTimeout() {
		return this.firstTokenTimeout;
	}

	public void setFirstTokenTimeout(Duration firstTokenTimeout) {
		this.firstTokenTimeout = firstTokenTimeout;
	}

	public Duration getIdleTimeout() {
		return this.idleTimeout;
	}

	public void setIdleTimeout(Duration idleTimeout) {
		this.idleTimeout = idleTimeout;
	}

	public Duration getMaxDuration() {
		return this.maxDuration;
	}

	public void setMaxDuration(Duration maxDuration) {
		this.maxDuration = maxDuration;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public int getMaxOutputTokens() {
		return this.maxOutputTokens;
	}

	public void setMaxOutputTokens(int maxOutputTokens) {
		this.maxOutputTokens = maxOutputTokens;
	}

	public Double getTemperature() {
		return this.temperature;
	}

	public void setTemperature(Double temperature) {
		this.temperature = temperature;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public CircuitBreaker getCircuitBreaker() {
		return this.circuitBreaker;
	}

	public Bulkhead getBulkhead() {
		return this.bulkhead;
	}

	/**
	 * Language model providers.
	 */
	public enum Provider {

		/** No model: answers come from the grounded composer. */
		NONE,

		/** The OpenAI Chat Completions API or a server compatible with it. */
		OPENAI,

		/** The Anthropic Messages API. */
		ANTHROPIC

	}

	/**
	 * Retry settings. Only a call that failed before its first token is retried, and only
	 * for connection failures, 5xx responses and provider error events.
	 */
	public static class Retry {

		/**
		 * Maximum number of attempts of one call, the first included; 1 disables retries.
		 */
		private int maxAttempts = 2;

		/**
		 * Wait before each retry.
		 */
		private Duration wait = Duration.ofMillis(200);

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getWait() {
			return this.wait;
		}

		public void setWait(Duration wait) {
			this.wait = wait;
		}

	}

	/**
	 * Circuit breaker settings. A client that cancels is not a failure.
	 */
	public static class CircuitBreaker {

		/**
		 * Failure rate, in percent, at or above which the breaker opens.
		 */
		private float failureRateThreshold = 50;

		/**
		 * Number of most recent calls the failure rate is computed over.
		 */
		private int slidingWindowSize = 20;

		/**
		 * Minimum number of calls in the window before the breaker may open; small, so
		 * that it opens under low traffic too.
		 */
		private int minimumNumberOfCalls = 4;

		/**
		 * Time the breaker stays open before it lets trial calls through.
		 */
		private Duration waitDurationInOpenState = Duration.ofSeconds(30);

		/**
		 * Number of trial calls let through while half open.
		 */
		private int permittedNumberOfCallsInHalfOpenState = 2;

		/**
		 * Duration above which a whole call counts as slow; above a normal long answer.
		 */
		private Duration slowCallDurationThreshold = Duration.ofSeconds(90);

		/**
		 * Rate of slow calls, in percent, at or above which the breaker opens.
		 */
		private float slowCallRateThreshold = 100;

		/**
		 * Longest {@code Retry-After} of a 429 response that opens the breaker for its
		 * duration; a longer one opens it for this long.
		 */
		private Duration maxRetryAfter = Duration.ofMinutes(5);

		public float getFailureRateThreshold() {
			return this.failureRateThreshold;
		}

		public void setFailureRateThreshold(float failureRateThreshold) {
			this.failureRateThreshold = failureRateThreshold;
		}

		public int getSlidingWindowSize() {
			return this.slidingWindowSize;
		}

		public void setSlidingWindowSize(int slidingWindowSize) {
			this.slidingWindowSize = slidingWindowSize;
		}

		public int getMinimumNumberOfCalls() {
			return this.minimumNumberOfCalls;
		}

		public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
			this.minimumNumberOfCalls = minimumNumberOfCalls;
		}

		public Duration getWaitDurationInOpenState() {
			return this.waitDurationInOpenState;
		}

		public void setWaitDurationInOpenState(Duration waitDurationInOpenState) {
			this.waitDurationInOpenState = waitDurationInOpenState;
		}

		public int getPermittedNumberOfCallsInHalfOpenState() {
			return this.permittedNumberOfCallsInHalfOpenState;
		}

		public void setPermittedNumberOfCallsInHalfOpenState(int permittedNumberOfCallsInHalfOpenState) {
			this.permittedNumberOfCallsInHalfOpenState = permittedNumberOfCallsInHalfOpenState;
		}

		public Duration getSlowCallDurationThreshold() {
			return this.slowCallDurationThreshold;
		}

		public void setSlowCallDurationThreshold(Duration slowCallDurationThreshold) {
			this.slowCallDurationThreshold = slowCallDurationThreshold;
		}

		public float getSlowCallRateThreshold() {
			return this.slowCallRateThreshold;
		}

		public void setSlowCallRateThreshold(float slowCallRateThreshold) {
			this.slowCallRateThreshold = slowCallRateThreshold;
		}

		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

	}

	/**
	 * Bulkhead settings.
	 */
	public static class Bulkhead {

		/**
		 * Maximum number of concurrent streams from the provider; a call beyond it is
		 * rejected at once and answered by the grounded composer. The connection pool has
		 * as many connections.
		 */
		private int maxConcurrentStreams = 512;

		public int getMaxConcurrentStreams() {
			return this.maxConcurrentStreams;
		}

		public void setMaxConcurrentStreams(int maxConcurrentStreams) {
			this.maxConcurrentStreams = maxConcurrentStreams;
		}

	}

}
