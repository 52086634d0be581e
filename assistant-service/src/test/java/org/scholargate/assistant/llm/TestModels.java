package org.scholargate.assistant.llm;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.scholargate.assistant.compose.GroundedAnswer;
import org.scholargate.assistant.compose.GroundedComposer;
import org.scholargate.assistant.memory.Conversation;
import org.scholargate.assistant.understanding.QuestionAnalyzer;
import org.scholargate.assistant.understanding.Understanding;
import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.CatalogLoader;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.EntityLinker;
import org.scholargate.prompts.AnswerTemplates;

/**
 * Builds the model components as the service wires them, over the bundled catalog, with
 * short timeouts for tests.
 */
final class TestModels implements AutoCloseable {

	static final Catalog CATALOG = new CatalogLoader().loadBundled();

	static final AnswerTemplates TEMPLATES = AnswerTemplates.load();

	private static final CatalogIndex INDEX = CatalogIndex.build(CATALOG);

	private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer(INDEX, new EntityLinker(INDEX));

	private static final GroundedComposer COMPOSER = new GroundedComposer(INDEX, TEMPLATES,
			URI.create("http://localhost:8080"), Clock.systemUTC(), 25);

	final LlmProperties properties;

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	final ModelConnections connections;

	final ModelProse prose;

	TestModels(LlmProperties properties) {
		this.properties = properties;
		this.connections = new ModelConnections(properties);
		this.prose = LlmConfiguration.create(properties, this.connections, null, this.registry, CATALOG, TEMPLATES);
	}

	/**
	 * Returns settings for a provider at a base URL: a first-token timeout of 10 s, an
	 * idle timeout of 5 s, one retry after 10 ms, and a circuit breaker that does not
	 * open within a test unless it asks for it. Tests of a timeout set a short one
	 * themselves.
	 */
	static LlmProperties settings(LlmProperties.Provider provider, String baseUrl) {
		LlmProperties properties = new LlmProperties();
		properties.setProvider(provider);
		properties.setBaseUrl(URI.create(baseUrl));
		properties.setApiKey("test-key");
		properties.setModel("stub-model");
		properties.setFirstTokenTimeout(Duration.ofSeconds(10));
		properties.setIdleTimeout(Duration.ofSeconds(5));
		properties.setMaxDuration(Duration.ofSeconds(20));
		properties.setConnectTimeout(Duration.ofSeconds(2));
		properties.getRetry().setWait(Duration.ofMillis(10));
		properties.getCircuitBreaker().setMinimumNumberOfCalls(100);
		properties.getCircuitBreaker().setSlidingWindowSize(100);
		LlmSettings.validate(properties);
		return properties;
	}

	static TestModels openAi(String baseUrl) {
		return openAi(baseUrl, (properties) -> {
		});
	}

	static TestModels openAi(String baseUrl, Consumer<LlmProperties> customizer) {
		LlmProperties properties = settings(LlmProperties.Provider.OPENAI, baseUrl);
		customizer.accept(properties);
		return new TestModels(properties);
	}

	static TestModels anthropic(String baseUrl) {
		return new TestModels(settings(LlmProperties.Provider.ANTHROPIC, baseUrl));
	}

	/**
	 * Grounds a question as the chat service does.
	 */
	static ProseRequest request(String question) {
		Understanding understanding = ANALYZER.analyze(question, null, Conversation.empty(UUID.randomUUID()));
		GroundedAnswer answer = COMPOSER.compose(understanding);
		return new ProseRequest("test-conversation", question, understanding, answer, List.of(answer.text()));
	}

	List<ProseEvent> answer(ProseRequest request) {
		return this.prose.stream(request).collectList().block(Duration.ofSeconds(30));
	}

	double count(String meter, String... tags) {
		var counter = this.registry.find(meter).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

	@Override
	public void close() {
		this.connections.close();
	}

}
