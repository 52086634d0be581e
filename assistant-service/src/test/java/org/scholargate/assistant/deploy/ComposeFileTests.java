package org.scholargate.assistant.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.scholargate.assistant.deploy.NginxConfig.Block;
import org.scholargate.assistant.deploy.NginxConfig.Directive;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks {@code docker-compose.yml}, {@code Dockerfile} and {@code deploy/nginx.conf}
 * against the service, since no Docker engine runs the tests: ports, environment
 * variables that bind to real settings, the health check path and the settings that
 * server-sent events need.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ComposeFileTests {

	private static final List<String> REPLICAS = List.of("assistant-1", "assistant-2");

	private static Path root;

	private static Map<String, Object> compose;

	private static Map<String, Object> services;

	private static Block nginx;

	private static String dockerfile;

	@Autowired
	private WebTestClient client;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void readFiles() throws IOException {
		root = repositoryRoot();
		compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
		services = (Map<String, Object>) compose.get("services");
		nginx = NginxConfig.parse(Files.readString(root.resolve("deploy/nginx.conf")));
		dockerfile = Files.readString(root.resolve("Dockerfile"));
	}

	@Test
	void redisKeepsAppendOnlyFileOnVolume() {
		Map<String, Object> redis = service("redis");
		List<String> command = strings(redis.get("command"));
		assertThat(command.get(command.indexOf("--appendonly") + 1)).isEqualTo("yes");
		assertThat(command.get(command.indexOf("--maxmemory-policy") + 1)).isEqualTo("volatile-lru");
		String volume = strings(redis.get("volumes")).get(0);
		assertThat(volume).endsWith(":/data");
		assertThat(map(compose.get("volumes"))).containsKey(volume.substring(0, volume.indexOf(':')));
	}

	@Test
	void replicasAreBuiltFromThisRepository() {
		for (String replica : REPLICAS) {
			Map<String, Object> build = map(service(replica).get("build"));
			Path context = root.resolve((String) build.get("context")).normalize();
			assertThat(context).isEqualTo(root);
			assertThat(context.resolve((String) build.get("dockerfile"))).isRegularFile();
		}
	}

	@Test
	void replicaEnvironmentBindsToRealSettings() throws IOException {
		Set<String> properties = knownProperties();
		for (String replica : REPLICAS) {
			Map<String, Object> environment = map(service(replica).get("environment"));
			assertThat(environment).containsEntry("ASSISTANT_MEMORY_STORE", "redis");
			for (String variable : environment.keySet()) {
				assertThat(boundProperties(variable, properties)).as("settings that %s binds to", variable)
					.isNotEmpty();
			}
		}
	}

	@Test
	void replicasReachRedisService() {
		for (String replica : REPLICAS) {
			URI redis = URI.create((String) map(service(replica).get("environment")).get("SPRING_DATA_REDIS_URL"));
			assertThat(services).containsKey(redis.getHost());
			assertThat(strings(service(redis.getHost()).get("command"))).doesNotContain("--port");
			assertThat(redis.getPort()).isEqualTo(6379);
		}
	}

	@Test
	void portsMatchService() throws IOException {
		int servicePort = defaultServerPort();
		for (String replica : REPLICAS) {
			assertThat(strings(service(replica).get("expose"))).contains(Integer.toString(servicePort));
		}
		assertThat(dockerfile).containsPattern("(?m)^EXPOSE " + servicePort + "$");
		Block upstream = upstream();
		List<String> servers = upstream.all("server").stream().map((server) -> server.arguments().get(0)).toList();
		assertThat(servers).containsExactlyInAnyOrderElementsOf(
				REPLICAS.stream().map((replica) -> replica + ":" + servicePort).toList());
		String published = strings(service("nginx").get("ports")).get(0);
		String listen = server().arguments("listen").orElseThrow().get(0);
		assertThat(published).endsWith(":" + listen);
	}

	@Test
	void nginxMountsItsConfiguration() {
		String mount = strings(service("nginx").get("volumes")).get(0);
		assertThat(root.resolve(mount.substring(0, mount.indexOf(':'))).normalize())
			.isEqualTo(root.resolve("deploy/nginx.conf"));
		assertThat(service("nginx").get("depends_on")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactlyInAnyOrderElementsOf(REPLICAS);
	}

	@Test
	void nginxStreamsServerSentEvents() {
		Block location = server().block("location").orElseThrow();
		assertThat(location.arguments("proxy_pass")).contains(List.of("http://" + upstream().arguments().get(0)));
		assertThat(location.arguments("proxy_buffering")).contains(List.of("off"));
		assertThat(location.arguments("proxy_http_version")).contains(List.of("1.1"));
		assertThat(seconds(location.arguments("proxy_read_timeout").orElseThrow().get(0)))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(120));
		List<Directive> headers = location.all("proxy_set_header");
		assertThat(headers).contains(new Directive("proxy_set_header", List.of("Connection", "")));
		assertThat(headers).contains(new Directive("proxy_set_header", List.of("X-Forwarded-For", "$remote_addr")));
	}

	@Test
	void forwardedAddressIsTrustedOnlyBehindNginx() {
		for (String replica : REPLICAS) {
			Map<String, Object> environment = map(service(replica).get("environment"));
			assertThat(environment).containsEntry("ASSISTANT_RATE_LIMIT_TRUST_FORWARDED_HEADERS", "true");
			assertThat(service(replica)).doesNotContainKey("ports");
		}
	}

	@Test
	void imageIsMultiStageAndNonRoot() {
		assertThat(Pattern.compile("(?m)^FROM ").matcher(dockerfile).results().count()).isGreaterThanOrEqualTo(2);
		Matcher user = Pattern.compile("(?m)^USER (\\S+)$").matcher(dockerfile);
		assertThat(user.find()).isTrue();
		assertThat(user.group(1)).doesNotStartWith("root").doesNotStartWith("0");
	}

	@Test
	void healthCheckPathIsServedAndUp() {
		Matcher check = Pattern.compile("HEALTHCHECK[^\\n]*\\n?[^\\n]*http://127\\.0\\.0\\.1:(\\d+)(/\\S+)")
			.matcher(dockerfile);
		assertThat(check.find()).as("HEALTHCHECK with a URL").isTrue();
		String path = check.group(2);
		assertThat(path).isEqualTo("/actuator/health/readiness");
		JsonNode health = JsonMapper.builder()
			.build()
			.readTree(this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody());
		assertThat(health.get("status").stringValue()).isEqualTo("UP");
	}

	@Test
	void localModelServerIsOptional() {
		assertThat(strings(service("ollama").get("profiles"))).isNotEmpty();
		for (String name : List.of("redis", "assistant-1", "assistant-2", "nginx")) {
			assertThat(service(name)).as(name).doesNotContainKey("profiles");
		}
	}

	private static Block server() {
		return nginx.block("server").orElseThrow();
	}

	private static Block upstream() {
		return nginx.block("upstream").orElseThrow();
	}

	private static Map<String, Object> service(String name) {
		assertThat(services).containsKey(name);
		return map(services.get(name));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static List<String> strings(Object value) {
		assertThat(value).isInstanceOf(List.class);
		return ((List<?>) value).stream().map(String::valueOf).toList();
	}

	private static Duration seconds(String nginxTime) {
		assertThat(nginxTime).matches("\\d+s?");
		return Duration.ofSeconds(Long.parseLong(nginxTime.replace("s", "")));
	}

	/**
	 * Returns the setting names that an environment variable binds to, by Spring Boot's
	 * own rules for environment variables.
	 */
	private static List<String> boundProperties(String variable, Set<String> properties) {
		ConfigurationPropertySource source = ConfigurationPropertySources
			.from(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of(variable, "value")))
			.iterator()
			.next();
		return properties.stream()
			.filter((name) -> source.getConfigurationProperty(ConfigurationPropertyName.of(name)) != null)
			.toList();
	}

	/**
	 * Returns every setting that the configuration metadata on the class path documents:
	 * the service's own and those of Spring Boot.
	 */
	private static Set<String> knownProperties() throws IOException {
		Set<String> names = new HashSet<>();
		JsonMapper mapper = JsonMapper.builder().build();
		for (URL url : Collections.list(
				ComposeFileTests.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				JsonNode metadata = mapper.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				metadata.path("properties")
					.valueStream()
					.forEach((property) -> names.add(property.get("name").stringValue()));
			}
		}
		assertThat(names).contains("assistant.memory.store", "spring.data.redis.url");
		return names;
	}

	private static int defaultServerPort() throws IOException {
		Path yaml = root.resolve("assistant-service/src/main/resources/application.yaml");
		Map<String, Object> settings = new Yaml().load(Files.readString(yaml));
		String port = String.valueOf(map(settings.get("server")).get("port"));
		Matcher placeholder = Pattern.compile("\\$\\{\\w+:(\\d+)}").matcher(port);
		return Integer.parseInt(placeholder.matches() ? placeholder.group(1) : port);
	}

	private static Path repositoryRoot() {
		Path directory = Path.of("").toAbsolutePath();
		List<Path> tried = new ArrayList<>();
		while (directory != null) {
			if (Files.isRegularFile(directory.resolve("docker-compose.yml"))) {
				return directory;
			}
			tried.add(directory);
			directory = directory.getParent();
		}
		throw new IllegalStateException("No docker-compose.yml in " + tried);
	}

}
