package org.scholargate.assistant.memory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Conversation memory settings.
 */
@ConfigurationProperties("assistant.memory")
public class MemoryProperties {

	/**
	 * Conversation store implementation.
	 */
	private Store store = Store.IN_MEMORY;

	/**
	 * Idle time after which a conversation is forgotten.
	 */
	private Duration ttl = Duration.ofHours(24);

	/**
	 * Maximum number of turns kept per conversation; older turns are dropped first.
	 */
	private int maxTurns = 50;

	/**
	 * Maximum size of one conversation's stored turns; older turns are dropped first.
	 */
	private DataSize maxBytes = DataSize.ofKilobytes(64);

	/**
	 * Maximum number of conversations the in-memory store keeps; the least recently used
	 * are evicted first.
	 */
	private int maxConversations = 10_000;

	public Store getStore() {
		return this.store;
	}

	public void setStore(Store store) {
		this.store = store;
	}

	public Duration getTtl() {
		return this.ttl;
	}

	public void setTtl(Duration ttl) {
		this.ttl = ttl;
	}

	public int getMaxTurns() {
		return this.maxTurns;
	}

	public void setMaxTurns(int maxTurns) {
		this.maxTurns = maxTurns;
	}

	public DataSize getMaxBytes() {
		return this.maxBytes;
	}

	public void setMaxBytes(DataSize maxBytes) {
		this.maxBytes = maxBytes;
	}

	public int getMaxConversations() {
		return this.maxConversations;
	}

	public void setMaxConversations(int maxConversations) {
		this.maxConversations = maxConversations;
	}

	/**
	 * Conversation store implementations.
	 */
	public enum Store {

		/** Kept in this process, bounded; lost on restart. */
		IN_MEMORY,

		/** Kept in Redis, shared by every replica. */
		REDIS

	}

}
