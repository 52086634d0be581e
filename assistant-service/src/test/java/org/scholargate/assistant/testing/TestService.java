package org.scholargate.assistant.testing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scholargate.assistant.AssistantApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * One instance of the service on a free port, as a replica behind a load balancer would
 * be: its own Spring context, HTTP server and Redis client.
 */
public final class TestService implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final String baseUrl;

	private TestService(ConfigurableApplicationContext context) {
		this.context = context;
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		this.baseUrl = "http://127.0.0.1:" + port;
	}

	/**
	 * Starts an instance with the given settings, which take precedence over
	 * {@code application.yaml} as command-line arguments do.
	 */
	public static TestService start(Map<String, Object> settings) {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("server.port", "0");
		all.putAll(settings);
		String[] arguments = all.entrySet()
			.stream()
			.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		return new TestService(new SpringApplicationBuilder(AssistantApplication.class).run(arguments));
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/**
	 * Returns a test client with a response timeout long enough for any one answer.
	 */
	public WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl(this.baseUrl).responseTimeout(Duration.ofSeconds(30)).build();
	}

	/**
	 * Returns a reactive client, for sending many requests at once.
	 */
	public WebClient webClient() {
		return WebClient.create(this.baseUrl);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
