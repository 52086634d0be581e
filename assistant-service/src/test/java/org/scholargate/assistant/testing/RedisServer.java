package org.scholargate.assistant.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} process on loopback that a test starts, stops, pauses and
 * restarts. With a data folder it keeps an append-only file synced on every write, so a
 * restart on the same folder finds every acknowledged write again, as the compose file's
 * Redis does; without one it persists nothing.
 */
public final class RedisServer implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

	private final Path binary;

	private final int port;

	private final Path dataDirectory;

	private Process process;

	private RedisServer(Path binary, int port, Path dataDirectory) {
		this.binary = binary;
		this.port = port;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * Starts a server on a free port.
	 * @param dataDirectory where to keep the append-only file, or {@code null} for no
	 * persistence
	 */
	public static RedisServer start(Path binary, Path dataDirectory) {
		RedisServer server = new RedisServer(binary, freePort(), dataDirectory);
		server.start();
		return server;
	}

	public int port() {
		return this.port;
	}

	public String url() {
		return "redis://127.0.0.1:" + this.port;
	}

	public boolean isRunning() {
		return this.process != null && this.process.isAlive();
	}

	/**
	 * Starts the process again on the same port and folder, waiting until it answers.
	 */
	public void start() {
		if (isRunning()) {
			return;
		}
		try {
			Path logDirectory = (this.dataDirectory != null) ? this.dataDirectory
					: Files.createTempDirectory("redis-test-");
			this.process = new ProcessBuilder(command()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logDirectory.resolve("redis.log").toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Failed to start '" + this.binary + "'", ex);
		}
		awaitReady();
	}

	/**
	 * Stops the process with SIGTERM, so that it shuts down cleanly, and waits for it.
	 */
	public void stop() {
		if (this.process == null) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.process = null;
	}

	/**
	 * Freezes the process with SIGSTOP: connections stay open but nothing answers.
	 */
	public void pause() {
		signal("-STOP");
	}

	/**
	 * Lets a paused process run again with SIGCONT.
	 */
	public void resume() {
		signal("-CONT");
	}

	@Override
	public void close() {
		if (isRunning()) {
			resume();
		}
		stop();
	}

	/**
	 * Returns whether the server answers PING within one second.
	 */
	public boolean ping() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 1000);
			socket.setSoTimeout(1000);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] reply = new byte[7];
			int read = in.readNBytes(reply, 0, reply.length);
			return new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private List<String> command() {
		List<String> command = new ArrayList<>(List.of(this.binary.toString(), "--port", Integer.toString(this.port),
				"--bind", "127.0.0.1", "--save", "", "--daemonize", "no"));
		if (this.dataDirectory != null) {
			command.addAll(
					List.of("--dir", this.dataDirectory.toString(), "--appendonly", "yes", "--appendfsync", "always"));
		}
		else {
			command.addAll(List.of("--appendonly", "no"));
		}
		return command;
	}

	private void awaitReady() {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("redis-server exited with " + this.process.exitValue()
						+ " while starting on port " + this.port + "; see redis.log in its folder");
			}
			if (ping()) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for redis-server", ex);
			}
		}
		throw new IllegalStateException(
				"redis-server did not answer on port " + this.port + " within " + START_TIMEOUT.toSeconds() + " s");
	}

	private void signal(String signal) {
		if (!isRunning()) {
			return;
		}
		try {
			new ProcessBuilder("kill", signal, Long.toString(this.process.pid())).inheritIO()
				.start()
				.waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Failed to send " + signal + " to redis-server", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Returns a TCP port that nothing listens on at the time of the call.
	 */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port", ex);
		}
	}

}
