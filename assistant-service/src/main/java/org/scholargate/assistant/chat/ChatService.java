package org.scholargate.assistant.chat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.scholargate.assistant.cache.CachingComposer;
import org.scholargate.assistant.compose.GroundedAnswer;
import org.scholargate.assistant.compose.GroundedComposer;
import org.scholargate.assistant.memory.Conversation;
import org.scholargate.assistant.memory.ConversationStore;
import org.scholargate.assistant.memory.Turn;
import org.scholargate.assistant.understanding.QuestionAnalyzer;
import org.scholargate.assistant.understanding.Understanding;
import org.scholargate.assistant.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;

/**
 * Answers chat turns: loads the conversation, understands the question, grounds and
 * composes the answer, and streams it as {@link AnswerEvent}s, storing the turn before
 * the final event.
 */
public class ChatService {

	private static final Logger logger = LoggerFactory.getLogger(ChatService.class);

	private static final String MODE_GROUNDED = "grounded";

	private final ConversationStore store;

	private final QuestionAnalyzer analyzer;

	private final GroundedComposer composer;

	private final CachingComposer answers;

	private final Clock clock;

	public ChatService(ConversationStore store, QuestionAnalyzer analyzer, GroundedComposer composer, Clock clock) {
		this(store, analyzer, composer, CachingComposer.uncached(composer, clock), clock);
	}

	public ChatService(ConversationStore store, QuestionAnalyzer analyzer, GroundedComposer composer,
			CachingComposer answers, Clock clock) {
		this.store = store;
		this.analyzer = analyzer;
		this.composer = composer;
		this.answers = answers;
		this.clock = clock;
	}

	/**
	 * Prepares the answer to a request: everything that can reject the request happens
	 * here, before any event is sent.
	 * @return a {@code Mono} that emits the prepared answer, or fails with a 404
	 * {@link ProblemException} when the conversation id is unknown or expired. When the
	 * conversation store fails, the answer goes on without the conversation's context and
	 * carries a warning. Runs on the subscribing thread; the store and the answer cache
	 * decide where their own I/O runs, and the rest continues on the thread that emits
	 * their results.
	 */
	public Mono<PreparedAnswer> prepare(ChatRequest request) {
		return loadConversation(request).flatMap((loaded) -> plan(request, loaded, true));
	}

	/**
	 * Prepares the answer to the last message of a conversation that the client sends
	 * whole, as the stateless wire formats do: earlier user messages are analyzed in
	 * order to resolve follow-ups, and nothing is stored.
	 * @param request the last message; its conversation id is ignored
	 * @param earlierMessages the earlier user messages, oldest first
	 * @return a {@code Mono} that emits the prepared answer; it does not fail for valid
	 * input and runs on the subscribing thread
	 */
	public Mono<PreparedAnswer> prepareStateless(ChatRequest request, List<String> earlierMessages) {
		return Mono.fromSupplier(() -> {
			Conversation conversation = Conversation.empty(UUID.randomUUID());
			for (String message : earlierMessages) {
				Understanding understanding = this.analyzer.analyze(message, request.language(), conversation);
				GroundedAnswer answer = this.composer.compose(understanding);
				Turn turn = new Turn(UUID.randomUUID().toString(), message, understanding.language().code(),
						understanding.intent().value(), fieldName(understanding), answer.methods(), "",
						this.clock.instant());
				conversation = conversation.append(turn, Integer.MAX_VALUE, Long.MAX_VALUE);
			}
			return conversation;
		}).flatMap((conversation) -> plan(request, new LoadedConversation(conversation, List.of()), false));
	}

	private Mono<LoadedConversation> loadConversation(ChatRequest request) {
		if (request.conversationId() == null) {
			return Mono.just(new LoadedConversation(Conversation.empty(UUID.randomUUID()), List.of()));
		}
		UUID id = request.conversationId();
		return this.store.find(id)
			.map((conversation) -> new LoadedConversation(conversation, List.<Notice>of()))
			.switchIfEmpty(Mono.error(() -> new ProblemException(HttpStatus.NOT_FOUND, "conversation-not-found",
					"Conversation '" + id
							+ "' does not exist or has expired; omit 'conversationId' to start a new one")))
			.onErrorResume((ex) -> !(ex instanceof ProblemException), (ex) -> {
				logger.warn("Conversation store failed to load conversation '{}'; answering without its context", id,
						ex);
				return Mono.just(new LoadedConversation(Conversation.empty(id),
						List.of(new Notice("memory_unavailable", "Conversation memory is unavailable, so this answer "
								+ "does not use the earlier turns and may not be remembered"))));
			});
	}

