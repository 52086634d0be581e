package org.scholargate.assistant.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP server that replaces a model provider where WireMock cannot: it writes
 * server-sent events one chunk at a time, then hangs, resets the connection or ends the
 * response, and records when the client closed the connection. One thread per connection;
 * every connection gets the same script.
 */
final class ScriptedUpstream implements AutoCloseable {

	/**
	 * What the server does after the events.
	 */
	enum Ending {

		/** Keeps the connection open until the client closes it. */
		HANG,

		/** Resets the connection (TCP RST). */
		RESET,

		/** Ends the chunked response and keeps the connection. */
		END

	}

	private final ServerSocket server;

	private final List<String> events;

	private final Duration gap;

	private final Ending ending;

	private final CountDownLatch release;

	private final AtomicInteger requests = new AtomicInteger();

	private final CompletableFuture<Long> requestReceivedAt = new CompletableFuture<>();

	private final CompletableFuture<Long> clientClosedAt = new CompletableFuture<>();

	/**
	 * Starts a server on a free loopback port.
	 * @param release when not {@code null}, a barrier: every connection counts it down
	 * and waits until it reaches zero before it writes its events
	 */
	ScriptedUpstream(List<String> events, Duration gap, Ending ending, CountDownLatch release) throws IOException {
		this.server = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
		this.events = List.copyOf(events);
		this.gap = gap;
		this.ending = ending;
		this.release = release;
		Thread acceptor = new Thread(this::acceptLoop, "scripted-upstream");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	ScriptedUpstream(List<String> events, Duration gap, Ending ending) throws IOException {
		this(events, gap, ending, null);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getLocalPort() + "/v1";
	}

	int requests() {
		return this.requests.get();
	}

	/**
	 * Completes with {@link System#nanoTime()} when the first request has been read.
	 */
	CompletableFuture<Long> requestReceivedAt() {
		return this.requestReceivedAt;
	}

	/**
	 * Completes with {@link System#nanoTime()} when a client first closed its connection
	 * while the server waited.
	 */
	CompletableFuture<Long> clientClosedAt() {
		return this.clientClosedAt;
	}

	private void acceptLoop() {
		while (!this.server.isClosed()) {
			try {
				Socket socket = this.server.accept();
				Thread handler = new Thread(() -> serve(socket), "scripted-upstream-connection");
				handler.setDaemon(true);
				handler.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			InputStream in = socket.getInputStream();
			readRequest(in);
			this.requests.incrementAndGet();
			this.requestReceivedAt.complete(System.nanoTime());
			if (this.release != null) {
				this.release.countDown();
				this.release.await();
			}
			OutputStream out = socket.getOutputStream();
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			for (String event : this.events) {
				writeChunk(out, event.getBytes(StandardCharsets.UTF_8));
				Thread.sleep(this.gap.toMillis());
			}
			finish(socket, in, out);
		}
		catch (IOException | InterruptedException ex) {
			this.clientClosedAt.complete(System.nanoTime());
		}
	}

	private void finish(Socket socket, InputStream in, OutputStream out) throws IOException {
		if (this.ending == Ending.RESET) {
			socket.setSoLinger(true, 0);
			socket.close();
			return;
		}
		if (this.ending == Ending.END) {
			out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}
		waitForClientClose(in);
		if (this.ending == Ending.HANG) {
			this.clientClosedAt.complete(System.nanoTime());
		}
	}

	private static void waitForClientClose(InputStream in) throws IOException {
		int read = in.read();
		while (read >= 0) {
			read = in.read();
		}
	}

	private static void writeChunk(OutputStream out, byte[] bytes) throws IOException {
		out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(bytes);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	private static void readRequest(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("Request ended early");
			}
			head.append((char) b);
		}
		int length = 0;
		for (String line : head.toString().split("\r\n")) {
			if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
				length = Integer.parseInt(line.substring(15).strip());
			}
		}
		in.readNBytes(length);
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
