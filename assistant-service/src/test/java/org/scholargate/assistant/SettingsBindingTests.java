package org.scholargate.assistant;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scholargate.assistant.cache.AnswerCacheProperties;
import org.scholargate.assistant.chat.ChatProperties;
import org.scholargate.assistant.llm.LlmProperties;
import org.scholargate.assistant.memory.MemoryProperties;
import org.scholargate.assistant.ratelimit.RateLimitProperties;
import org.scholargate.assistant.redis.RedisClientProperties;
import org.scholargate.assistant.security.ApiKeyProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsBindingTests {

	private static final Binder EMPTY = new Binder(new MapConfigurationPropertySource());

	@Test
	void chatDefaultsBind() {
		ChatProperties chat = EMPTY.bindOrCreate("assistant.chat", ChatProperties.class);
		assertThat(chat.getMaxMessageLength()).isEqualTo(4000);
		assertThat(chat.getMaxBodySize()).isEqualTo(DataSize.ofKilobytes(64));
		assertThat(chat.getMaxSearchResults()).isEqualTo(25);
	}

	@Test
	void memoryDefaultsBind() {
		MemoryProperties memory = EMPTY.bindOrCreate("assistant.memory", MemoryProperties.class);
		assertThat(memory.getStore()).isEqualTo(MemoryProperties.Store.IN_MEMORY);
		assertThat(memory.getTtl()).isEqualTo(Duration.ofHours(24));
		assertThat(memory.getMaxTurns()).isEqualTo(50);
		assertThat(memory.getMaxBytes()).isEqualTo(DataSize.ofKilobytes(64));
		assertThat(memory.getMaxConversations()).isEqualTo(10_000);
	}

	@Test
	void assistantDefaultsBind() {
		AssistantProperties assistant = EMPTY.bindOrCreate("assistant", AssistantProperties.class);
		assertThat(assistant.getPublicBaseUrl()).isEqualTo(URI.create("http://localhost:8080"));
	}

	@Test
	void llmDefaultsBind() {
		LlmProperties llm = EMPTY.bindOrCreate("assistant.llm", LlmProperties.class);
		assertThat(llm.getProvider()).isEqualTo(LlmProperties.Provider.NONE);
		assertThat(llm.getBaseUrl()).isNull();
		assertThat(llm.getApiKey()).isNull();
		assertThat(llm.getModel()).isNull();
		assertThat(llm.getFirstTokenTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(llm.getIdleTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(llm.getMaxDuration()).isEqualTo(Duration.ofMinutes(2));
		assertThat(llm.getConnectTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(llm.getMaxOutputTokens()).isEqualTo(1024);
		assertThat(llm.getTemperature()).isEqualTo(0.2);
		assertThat(llm.getRetry().getMaxAttempts()).isEqualTo(2);
		assertThat(llm.getRetry().getWait()).isEqualTo(Duration.ofMillis(200));
		assertThat(llm.getCircuitBreaker().getFailureRateThreshold()).isEqualTo(50);
		assertThat(llm.getCircuitBreaker().getSlidingWindowSize()).isEqualTo(20);
		assertThat(llm.getCircuitBreaker().getMinimumNumberOfCalls()).isEqualTo(4);
		assertThat(llm.getCircuitBreaker().getWaitDurationInOpenState()).isEqualTo(Duration.ofSeconds(30));
		assertThat(llm.getCircuitBreaker().getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(2);
		assertThat(llm.getCircuitBreaker().getSlowCallDurationThreshold()).isEqualTo(Duration.ofSeconds(90));
		assertThat(llm.getCircuitBreaker().getSlowCallRateThreshold()).isEqualTo(100);
		assertThat(llm.getCircuitBreaker().getMaxRetryAfter()).isEqualTo(Duration.ofMinutes(5));
		assertThat(llm.getBulkhead().getMaxConcurrentStreams()).isEqualTo(512);
	}

	@Test
	void llmSettingsBindFromEnvironmentVariables() {
		Map<String, Object> variables = Map.of("ASSISTANT_LLM_PROVIDER", "anthropic", "ASSISTANT_LLM_BASE_URL",
				"http://localhost:11434/v1", "ASSISTANT_LLM_API_KEY", "key", "ASSISTANT_LLM_MODEL", "claude",
				"ASSISTANT_LLM_FIRST_TOKEN_TIMEOUT", "3s", "ASSISTANT_LLM_BULKHEAD_MAX_CONCURRENT_STREAMS", "64");
		Binder binder = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)));
		LlmProperties llm = binder.bindOrCreate("assistant.llm", LlmProperties.class);
		assertThat(llm.getProvider()).isEqualTo(LlmProperties.Provider.ANTHROPIC);
		assertThat(llm.getBaseUrl()).isEqualTo(URI.create("http://localhost:11434/v1"));
		assertThat(llm.getApiKey()).isEqualTo("key");
		assertThat(llm.getModel()).isEqualTo("claude");
		assertThat(llm.getFirstTokenTimeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(llm.getBulkhead().getMaxConcurrentStreams()).isEqualTo(64);
	}

	@Test
	void settingsBindFromEnvironmentStyleValues() {
		MapConfigurationPropertySource source = new MapConfigurationPropertySource();
		source.put("assistant.memory.store", "redis");
		source.put("assistant.memory.ttl", "30m");
		source.put("assistant.chat.max-body-size", "1MB");
		Binder binder = new Binder(source);
		assertThat(binder.bindOrCreate("assistant.memory", MemoryProperties.class).getStore())
			.isEqualTo(MemoryProperties.Store.REDIS);
		assertThat(binder.bindOrCreate("assistant.memory", MemoryProperties.class).getTtl())
			.isEqualTo(Duration.ofMinutes(30));
		assertThat(binder.bindOrCreate("assistant.chat", ChatProperties.class).getMaxBodySize())
			.isEqualTo(DataSize.ofMegabytes(1));
	}

	@Test
	void answerCacheDefaultsBind() {
		AnswerCacheProperties cache = EMPTY.bindOrCreate("assistant.answer-cache", AnswerCacheProperties.class);
		assertThat(cache.isEnabled()).isTrue();
		assertThat(cache.getTtl()).isEqualTo(Duration.ofHours(1));
		assertThat(cache.getMaxEntries()).isEqualTo(10_000);
	}

	@Test
	void rateLimitDefaultsBind() {
		RateLimitProperties rateLimit = EMPTY.bindOrCreate("assistant.rate-limit", RateLimitProperties.class);
		assertThat(rateLimit.getRequestsPerMinute()).isNull();
		assertThat(rateLimit.isTrustForwardedHeaders()).isFalse();
		assertThat(rateLimit.getMaxLocalClients()).isEqualTo(100_000);
	}

	@Test
	void apiKeyDefaultsBind() {
		assertThat(EMPTY.bindOrCreate("assistant.security", ApiKeyProperties.class).getApiKeys()).isEmpty();
	}

	@Test
	void redisClientDefaultsBind() {
		RedisClientProperties redis = EMPTY.bindOrCreate("assistant.redis", RedisClientProperties.class);
		assertThat(redis.getKeyPrefix()).isEqualTo("scholargate:");
		assertThat(redis.getMaxReconnectDelay()).isEqualTo(Duration.ofSeconds(1));
		assertThat(redis.getPauseAfterFailure()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void settingsBindFromEnvironmentVariables() {
		Binder binder = environment(Map.of("ASSISTANT_MEMORY_STORE", "redis",
				"ASSISTANT_RATE_LIMIT_REQUESTS_PER_MINUTE", "10", "ASSISTANT_RATE_LIMIT_TRUST_FORWARDED_HEADERS",
				"true", "ASSISTANT_SECURITY_API_KEYS", "aa,bb", "ASSISTANT_ANSWER_CACHE_TTL", "5m"));
		assertThat(binder.bindOrCreate("assistant.memory", MemoryProperties.class).getStore())
			.isEqualTo(MemoryProperties.Store.REDIS);
		RateLimitProperties rateLimit = binder.bindOrCreate("assistant.rate-limit", RateLimitProperties.class);
		assertThat(rateLimit.getRequestsPerMinute()).isEqualTo(10);
		assertThat(rateLimit.isTrustForwardedHeaders()).isTrue();
		assertThat(binder.bindOrCreate("assistant.security", ApiKeyProperties.class).getApiKeys()).containsExactly("aa",
				"bb");
		assertThat(binder.bindOrCreate("assistant.answer-cache", AnswerCacheProperties.class).getTtl())
			.isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void emptyEnvironmentVariablesLeaveFeaturesOff() {
		Binder binder = environment(
				Map.of("ASSISTANT_SECURITY_API_KEYS", "", "ASSISTANT_RATE_LIMIT_REQUESTS_PER_MINUTE", ""));
		assertThat(binder.bindOrCreate("assistant.security", ApiKeyProperties.class).getApiKeys())
			.allMatch(String::isBlank);
		assertThat(binder.bindOrCreate("assistant.rate-limit", RateLimitProperties.class).getRequestsPerMinute())
			.isNull();
	}

	private static Binder environment(Map<String, Object> variables) {
		return new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)));
	}

}
