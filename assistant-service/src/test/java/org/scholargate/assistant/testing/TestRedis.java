package org.scholargate.assistant.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Where the Redis tests find Redis. {@code scripts/test.sh} starts one and passes its
 * port as {@code -Dtest.redis.port} (or {@code TEST_REDIS_PORT}) and the server binary as
 * {@code -Dtest.redis.server} (or {@code TEST_REDIS_SERVER}). Without a port, tests start
 * their own server from that binary or from {@code redis-server} on the {@code PATH}.
 * Redis tests are skipped only when there is neither.
 */
public final class TestRedis {

	private static RedisServer ownServer;

	private TestRedis() {
	}

	/**
	 * Skips the calling test class when no Redis is configured and none can be started.
	 */
	public static void assumeAvailable() {
		Assumptions.assumeTrue(configuredPort().isPresent() || serverBinary().isPresent(),
				"No Redis for tests: set TEST_REDIS_PORT or put redis-server on the PATH (scripts/test.sh does both)");
	}

	/**
	 * Returns the URL of the Redis shared by the tests of this run, starting one when no
	 * port is configured.
	 */
	public static synchronized String sharedUrl() {
		Optional<Integer> port = configuredPort();
		if (port.isPresent()) {
			return "redis://127.0.0.1:" + port.get();
		}
		if (ownServer == null) {
			ownServer = RedisServer.start(requireBinary(), null);
			Runtime.getRuntime().addShutdownHook(new Thread(ownServer::close));
		}
		return ownServer.url();
	}

	/**
	 * Starts a server of the test's own, which the test may stop and restart.
	 * @param dataDirectory where to keep the append-only file, or {@code null} for no
	 * persistence
	 */
	public static RedisServer startServer(Path dataDirectory) {
		return RedisServer.start(requireBinary(), dataDirectory);
	}

	private static Path requireBinary() {
		return serverBinary().orElseThrow(() -> new IllegalStateException(
				"These tests start and stop their own redis-server, but none was found: set TEST_REDIS_SERVER "
						+ "or put redis-server on the PATH (scripts/test.sh installs it)"));
	}

	static Optional<Integer> configuredPort() {
		return setting("test.redis.port", "TEST_REDIS_PORT").map(Integer::valueOf);
	}

	static Optional<Path> serverBinary() {
		Optional<Path> configured = setting("test.redis.server", "TEST_REDIS_SERVER").map(Path::of);
		if (configured.isPresent()) {
			return configured;
		}
		String path = System.getenv().getOrDefault("PATH", "");
		return Stream.concat(Stream.of(path.split(java.io.File.pathSeparator)), Stream.of("/usr/bin", "/usr/sbin"))
			.filter((folder) -> !folder.isBlank())
			.map((folder) -> Path.of(folder, "redis-server"))
			.filter(Files::isExecutable)
			.findFirst();
	}

	private static Optional<String> setting(String property, String variable) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(variable);
		}
		return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(value.strip());
	}

}
