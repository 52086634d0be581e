package org.scholargate.assistant.llm;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without model settings the service answers from the grounded composer and creates no
 * model, HTTP client or connection pool.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ModelDisabledTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private WebTestClient client;

	@Test
	void noModelBeansExist() {
		assertThat(this.context.getBeansOfType(ModelProse.class)).isEmpty();
		assertThat(this.context.getBeansOfType(ModelConnections.class)).isEmpty();
		assertThat(this.context.getBean(LlmProperties.class).getProvider()).isEqualTo(LlmProperties.Provider.NONE);
	}

	@Test
	void answersStayGrounded() {
		List<SseAnswers.Event> events = SseAnswers.ask(this.client,
				Map.of("message", "What is knowledge distillation?"));
		assertThat(SseAnswers.names(events)).matches("meta sources( delta)+ done");
		assertThat(SseAnswers.first(events, "meta").get("mode").asString()).isEqualTo("grounded");
		assertThat(SseAnswers.first(events, "done").get("mode").asString()).isEqualTo("grounded");
	}

}
