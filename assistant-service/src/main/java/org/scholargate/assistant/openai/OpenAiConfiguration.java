package org.scholargate.assistant.openai;

import java.time.Clock;

import org.scholargate.assistant.chat.ChatProperties;
import org.scholargate.assistant.chat.ChatService;
import org.scholargate.prompts.AnswerTemplates;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Routes the OpenAI-compatible endpoints under {@code /v1}.
 */
@Configuration(proxyBeanMethods = false)
class OpenAiConfiguration {

	@Bean
	RouterFunction<ServerResponse> openAiRoutes(ChatService service, JsonMapper mapper, ChatProperties properties,
			AnswerTemplates templates, Clock clock) {
		ChatCompletionsHandler completions = new ChatCompletionsHandler(service, mapper, properties, templates, clock);
		ModelsHandler models = new ModelsHandler(clock.instant());
		return RouterFunctions.route()
			.POST("/v1/chat/completions", completions::complete)
			.GET("/v1/models", models::list)
			.GET("/v1/models/{model}", models::get)
			.route(RequestPredicates.path("/v1/**"), models::unknown)
			.build();
	}

}
