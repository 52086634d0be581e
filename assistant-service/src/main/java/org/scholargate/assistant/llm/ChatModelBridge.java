package org.scholargate.assistant.llm;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * Streams one call of a LangChain4j {@link StreamingChatModel} as a {@link Flux}.
 */
final class ChatModelBridge {

	private final StreamingChatModel model;

	ChatModelBridge(StreamingChatModel model) {
		this.model = model;
	}

	/**
	 * Calls the model once per subscription.
	 * @return a cold {@code Flux} of {@link ModelOutput.Token}s and one
	 * {@link ModelOutput.Finished} before it completes. It fails with the provider's or
	 * the HTTP client's exception, or with a {@link ModelStreamException} when the
	 * response ended without a finish reason, with one this service cannot use (tool
	 * calls, content filter) or without any terminal signal. Only the first terminal
	 * signal of LangChain4j counts. Cancelling closes the HTTP connection at any time,
	 * before the first token too. Signals arrive on the HTTP client's event-loop thread.
	 */
	Flux<ModelOutput> stream(ChatRequest request) {
		return Flux.create((sink) -> start(request, sink));
	}

	private void start(ChatRequest request, FluxSink<ModelOutput> sink) {
		Handler handler = new Handler(sink);
		UpstreamExchange exchange = new UpstreamExchange(handler::upstreamEnded);
		sink.onDispose(() -> {
			exchange.cancel();
			handler.cancel();
		});
		try {
			exchange.runBound(() -> this.model.chat(request, handler));
		}
		catch (RuntimeException ex) {
			handler.onError(ex);
		}
	}

	/**
	 * Turns LangChain4j's callbacks into sink signals, letting only the first terminal
	 * signal through: LangChain4j may complete after an error, and completes on a closed
	 * connection even without a finish reason.
	 */
	private static final class Handler implements StreamingChatResponseHandler {

		private final FluxSink<ModelOutput> sink;

		private final AtomicBoolean terminated = new AtomicBoolean();

		private final AtomicReference<StreamingHandle> handle = new AtomicReference<>();

		Handler(FluxSink<ModelOutput> sink) {
			this.sink = sink;
		}

		@Override
		public void onPartialResponse(PartialResponse partialResponse, PartialResponseContext context) {
			this.handle.compareAndSet(null, context.streamingHandle());
			onPartialResponse(partialResponse.text());
		}

		@Override
		public void onPartialResponse(String text) {
			if (!this.terminated.get() && text != null && !text.isEmpty()) {
				this.sink.next(new ModelOutput.Token(text));
			}
		}

		@Override
		public void onCompleteResponse(ChatResponse response) {
			if (!this.terminated.compareAndSet(false, true)) {
				return;
			}
			FinishReason reason = response.finishReason();
			if (reason == FinishReason.STOP || reason == FinishReason.LENGTH) {
				this.sink.next(new ModelOutput.Finished((reason == FinishReason.STOP) ? "stop" : "length"));
				this.sink.complete();
			}
			else if (reason == null) {
				this.sink.error(new ModelStreamException(FailureCause.INCOMPLETE_STREAM,
						"The model stream ended without a finish reason"));
			}
			else {
				this.sink.error(new ModelStreamException(FailureCause.UNUSABLE_FINISH,
						"The model stream finished with reason " + reason));
			}
		}

		@Override
		public void onError(Throwable error) {
			if (this.terminated.compareAndSet(false, true)) {
				this.sink.error(error);
			}
		}

		void upstreamEnded() {
			if (this.terminated.compareAndSet(false, true)) {
				this.sink.error(new ModelStreamException(FailureCause.INCOMPLETE_STREAM,
						"The model stream closed before it finished"));
			}
		}

		void cancel() {
			this.terminated.set(true);
			StreamingHandle current = this.handle.get();
			if (current != null && !current.isCancelled()) {
				current.cancel();
			}
		}

	}

}
