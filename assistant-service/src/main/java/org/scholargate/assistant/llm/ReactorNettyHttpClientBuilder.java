package org.scholargate.assistant.llm;

import java.time.Duration;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import io.netty.channel.ChannelOption;
import reactor.netty.http.HttpProtocol;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Builds {@link ReactorNettyHttpClient}s over one connection pool and the given event
 * loops. HTTP/1.1 only, so every stream has its own connection and the pool size bounds
 * the concurrent streams. The read timeout applies only to calls that do not stream;
 * streams are fenced by the first-token, idle and total timeouts of the model guard.
 */
final class ReactorNettyHttpClientBuilder implements HttpClientBuilder {

	private final ConnectionProvider connections;

	private final LoopResources loops;

	private Duration connectTimeout;

	private Duration readTimeout;

	ReactorNettyHttpClientBuilder(ConnectionProvider connections, LoopResources loops) {
		this.connections = connections;
		this.loops = loops;
	}

	@Override
	public Duration connectTimeout() {
		return this.connectTimeout;
	}

	@Override
	public ReactorNettyHttpClientBuilder connectTimeout(Duration timeout) {
		this.connectTimeout = timeout;
		return this;
	}

	@Override
	public Duration readTimeout() {
		return this.readTimeout;
	}

	@Override
	public ReactorNettyHttpClientBuilder readTimeout(Duration timeout) {
		this.readTimeout = timeout;
		return this;
	}

	@Override
	public HttpClient build() {
		reactor.netty.http.client.HttpClient client = reactor.netty.http.client.HttpClient.create(this.connections)
			.protocol(HttpProtocol.HTTP11)
			.compress(false);
		if (this.loops != null) {
			client = client.runOn(this.loops);
		}
		if (this.connectTimeout != null) {
			client = client.option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
					Math.toIntExact(this.connectTimeout.toMillis()));
		}
		Duration blockLimit = (this.readTimeout != null) ? this.readTimeout : Duration.ofSeconds(60);
		return new ReactorNettyHttpClient(client, blockLimit);
	}

}
