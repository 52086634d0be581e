package org.scholargate.assistant.llm;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonParseException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.internal.ExceptionMapper;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureCauseTests {

	private static FailureCause mapped(Throwable raw) {
		return FailureCause.of(ExceptionMapper.DEFAULT.mapException(raw));
	}

	@Test
	void httpStatusesMapToCauses() {
		assertThat(mapped(new UpstreamHttpException(401, "bad key", null))).isEqualTo(FailureCause.UNAUTHORIZED);
		assertThat(mapped(new UpstreamHttpException(403, "", null))).isEqualTo(FailureCause.UNAUTHORIZED);
		assertThat(mapped(new UpstreamHttpException(429, "", null))).isEqualTo(FailureCause.RATE_LIMITED);
		assertThat(mapped(new UpstreamHttpException(500, "", null))).isEqualTo(FailureCause.SERVER_ERROR);
		assertThat(mapped(new UpstreamHttpException(503, "", null))).isEqualTo(FailureCause.SERVER_ERROR);
		assertThat(mapped(new UpstreamHttpException(400, "", null))).isEqualTo(FailureCause.REQUEST_REJECTED);
	}

	@Test
	void rateLimitKeepsRetryAfter() {
		RuntimeException mapped = ExceptionMapper.DEFAULT
			.mapException(new UpstreamHttpException(429, "", Duration.ofSeconds(7)));
		assertThat(mapped).isInstanceOf(RateLimitException.class);
		assertThat(((UpstreamHttpException) mapped.getCause()).retryAfter()).isEqualTo(Duration.ofSeconds(7));
	}

	@Test
	void transportFailuresMapToConnectionCauses() {
		assertThat(mapped(new ConnectException("refused"))).isEqualTo(FailureCause.CONNECT_FAILED);
		assertThat(mapped(new IOException("reset"))).isEqualTo(FailureCause.CONNECTION_LOST);
	}

	@Test
	void malformedJsonIsNotAConnectionLoss() {
		RuntimeException wrapped = new RuntimeException(new JsonParseException(null, "Unexpected character"));
		assertThat(mapped(wrapped)).isEqualTo(FailureCause.MALFORMED_RESPONSE);
	}

	@Test
	void ownFailuresKeepTheirCause() {
		assertThat(FailureCause
			.of(new InterruptedStreamException(new ModelStreamException(FailureCause.IDLE_TIMEOUT, "idle"))))
			.isEqualTo(FailureCause.IDLE_TIMEOUT);
		assertThat(FailureCause.of(new ProviderErrorException("{}"))).isEqualTo(FailureCause.PROVIDER_ERROR);
		assertThat(FailureCause.of(new IllegalStateException("?"))).isEqualTo(FailureCause.UNEXPECTED);
	}

	@Test
	void resilienceRejectionsMapToTheirCauses() {
		assertThat(FailureCause
			.of(CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("t"))))
			.isEqualTo(FailureCause.CIRCUIT_OPEN);
		assertThat(FailureCause.of(BulkheadFullException.createBulkheadFullException(Bulkhead.ofDefaults("t"))))
			.isEqualTo(FailureCause.BULKHEAD_FULL);
	}

	@Test
	void onlyTransientCausesAreRetryable() {
		assertThat(FailureCause.SERVER_ERROR.isRetryable()).isTrue();
		assertThat(FailureCause.CONNECT_FAILED.isRetryable()).isTrue();
		assertThat(FailureCause.RATE_LIMITED.isRetryable()).isFalse();
		assertThat(FailureCause.UNAUTHORIZED.isRetryable()).isFalse();
		assertThat(FailureCause.FIRST_TOKEN_TIMEOUT.isRetryable()).isFalse();
	}

	@Test
	void retryAfterParsesSecondsAndDates() {
		assertThat(ReactorNettyHttpClient.parseRetryAfter("30")).isEqualTo(Duration.ofSeconds(30));
		assertThat(ReactorNettyHttpClient.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
		assertThat(ReactorNettyHttpClient.parseRetryAfter("soon")).isNull();
		assertThat(ReactorNettyHttpClient.parseRetryAfter(null)).isNull();
	}

}
