package org.scholargate.assistant.llm;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.scholargate.assistant.compose.GroundedAnswer;
import org.scholargate.assistant.understanding.Intent;
import org.scholargate.assistant.understanding.Understanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Has a language model write the prose of grounded answers, checks its citation markers
 * while it streams, and falls back to the grounded answer when the model fails. The
 * facts, the sources and the table stay those of the grounded answer.
 */
public final class ModelProse {

	private static final Logger logger = LoggerFactory.getLogger(ModelProse.class);

	private static final Set<Intent> INTENTS = EnumSet.of(Intent.DESCRIBE, Intent.FIELD, Intent.COMPARE, Intent.RELATED,
			Intent.SEARCH);

	private final ModelGuard guard;

	private final ModelRequests requests;

	private final LlmMetrics metrics;

	ModelProse(ModelGuard guard, ModelRequests requests, LlmMetrics metrics) {
		this.guard = guard;
		this.requests = requests;
		this.metrics = metrics;
	}

	ModelGuard guard() {
		return this.guard;
	}

	/**
	 * Returns whether the model writes the answer: only answers that cite sources, since
	 * a clarifying question, small talk or an answer without sources gives a model
	 * nothing to write from.
	 */
	public boolean writes(Understanding understanding, GroundedAnswer answer) {
		return INTENTS.contains(understanding.intent()) && !answer.sources().isEmpty();
	}

	/**
	 * Streams the text of an answer.
	 * @return a cold {@code Flux} of {@link ProseEvent}s that ends with one
	 * {@link ProseEvent.Finished} and does not fail: when the model fails, or its answer
	 * keeps no resolving marker, the grounded text streams instead, after a
	 * {@link ProseEvent.Failed} and a {@link ProseEvent.Reset} if model text had already
	 * been emitted. Cancelling closes the upstream connection. Signals arrive on
	 * event-loop or timer threads.
	 */
	public Flux<ProseEvent> stream(ProseRequest request) {
		return Flux.defer(() -> new Answer(request).events());
	}

	/**
	 * The state of one streamed answer.
	 */
	private final class Answer {

		private final ProseRequest request;

		private final CitationChecker checker;

		private final StringBuilder text = new StringBuilder();

		private String finishReason = "stop";

		Answer(ProseRequest request) {
			this.request = request;
			this.checker = new CitationChecker(ModelProse.this.requests.citedRecords(request.grounded()));
		}

		Flux<ProseEvent> events() {
			return ModelProse.this.guard
				.stream(ModelProse.this.requests.chatRequest(this.request), this.request.conversationId())
				.concatMap(this::check)
				.concatWith(Mono.defer(this::finished))
				.onErrorResume(this::fallBack);
		}

		private Flux<ProseEvent> check(ModelOutput output) {
			if (output instanceof ModelOutput.Token token) {
				return text(this.checker.accept(token.text()));
			}
			this.finishReason = ((ModelOutput.Finished) output).finishReason();
			return text(this.checker.finish());
		}

		private Flux<ProseEvent> text(String checked) {
			if (checked.isEmpty()) {
				return Flux.empty();
			}
			this.text.append(checked);
			return Flux.just(new ProseEvent.Text(checked));
		}

		private Mono<ProseEvent> finished() {
			List<ProseNotice> issues = this.checker.issues();
			issues.forEach((issue) -> ModelProse.this.metrics.markerRemoved(issue.code()));
			if (this.checker.keptMarkers() == 0) {
				return Mono.error(new ModelStreamException(FailureCause.UNCITED_ANSWER,
						"The model's answer kept no citation marker that resolves to a source"));
			}
			return Mono
				.just(new ProseEvent.Finished("llm", this.finishReason, this.text.toString(), List.of(), issues));
		}

		/**
		 * Logs a fallback. Rejections by an open breaker or a full bulkhead repeat for
		 * every request while they last, so they go to debug: the breaker's state change
		 * is logged once and the fallbacks metric counts them.
		 */
		private void logFallback(FailureCause cause, boolean afterText) {
			String message = "Answering conversation '{}' from the grounded composer because the model failed {} its "
					+ "text reached the client: {}";
			String stage = afterText ? "after" : "before";
			if (cause == FailureCause.CIRCUIT_OPEN || cause == FailureCause.BULKHEAD_FULL) {
				logger.debug(message, this.request.conversationId(), stage, cause.value());
			}
			else {
				logger.warn(message, this.request.conversationId(), stage, cause.value());
			}
		}

		private Flux<ProseEvent> fallBack(Throwable failure) {
			FailureCause cause = FailureCause.of(failure);
			boolean afterText = !this.text.isEmpty();
			ModelProse.this.metrics.fallback(cause, afterText);
			logFallback(cause, afterText);
			Flux<ProseEvent> grounded = Flux.fromIterable(this.request.groundedChunks()).map(ProseEvent.Text::new);
			ProseEvent finished = new ProseEvent.Finished("fallback", "stop", this.request.grounded().text(),
					List.of(ProseNotice.modelUnavailable()), List.of());
			Flux<ProseEvent> reset = afterText
					? Flux.just(
							new ProseEvent.Failed("model_failed",
									"The language model failed while writing this answer; "
											+ "the answer that follows is composed from the records"),
							new ProseEvent.Reset())
					: Flux.empty();
			return Flux.concat(reset, grounded, Flux.just(finished));
		}

	}

}
