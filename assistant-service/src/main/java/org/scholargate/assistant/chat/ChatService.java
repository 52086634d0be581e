package org.scholargate.assistant.chat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.scholargate.assistant.cache.CachingComposer;
import org.scholargate.assistant.compose.GroundedAnswer;
import org.scholargate.assistant.compose.GroundedComposer;
import org.scholargate.assistant.llm.ModelProse;
import org.scholargate.assistant.llm.ProseEvent;
import org.scholargate.assistant.llm.ProseNotice;
import org.scholargate.assistant.llm.ProseRequest;
import org.scholargate.assistant.memory.Conversation;
import org.scholargate.assistant.memory.ConversationStore;
import org.scholargate.assistant.memory.Turn;
import org.scholargate.assistant.understanding.QuestionAnalyzer;
import org.scholargate.assistant.understanding.Understanding;
import org.scholargate.assistant.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.ConnectableFlux;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;

/**
 * Answers chat turns: loads the conversation, understands the question, grounds and
 * composes the answer, and streams it as {@link AnswerEvent}s, storing the turn before
 * the final event. With a language model configured, the model writes the prose of
 * answers that cite sources, and the grounded answer is the fallback.
 */
public class ChatService {

	private static final Logger logger = LoggerFactory.getLogger(ChatService.class);

	private static final String MODE_GROUNDED = "grounded";

	private static final String MODE_LLM = "llm";

	private final ConversationStore store;

	private final QuestionAnalyzer analyzer;

	private final GroundedComposer composer;

	private final CachingComposer answers;

	private final Clock clock;

	private final ModelProse modelProse;

	public ChatService(ConversationStore store, QuestionAnalyzer analyzer, GroundedComposer composer, Clock clock) {
		this(store, analyzer, composer, CachingComposer.uncached(composer, clock), clock, null);
	}

	/**
	 * Creates a chat service whose answers a language model writes.
	 * @param modelProse the model, or {@code null} to answer from the grounded composer
	 */
	public ChatService(ConversationStore store, QuestionAnalyzer analyzer, GroundedComposer composer, Clock clock,
			ModelProse modelProse) {
		this(store, analyzer, composer, CachingComposer.uncached(composer, clock), clock, modelProse);
	}

	/**
	 * Creates a chat service that takes grounded answers from a cache when it can.
	 */
	public ChatService(ConversationStore store, QuestionAnalyzer analyzer, GroundedComposer composer,
			CachingComposer answers, Clock clock) {
		this(store, analyzer, composer, answers, clock, null);
	}

	/**
	 * Creates a chat service with an answer cache and, optionally, a language model.
	 * @param modelProse the model, or {@code null} to answer from the grounded composer
	 */
	public ChatService(ConversationStore store, QuestionAnalyzer analyzer, GroundedComposer composer,
			CachingComposer answers, Clock clock, ModelProse modelProse) {
		this.store = store;
		this.analyzer = analyzer;
		this.composer = composer;
		this.answers = answers;
		this.clock = clock;
		this.modelProse = modelProse;
	}

	/**
	 * Prepares the answer to a request: everything that can reject the request happens
	 * here, before any event is sent.
	 * @return a {@code Mono} that emits the prepared answer, or fails with a 404
	 * {@link ProblemException} when the conversation id is unknown or expired. When the
	 * conversation store fails, the answer goes on without the conversation's context and
	 * carries a warning. Runs on the subscribing thread. The store and the answer cache
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
	 * optional {@code table} and {@code done}. When a model writes the answer and fails
	 * after its text started, {@code error} and {@code reset} come before the grounded
	 * answer's {@code delta}s, and {@code done} says mode {@code fallback}; a failure
	 * before its text needs neither. The turn is stored before {@code done}, with the
	 * text the client keeps; when storing fails, {@code done} carries a
	 * {@code memory_unavailable} warning instead of an error. Cancelling stops the stream
	 * and the model call; a turn whose {@code done} was not reached is not stored. The
	 * model call starts when the {@code Flux} is subscribed, before {@code meta} is
	 * emitted.
	 */
	public Flux<AnswerEvent> stream(PreparedAnswer prepared) {
		if (this.modelProse != null && this.modelProse.writes(prepared.understanding(), prepared.answer())) {
			return streamFromModel(prepared);
		}
		GroundedAnswer answer = prepared.answer();
		Flux<AnswerEvent> deltas = Flux.fromIterable(TextChunker.chunk(answer.text())).map(AnswerEvent.Delta::new);
		return Flux.concat(head(prepared, MODE_GROUNDED), deltas, table(answer),
				Mono.defer(() -> storeAndFinish(prepared, Ending.grounded(answer))));
	}

