package org.scholargate.assistant.llm;

import java.net.URI;
import java.time.Duration;

/**
 * Checks the language model settings at start-up, so that a wrong value stops the service
 * with a message that names the setting and the fix. The API key's value never appears in
 * a message.
 */
final class LlmSettings {

	private LlmSettings() {
	}

	/**
	 * Checks the settings of a configured provider.
	 * @throws IllegalStateException naming the first invalid setting
	 */
	static void validate(LlmProperties properties) {
		require(properties.getModel() != null && !properties.getModel().isBlank(), "assistant.llm.model",
				"is missing; set ASSISTANT_LLM_MODEL to the model name, such as gpt-4o-mini");
		boolean keyNeeded = properties.getProvider() == LlmProperties.Provider.ANTHROPIC
				|| properties.getBaseUrl() == null;
		require(!keyNeeded || (properties.getApiKey() != null && !properties.getApiKey().isBlank()),
				"assistant.llm.api-key", "is missing; set ASSISTANT_LLM_API_KEY to the provider's API key");
		validateBaseUrl(properties.getBaseUrl());
		positive(properties.getFirstTokenTimeout(), "assistant.llm.first-token-timeout");
		positive(properties.getIdleTimeout(), "assistant.llm.idle-timeout");
		positive(properties.getMaxDuration(), "assistant.llm.max-duration");
		positive(properties.getConnectTimeout(), "assistant.llm.connect-timeout");
		require(properties.getMaxOutputTokens() > 0, "assistant.llm.max-output-tokens",
				"is " + properties.getMaxOutputTokens() + "; set a number of tokens of at least 1");
		Double temperature = properties.getTemperature();
		require(temperature == null || (temperature >= 0 && temperature <= 2), "assistant.llm.temperature",
				"is " + temperature + "; set a value from 0 to 2, or leave it unset");
		validateRetry(properties.getRetry());
		validateCircuitBreaker(properties.getCircuitBreaker());
		require(properties.getBulkhead().getMaxConcurrentStreams() > 0, "assistant.llm.bulkhead.max-concurrent-streams",
				"is " + properties.getBulkhead().getMaxConcurrentStreams() + "; set at least 1");
	}

	private static void validateBaseUrl(URI baseUrl) {
		if (baseUrl == null) {
			return;
		}
		String scheme = baseUrl.getScheme();
		require(("http".equals(scheme) || "https".equals(scheme)) && baseUrl.getHost() != null,
				"assistant.llm.base-url",
				"is '" + baseUrl + "'; set an http or https URL such as http://localhost:8000/v1");
	}

	private static void validateRetry(LlmProperties.Retry retry) {
		require(retry.getMaxAttempts() >= 1, "assistant.llm.retry.max-attempts",
				"is " + retry.getMaxAttempts() + "; set at least 1 (1 disables retries)");
		require(retry.getWait() != null && !retry.getWait().isNegative(), "assistant.llm.retry.wait",
				"is " + retry.getWait() + "; set a duration of 0 or more");
	}

	private static void validateCircuitBreaker(LlmProperties.CircuitBreaker breaker) {
		String prefix = "assistant.llm.circuit-breaker.";
		percent(breaker.getFailureRateThreshold(), prefix + "failure-rate-threshold");
		percent(breaker.getSlowCallRateThreshold(), prefix + "slow-call-rate-threshold");
		require(breaker.getSlidingWindowSize() >= 1, prefix + "sliding-window-size",
				"is " + breaker.getSlidingWindowSize() + "; set at least 1");
		require(breaker.getMinimumNumberOfCalls() >= 1, prefix + "minimum-number-of-calls",
				"is " + breaker.getMinimumNumberOfCalls() + "; set at least 1");
		require(breaker.getPermittedNumberOfCallsInHalfOpenState() >= 1,
				prefix + "permitted-number-of-calls-in-half-open-state",
				"is " + breaker.getPermittedNumberOfCallsInHalfOpenState() + "; set at least 1");
		positive(breaker.getWaitDurationInOpenState(), prefix + "wait-duration-in-open-state");
		positive(breaker.getSlowCallDurationThreshold(), prefix + "slow-call-duration-threshold");
		require(breaker.getMaxRetryAfter() != null && !breaker.getMaxRetryAfter().isNegative(),
				prefix + "max-retry-after", "is " + breaker.getMaxRetryAfter() + "; set a duration of 0 or more");
	}

	private static void percent(float value, String name) {
		require(value > 0 && value <= 100, name, "is " + value + "; set a percentage above 0 and at most 100");
	}

	private static void positive(Duration value, String name) {
		require(value != null && !value.isNegative() && !value.isZero(), name,
				"is " + value + "; set a duration above 0, such as 10s");
	}

	private static void require(boolean valid, String name, String problem) {
		if (!valid) {
			throw new IllegalStateException("Setting " + name + " " + problem);
		}
	}

	/**
	 * Returns the base URL without user information, for logs.
	 */
	static String describe(URI baseUrl) {
		if (baseUrl == null) {
			return "the provider's public endpoint";
		}
		return baseUrl.getScheme() + "://" + baseUrl.getHost()
				+ ((baseUrl.getPort() >= 0) ? ":" + baseUrl.getPort() : "")
				+ ((baseUrl.getRawPath() != null) ? baseUrl.getRawPath() : "");
	}

}
