package org.scholargate.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Sends one request and records when each line of the answer arrives: the first line, the
 * first content frame (an OpenAI delta with text, or a {@code delta} event), the gaps
 * between content frames and the end.
 */
final class StreamProbe {

	private StreamProbe() {
	}

	static HttpRequest post(String url, String body, Map<String, String> headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(builder::header);
		return builder.build();
	}

	static HttpRequest get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
	}

	/**
	 * Sends the request; the trace completes when the answer has ended or failed.
	 */
	static CompletableFuture<Trace> send(HttpClient client, HttpRequest request, long start) {
		Trace trace = new Trace(start);
		return client.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(trace))
			.handle((response, failure) -> {
				trace.end = System.nanoTime();
				trace.status = (response != null) ? response.statusCode() : -1;
				trace.failure = failure;
				return trace;
			});
	}

	/**
	 * What one request saw; times are {@link System#nanoTime()} values.
	 */
	static final class Trace implements Flow.Subscriber<String> {

		final long start;

		long firstLine;

		long firstContent;

		long lastContent;

		long end;

		int status;

		int contentFrames;

		boolean sawError;

		Throwable failure;

		final List<Long> gaps = new ArrayList<>();

		Trace(long start) {
			this.start = start;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			long now = System.nanoTime();
			if (this.firstLine == 0) {
				this.firstLine = now;
			}
			if (line.contains("\"error\"") || line.startsWith("event:error")) {
				this.sawError = true;
			}
			if (isContent(line)) {
				if (this.firstContent == 0) {
					this.firstContent = now;
				}
				else {
					this.gaps.add(now - this.lastContent);
				}
				this.lastContent = now;
				this.contentFrames++;
			}
		}

		private static boolean isContent(String line) {
			if (!line.startsWith("data:")) {
				return false;
			}
			int content = line.indexOf("\"content\":\"");
			if (content >= 0) {
				return line.length() > content + 11 && line.charAt(content + 11) != '"';
			}
			return line.startsWith("data:{\"text\":");
		}

		@Override
		public void onError(Throwable throwable) {
			this.failure = throwable;
		}

		@Override
		public void onComplete() {
		}

		boolean ok() {
			return this.failure == null && this.status == 200 && !this.sawError;
		}

		long timeToFirstLine() {
			return this.firstLine - this.start;
		}

		long timeToFirstContent() {
			return this.firstContent - this.start;
		}

		long total() {
			return this.end - this.start;
		}

	}

}
