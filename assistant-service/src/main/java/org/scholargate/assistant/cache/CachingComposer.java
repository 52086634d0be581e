package org.scholargate.assistant.cache;

import java.time.Clock;
import java.time.LocalDate;

import org.scholargate.assistant.compose.GroundedAnswer;
import org.scholargate.assistant.compose.GroundedComposer;
import org.scholargate.assistant.redis.OutageLog;
import org.scholargate.assistant.understanding.Understanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Composes answers through the answer cache: a cached answer is returned as it is, and a
 * missing one is composed and cached. A cache that fails is skipped, so the answer is
 * composed instead and the request never fails because of the cache.
 */
public final class CachingComposer {

	private static final Logger logger = LoggerFactory.getLogger(CachingComposer.class);

	private final GroundedComposer composer;

	private final AnswerCache cache;

	private final String catalogVersion;

	private final Clock clock;

	private final OutageLog outages = new OutageLog(logger, "Answer cache");

	public CachingComposer(GroundedComposer composer, AnswerCache cache, String catalogVersion, Clock clock) {
		this.composer = composer;
		this.cache = cache;
		this.catalogVersion = catalogVersion;
		this.clock = clock;
	}

	/**
	 * Returns a composer that caches nothing.
	 */
	public static CachingComposer uncached(GroundedComposer composer, Clock clock) {
		return new CachingComposer(composer, new NoAnswerCache(), "", clock);
	}

	/**
	 * Returns the answer to an understood question.
	 * @param question the user's message as sent
	 * @param understanding what the question was resolved to
	 * @return a {@code Mono} that emits the answer and does not fail for a cache failure.
	 * It emits on the thread where the cache answers (the subscribing thread for the
	 * in-process cache, a Lettuce thread for Redis); composing runs on that thread too.
	 */
	public Mono<GroundedAnswer> compose(String question, Understanding understanding) {
		AnswerKey key = AnswerKey.of(this.catalogVersion, LocalDate.now(this.clock), question, understanding);
		return this.cache.find(key).doOnSuccess((cached) -> this.outages.succeeded()).onErrorResume((ex) -> {
			this.outages.failed(ex, "composing every answer");
			return Mono.empty();
		}).switchIfEmpty(Mono.defer(() -> composeAndCache(key, understanding)));
	}

	private Mono<GroundedAnswer> composeAndCache(AnswerKey key, Understanding understanding) {
		GroundedAnswer answer = this.composer.compose(understanding);
		return this.cache.put(key, answer).onErrorResume((ex) -> {
			this.outages.failed(ex, "composing every answer");
			return Mono.empty();
		}).thenReturn(answer);
	}

}
