package org.scholargate.assistant.redis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the assistant's use of Redis. The server address, credentials and command
 * timeout are the standard {@code spring.data.redis.*} settings.
 */
@ConfigurationProperties("assistant.redis")
public class RedisClientProperties {

	/**
	 * Prefix of every key the assistant writes, so that several deployments can share one
	 * Redis.
	 */
	private String keyPrefix = "scholargate:";

	/**
	 * Maximum delay between two attempts to reconnect after Redis went away.
	 */
	private Duration maxReconnectDelay = Duration.ofSeconds(1);

	/**
	 * How long every Redis call fails at once after one failed, so that requests do not
	 * each wait for the command timeout while Redis is unavailable.
	 */
	private Duration pauseAfterFailure = Duration.ofSeconds(1);

	public String getKeyPrefix() {
		return this.keyPrefix;
	}

	public void setKeyPrefix(String keyPrefix) {
		this.keyPrefix = keyPrefix;
	}

	public Duration getMaxReconnectDelay() {
		return this.maxReconnectDelay;
	}

	public void setMaxReconnectDelay(Duration maxReconnectDelay) {
		this.maxReconnectDelay = maxReconnectDelay;
	}

	public Duration getPauseAfterFailure() {
		return this.pauseAfterFailure;
	}

	public void setPauseAfterFailure(Duration pauseAfterFailure) {
		this.pauseAfterFailure = pauseAfterFailure;
	}

}
