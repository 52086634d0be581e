package org.scholargate.assistant.chat;

import java.time.Clock;

import org.scholargate.assistant.AssistantProperties;
import org.scholargate.assistant.cache.CachingComposer;
import org.scholargate.assistant.compose.GroundedComposer;
import org.scholargate.assistant.llm.ModelProse;
import org.scholargate.assistant.memory.ConversationStore;
import org.scholargate.assistant.understanding.QuestionAnalyzer;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.EntityLinker;
import org.scholargate.prompts.AnswerTemplates;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Wires the chat pipeline and its route.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ChatProperties.class, AssistantProperties.class })
class ChatConfiguration {

	@Bean
	AnswerTemplates answerTemplates() {
		return AnswerTemplates.load();
	}

	@Bean
	QuestionAnalyzer questionAnalyzer(CatalogIndex index, EntityLinker linker) {
		return new QuestionAnalyzer(index, linker);
	}

	@Bean
	GroundedComposer groundedComposer(CatalogIndex index, AnswerTemplates templates, AssistantProperties assistant,
			ChatProperties chat, Clock clock) {
		return new GroundedComposer(index, templates, assistant.getPublicBaseUrl(), clock, chat.getMaxSearchResults());
	}

	@Bean
	ChatService chatService(ConversationStore store, QuestionAnalyzer analyzer, GroundedComposer composer,
			CachingComposer answers, Clock clock, ObjectProvider<ModelProse> modelProse) {
		return new ChatService(store, analyzer, composer, answers, clock, modelProse.getIfAvailable());
	}

	@Bean
	RouterFunction<ServerResponse> chatRoutes(ChatService service, JsonMapper mapper, ChatProperties properties) {
		ChatHandler handler = new ChatHandler(service, mapper, properties);
		return RouterFunctions.route()
			.POST("/api/chat", handler::chat)
			.route(RequestPredicates.path("/api/chat"), handler::methodNotAllowed)
			.build();
	}

}
