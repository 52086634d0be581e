package org.scholargate.assistant.llm;

import java.time.Duration;
import java.util.Locale;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The language model's Micrometer meters: calls by outcome, first-token latency,
 * fallbacks by cause, removed citation markers and the circuit breaker's state.
 */
final class LlmMetrics {

	static final String CALLS = "assistant.llm.calls";

	static final String FIRST_TOKEN = "assistant.llm.first.token";

	static final String FALLBACKS = "assistant.llm.fallbacks";

	static final String MARKERS_REMOVED = "assistant.llm.citations.removed";

	static final String CIRCUIT_STATE = "assistant.llm.circuit.state";

	private final MeterRegistry registry;

	private final String provider;

	private final Timer firstToken;

	LlmMetrics(MeterRegistry registry, String provider) {
		this.registry = registry;
		this.provider = provider;
		this.firstToken = Timer.builder(FIRST_TOKEN)
			.description("Time from the start of a model call to its first token of text")
			.tag("provider", provider)
			.register(registry);
	}

	/**
	 * Counts one call to the provider: {@code success}, {@code failure} with its cause,
	 * or {@code cancelled}.
	 */
	void call(String outcome, FailureCause cause) {
		this.registry
			.counter(CALLS, "provider", this.provider, "outcome", outcome, "cause",
					(cause != null) ? cause.value() : "none")
			.increment();
	}

	void firstToken(Duration latency) {
		this.firstToken.record(latency);
	}

	/**
	 * Counts one answer that the grounded composer wrote because the model failed,
	 * {@code before_text} or {@code after_text} had reached the client.
	 */
	void fallback(FailureCause cause, boolean afterText) {
		this.registry
			.counter(FALLBACKS, "provider", this.provider, "cause", cause.value(), "stage",
					afterText ? "after_text" : "before_text")
			.increment();
	}

	void markerRemoved(String reason) {
		this.registry.counter(MARKERS_REMOVED, "provider", this.provider, "reason", reason).increment();
	}

	/**
	 * Registers one gauge per breaker state, 1 for the current state and 0 for the
	 * others.
	 */
	void bind(CircuitBreaker breaker) {
		for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
			Gauge.builder(CIRCUIT_STATE, breaker, (current) -> (current.getState() == state) ? 1 : 0)
				.description("Whether the model circuit breaker is in the state of the tag")
				.tag("provider", this.provider)
				.tag("state", state.name().toLowerCase(Locale.ROOT))
				.register(this.registry);
		}
	}

}