	private Mono<PreparedAnswer> plan(ChatRequest request, LoadedConversation loaded, boolean remember) {
		Understanding understanding = this.analyzer.analyze(request.message(), request.language(),
				loaded.conversation());
		return this.answers.compose(request.message(), understanding)
			.map((answer) -> new PreparedAnswer(loaded.conversation().id(), UUID.randomUUID().toString(),
					request.message(), understanding, answer, loaded.warnings(), remember));
	}

	/**
	 * Streams a prepared answer.
	 * @return a cold {@code Flux} of {@code meta}, {@code sources}, {@code delta}s, an
	 * optional {@code table} and {@code done}. The turn is stored before {@code done};
	 * when storing fails, {@code done} carries a {@code memory_unavailable} warning
	 * instead of an error. Cancelling stops the stream; a turn whose {@code done} was not
	 * reached is not stored.
	 */
	public Flux<AnswerEvent> stream(PreparedAnswer prepared) {
		GroundedAnswer answer = prepared.answer();
		Understanding understanding = prepared.understanding();
		AnswerEvent.Meta meta = new AnswerEvent.Meta(prepared.conversationId().toString(), prepared.messageId(),
				understanding.language().code(), understanding.intent().value(), answer.methods(),
				fieldName(understanding), MODE_GROUNDED);
		Flux<AnswerEvent> head = Flux.just(meta, new AnswerEvent.Sources(answer.sources()));
		Flux<AnswerEvent> deltas = Flux.fromIterable(TextChunker.chunk(answer.text())).map(AnswerEvent.Delta::new);
		Flux<AnswerEvent> table = (answer.table() != null) ? Flux.just(new AnswerEvent.Table(answer.table()))
				: Flux.empty();
		return Flux.concat(head, deltas, table, Mono.defer(() -> storeAndFinish(prepared)));
	}

	private Mono<AnswerEvent> storeAndFinish(PreparedAnswer prepared) {
		if (!prepared.remember()) {
			return Mono.fromSupplier(() -> done(prepared, prepared.warnings()));
		}
		Understanding understanding = prepared.understanding();
		Turn turn = new Turn(prepared.messageId(), prepared.question(), understanding.language().code(),
				understanding.intent().value(), fieldName(understanding), prepared.answer().methods(),
				prepared.answer().text(), this.clock.instant());
		List<Notice> warnings = new ArrayList<>(prepared.warnings());
		return this.store.append(prepared.conversationId(), turn)
			.then(Mono.fromSupplier(() -> done(prepared, warnings)))
			.onErrorResume((ex) -> {
				logger.warn("Conversation store failed to save a turn of conversation '{}'", prepared.conversationId(),
						ex);
				warnings.add(new Notice("memory_unavailable",
						"Conversation memory is unavailable, so this turn may not be remembered"));
				return Mono.just(done(prepared, warnings));
			});
	}

	private static AnswerEvent done(PreparedAnswer prepared, List<Notice> warnings) {
		return new AnswerEvent.Done("stop", MODE_GROUNDED, prepared.answer().citeAs(), List.copyOf(warnings),
				List.of());
	}

	private static String fieldName(Understanding understanding) {
		return (understanding.intent().value().equals("field") && understanding.field() != null)
				? understanding.field().jsonName() : null;
	}

	private record LoadedConversation(Conversation conversation, List<Notice> warnings) {

	}

	/**
	 * An answer that passed every check and is ready to stream.
	 *
	 * @param conversationId the conversation the turn belongs to
	 * @param messageId the id of the answer
	 * @param question the user's message
	 * @param understanding what the question asks
	 * @param answer the composed answer
	 * @param warnings problems found while preparing
	 * @param remember whether the turn is stored in the conversation store once streamed
	 */
	public record PreparedAnswer(UUID conversationId, String messageId, String question, Understanding understanding,
			GroundedAnswer answer, List<Notice> warnings, boolean remember) {

	}

}
