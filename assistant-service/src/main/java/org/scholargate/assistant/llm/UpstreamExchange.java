package org.scholargate.assistant.llm;

import reactor.core.Disposable;
import reactor.core.Disposables;

/**
 * Links one model call of the streaming bridge to the HTTP exchange that the HTTP client
 * starts for it. Through it the bridge cancels the exchange before the first token, when
 * LangChain4j offers no handle yet, and learns when the response ended.
 * <p>
 * LangChain4j's OpenAI and Anthropic streaming models (1.19.0) start the HTTP exchange on
 * the thread that calls {@code chat}, so the bridge binds the exchange to that thread for
 * the duration of the call and the HTTP client picks it up there.
 */
final class UpstreamExchange {

	private static final ThreadLocal<UpstreamExchange> CURRENT = new ThreadLocal<>();

	private final Disposable.Swap connection = Disposables.swap();

	private final Runnable onEnd;

	UpstreamExchange(Runnable onEnd) {
		this.onEnd = onEnd;
	}

	/**
	 * Runs an action with this exchange bound to the calling thread.
	 */
	void runBound(Runnable action) {
		CURRENT.set(this);
		try {
			action.run();
		}
		finally {
			CURRENT.remove();
		}
	}

	/**
	 * Returns the exchange bound to the calling thread, or a detached one when an HTTP
	 * call starts outside the bridge.
	 */
	static UpstreamExchange current() {
		UpstreamExchange exchange = CURRENT.get();
		return (exchange != null) ? exchange : new UpstreamExchange(() -> {
		});
	}

	/**
	 * Attaches the subscription of the HTTP exchange; it is disposed at once when the
	 * exchange was already cancelled.
	 */
	void attach(Disposable subscription) {
		this.connection.update(subscription);
	}

	/**
	 * Cancels the HTTP exchange, which closes its connection.
	 */
	void cancel() {
		this.connection.dispose();
	}

	boolean isCancelled() {
		return this.connection.isDisposed();
	}

	/**
	 * Tells the bridge that the response ended, after the listener saw its last signal.
	 */
	void ended() {
		this.onEnd.run();
	}

}
