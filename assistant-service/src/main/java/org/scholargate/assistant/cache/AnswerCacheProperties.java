package org.scholargate.assistant.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Answer cache settings. The cache is in Redis when {@code assistant.memory.store=redis}
 * and in this process otherwise.
 */
@ConfigurationProperties("assistant.answer-cache")
public class AnswerCacheProperties {

	/**
	 * Whether composed answers are cached.
	 */
	private boolean enabled = true;

	/**
	 * How long a cached answer is kept after it was written.
	 */
	private Duration ttl = Duration.ofHours(1);

	/**
	 * Maximum number of answers the in-process cache keeps; the least recently used are
	 * evicted first. Redis bounds its own memory.
	 */
	private int maxEntries = 10_000;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Duration getTtl() {
		return this.ttl;
	}

	public void setTtl(Duration ttl) {
		this.ttl = ttl;
	}

	public int getMaxEntries() {
		return this.maxEntries;
	}

	public void setMaxEntries(int maxEntries) {
		this.maxEntries = maxEntries;
	}

}
