package org.scholargate.assistant.llm;

import java.time.Duration;

import reactor.netty.resources.ConnectionProvider;

/**
 * The connection pool to the provider. It has as many connections as the bulkhead lets
 * streams run, so that the pool never caps concurrent streams below the bulkhead; a
 * request beyond it waits for a connection at most the connect timeout. Closed with the
 * application context.
 */
final class ModelConnections implements AutoCloseable {

	private final ConnectionProvider provider;

	ModelConnections(LlmProperties properties) {
		this.provider = ConnectionProvider.builder("assistant-llm")
			.maxConnections(properties.getBulkhead().getMaxConcurrentStreams())
			.pendingAcquireMaxCount(-1)
			.pendingAcquireTimeout(properties.getConnectTimeout())
			.maxIdleTime(Duration.ofSeconds(30))
			.evictInBackground(Duration.ofSeconds(30))
			.build();
	}

	ConnectionProvider provider() {
		return this.provider;
	}

	@Override
	public void close() {
		this.provider.dispose();
	}

}
