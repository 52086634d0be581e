package org.scholargate.assistant.llm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import dev.langchain4j.http.client.sse.ServerSentEventParsingHandle;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.HttpMethod;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClientResponse;

/**
 * A LangChain4j HTTP client on Reactor Netty: streams are read without blocking, on the
 * event loops of the Reactor Netty client, and can be cancelled at any time, before the
 * response headers too. Server-sent events are decoded from the byte stream by
 * {@link SseDecoder}, so the {@link ServerSentEventParser} that LangChain4j passes in is
 * not used. The listener's callbacks run on an event-loop thread and must not block.
 */
final class ReactorNettyHttpClient implements HttpClient {

	private static final Pattern ERROR_OBJECT = Pattern.compile("^\\s*\\{\\s*\"error\"\\s*:");

	private static final int MAX_ERROR_BODY_BYTES = 4096;

	private final reactor.netty.http.client.HttpClient client;

	private final Duration readTimeout;

	ReactorNettyHttpClient(reactor.netty.http.client.HttpClient client, Duration readTimeout) {
		this.client = client;
		this.readTimeout = readTimeout;
	}

	/**
	 * Sends a request and waits for the whole response. Blocks the calling thread, so it
	 * must not run on an event loop; LangChain4j uses it only for calls that do not
	 * stream, which this service does not make.
	 * @throws HttpException when the status is not 2xx
	 */
	@Override
	public SuccessfulHttpResponse execute(HttpRequest request) {
		return prepare(request)
			.responseSingle((response, body) -> body.asByteArray()
				.defaultIfEmpty(new byte[0])
				.flatMap((bytes) -> isSuccessful(response) ? Mono.just(toResponse(response, bytes))
						: Mono.error(new UpstreamHttpException(response.status().code(),
								new String(bytes, StandardCharsets.UTF_8), retryAfter(response)))))
			.block(this.readTimeout);
	}

	/**
	 * Starts a streaming request and returns at once. The listener gets {@code onOpen},
	 * then {@code onEvent} for each event, then {@code onClose} when the response ends,
	 * or {@code onError} once in place of {@code onClose}: for a status other than 2xx
	 * ({@link UpstreamHttpException}), a broken connection, an error event of the
	 * provider ({@link ProviderErrorException}) or an exception thrown by the listener.
	 * Cancelling the exchange bound by the bridge closes the connection and ends the
	 * callbacks without {@code onError}.
	 */
	@Override
	public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
		UpstreamExchange exchange = UpstreamExchange.current();
		EventDispatcher dispatcher = new EventDispatcher(listener, exchange);
		Disposable subscription = prepare(request).response(dispatcher::receive)
			.subscribe(null, dispatcher::failed, dispatcher::completed);
		exchange.attach(subscription);
	}

	/**
	 * Prepares a request. The lambdas that Reactor Netty keeps for the whole exchange
	 * capture only the headers and the body text, which LangChain4j keeps anyway, so an
	 * open stream keeps no second copy of the body.
	 */
	private reactor.netty.http.client.HttpClient.ResponseReceiver<?> prepare(HttpRequest request) {
		if (!request.formDataFields().isEmpty() || !request.formDataFiles().isEmpty()) {
			throw new UnsupportedOperationException("Multipart requests are not supported by this HTTP client");
		}
		String body = request.body();
		Map<String, List<String>> headers = request.headers();
		return this.client.headers((outgoing) -> {
			headers.forEach((name, values) -> values.forEach((value) -> outgoing.add(name, value)));
			if (body != null) {
				outgoing.set("Content-Length", ByteBufUtil.utf8Bytes(body));
			}
		})
			.request(HttpMethod.valueOf(request.method().name()))
			.uri(request.url())
			.send((ignored, outbound) -> (body != null) ? outbound.sendString(Mono.just(body), StandardCharsets.UTF_8)
					: outbound);
	}

	private static boolean isSuccessful(HttpClientResponse response) {
		int status = response.status().code();
		return status >= 200 && status < 300;
	}

	private static SuccessfulHttpResponse toResponse(HttpClientResponse response, byte[] body) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		response.responseHeaders()
			.forEach((header) -> headers.computeIfAbsent(header.getKey(), (name) -> new ArrayList<>())
				.add(header.getValue()));
		return SuccessfulHttpResponse.builder()
			.statusCode(response.status().code())
			.headers(headers)
			.body(body)
			.build();
	}

	/**
	 * Reads a {@code Retry-After} header given in seconds or as an HTTP date.
	 */
	static Duration retryAfter(HttpClientResponse response) {
		return parseRetryAfter(response.responseHeaders().get("Retry-After"));
	}

	static Duration parseRetryAfter(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed)));
		}
		catch (NumberFormatException ex) {
			try {
				ZonedDateTime until = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration wait = Duration.between(ZonedDateTime.now(until.getZone()), until);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException unparsable) {
				return null;
			}
		}
	}

	/**
	 * Delivers one streaming response to a LangChain4j listener.
	 */
	private static final class EventDispatcher implements ServerSentEventParsingHandle {

		private final ServerSentEventListener listener;

		private final UpstreamExchange exchange;

		private final ServerSentEventContext context;

		EventDispatcher(ServerSentEventListener listener, UpstreamExchange exchange) {
			this.listener = listener;
			this.exchange = exchange;
			this.context = new ServerSentEventContext(this);
		}

		Publisher<Void> receive(HttpClientResponse response, ByteBufFlux body) {
			if (!isSuccessful(response)) {
				return readErrorBody(body).flatMap((text) -> Mono
					.error(new UpstreamHttpException(response.status().code(), text, retryAfter(response))));
			}
			this.listener.onOpen(toResponse(response, null));
			SseDecoder decoder = new SseDecoder(this::dispatch);
			return body.asByteArray().doOnNext(decoder::feed).then(Mono.fromRunnable(decoder::finish));
		}

		private static Mono<String> readErrorBody(ByteBufFlux body) {
			return body.asByteArray().collect(ByteArrayOutputStream::new, (out, bytes) -> {
				int room = MAX_ERROR_BODY_BYTES - out.size();
				out.write(bytes, 0, Math.max(0, Math.min(room, bytes.length)));
			}).map((out) -> out.toString(StandardCharsets.UTF_8));
		}

		private void dispatch(ServerSentEvent event) {
			if (this.exchange.isCancelled()) {
				return;
			}
			if ("error".equals(event.event()) || ERROR_OBJECT.matcher(event.data()).find()) {
				throw new ProviderErrorException(event.data());
			}
			this.listener.onEvent(event, this.context);
		}

		void failed(Throwable error) {
			try {
				this.listener.onError(error);
			}
			finally {
				this.exchange.ended();
			}
		}

		void completed() {
			try {
				this.listener.onClose();
			}
			finally {
				this.exchange.ended();
			}
		}

		@Override
		public void cancel() {
			this.exchange.cancel();
		}

		@Override
		public boolean isCancelled() {
			return this.exchange.isCancelled();
		}

	}

}
