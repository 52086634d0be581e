package org.scholargate.assistant.uistream;

import org.scholargate.assistant.chat.ChatProperties;
import org.scholargate.assistant.chat.ChatService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Routes the AI SDK UI message stream endpoint.
 */
@Configuration(proxyBeanMethods = false)
class UiStreamConfiguration {

	@Bean
	RouterFunction<ServerResponse> uiStreamRoutes(ChatService service, JsonMapper mapper, ChatProperties properties) {
		UiChatHandler handler = new UiChatHandler(service, mapper, properties);
		return RouterFunctions.route().POST("/api/chat/ui", handler::chat).build();
	}

}