	private Flux<AnswerEvent> streamFromModel(PreparedAnswer prepared) {
		return Flux.defer(() -> {
			GroundedAnswer answer = prepared.answer();
			ProseRequest request = new ProseRequest(prepared.conversationId().toString(), prepared.question(),
					prepared.understanding(), answer, TextChunker.chunk(answer.text()));
			AtomicReference<ProseEvent.Finished> finished = new AtomicReference<>();
			Flux<AnswerEvent> text = this.modelProse.stream(request).handle((event, sink) -> {
				if (event instanceof ProseEvent.Text value) {
					sink.next(new AnswerEvent.Delta(value.text()));
				}
				else if (event instanceof ProseEvent.Failed value) {
					sink.next(new AnswerEvent.Failure(value.code(), value.message()));
				}
				else if (event instanceof ProseEvent.Reset) {
					sink.next(new AnswerEvent.Reset());
				}
				else if (event instanceof ProseEvent.Finished value) {
					finished.set(value);
				}
			});
			// Starts the model call before the head events are written, so
			// that the provider's time to first token overlaps with them.
			// The replay keeps the events, even a completion that came
			// first, until the concatenation reaches it.
			ConnectableFlux<AnswerEvent> early = text.replay();
			Disposable call = early.connect();
			return Flux
				.concat(head(prepared, MODE_LLM), early, table(answer),
						Mono.defer(() -> storeAndFinish(prepared, Ending.of(finished.get()))))
				.doOnCancel(call::dispose);
		});
	}

	private static Flux<AnswerEvent> head(PreparedAnswer prepared, String mode) {
		GroundedAnswer answer = prepared.answer();
		Understanding understanding = prepared.understanding();
		AnswerEvent.Meta meta = new AnswerEvent.Meta(prepared.conversationId().toString(), prepared.messageId(),
				understanding.language().code(), understanding.intent().value(), answer.methods(),
				fieldName(understanding), mode);
		return Flux.just(meta, new AnswerEvent.Sources(answer.sources()));
	}

	private static Flux<AnswerEvent> table(GroundedAnswer answer) {
		return (answer.table() != null) ? Flux.just(new AnswerEvent.Table(answer.table())) : Flux.empty();
	}

	private Mono<AnswerEvent> storeAndFinish(PreparedAnswer prepared, Ending ending) {
		List<Notice> warnings = new ArrayList<>(prepared.warnings());
		warnings.addAll(ending.warnings());
		if (!prepared.remember()) {
			return Mono.fromSupplier(() -> done(prepared, ending, warnings));
		}
		Understanding understanding = prepared.understanding();
		Turn turn = new Turn(prepared.messageId(), prepared.question(), understanding.language().code(),
				understanding.intent().value(), fieldName(understanding), prepared.answer().methods(), ending.text(),
				this.clock.instant());
		return this.store.append(prepared.conversationId(), turn)
			.then(Mono.fromSupplier(() -> done(prepared, ending, warnings)))
			.onErrorResume((ex) -> {
				logger.warn("Conversation store failed to save a turn of conversation '{}'", prepared.conversationId(),
						ex);
				warnings.add(new Notice("memory_unavailable",
						"Conversation memory is unavailable, so this turn may not be remembered"));
				return Mono.just(done(prepared, ending, warnings));
			});
	}

	private static AnswerEvent done(PreparedAnswer prepared, Ending ending, List<Notice> warnings) {
		return new AnswerEvent.Done(ending.finishReason(), ending.mode(), prepared.answer().citeAs(),
				List.copyOf(warnings), ending.citationIssues());
	}

	private static String fieldName(Understanding understanding) {
		return (understanding.intent().value().equals("field") && understanding.field() != null)
				? understanding.field().jsonName() : null;
	}

	private record LoadedConversation(Conversation conversation, List<Notice> warnings) {

	}

	/**
	 * The end of an answer: what {@code done} says and the text the conversation keeps.
	 */
	private record Ending(String mode, String finishReason, String text, List<Notice> warnings,
			List<Notice> citationIssues) {

		static Ending grounded(GroundedAnswer answer) {
			return new Ending(MODE_GROUNDED, "stop", answer.text(), List.of(), List.of());
		}

		static Ending of(ProseEvent.Finished finished) {
			return new Ending(finished.mode(), finished.finishReason(), finished.text(), notices(finished.warnings()),
					notices(finished.citationIssues()));
		}

		private static List<Notice> notices(List<ProseNotice> notices) {
			return notices.stream().map((notice) -> new Notice(notice.code(), notice.message())).toList();
		}

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
