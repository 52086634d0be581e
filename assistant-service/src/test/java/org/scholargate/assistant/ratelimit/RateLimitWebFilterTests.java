package org.scholargate.assistant.ratelimit;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.scholargate.assistant.web.ApiRequests;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitWebFilterTests {

	private static RateLimitWebFilter filter(boolean trustForwardedHeaders) {
		RateLimitProperties properties = new RateLimitProperties();
		properties.setRequestsPerMinute(10);
		properties.setTrustForwardedHeaders(trustForwardedHeaders);
		return new RateLimitWebFilter(new LocalRateLimiter(10, 100, System::nanoTime), properties,
				JsonMapper.builder().build());
	}

	private static MockServerWebExchange exchange(String... forwardedFor) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.post("/api/chat")
			.remoteAddress(new InetSocketAddress("203.0.113.7", 40000));
		if (forwardedFor.length > 0) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return MockServerWebExchange.from(request);
	}

	@Test
	void remoteAddressIdentifiesClient() {
		assertThat(filter(false).clientId(exchange())).isEqualTo("ip:203.0.113.7");
	}

	@Test
	void forwardedHeaderIsIgnoredUnlessTrusted() {
		assertThat(filter(false).clientId(exchange("198.51.100.1"))).isEqualTo("ip:203.0.113.7");
	}

	@Test
	void trustedForwardedHeaderGivesLastAddress() {
		assertThat(filter(true).clientId(exchange("192.0.2.1, 198.51.100.1"))).isEqualTo("ip:198.51.100.1");
		assertThat(filter(true).clientId(exchange("192.0.2.1", "2001:db8::1"))).isEqualTo("ip:2001:db8::1");
	}

	@Test
	void malformedForwardedAddressFallsBackToRemoteAddress() {
		assertThat(filter(true).clientId(exchange("not an address"))).isEqualTo("ip:203.0.113.7");
		assertThat(filter(true).clientId(exchange("1.2.3.4, " + "9".repeat(200)))).isEqualTo("ip:203.0.113.7");
	}

	@Test
	void apiKeyClientWinsOverAddress() {
		MockServerWebExchange exchange = exchange("198.51.100.1");
		exchange.getAttributes().put(ApiRequests.CLIENT_ID_ATTRIBUTE, "key:0123456789abcdef");
		assertThat(filter(true).clientId(exchange)).isEqualTo("key:0123456789abcdef");
	}

}
