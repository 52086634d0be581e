package org.scholargate.assistant.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * Creates the LangChain4j streaming model of the configured provider over a given HTTP
 * client.
 */
final class ChatModels {

	private ChatModels() {
	}

	static StreamingChatModel create(LlmProperties properties, HttpClientBuilder http) {
		String baseUrl = (properties.getBaseUrl() != null) ? properties.getBaseUrl().toString() : null;
		return switch (properties.getProvider()) {
			case OPENAI -> {
				OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder builder = OpenAiStreamingChatModel.builder()
					.httpClientBuilder(http)
					.apiKey(properties.getApiKey())
					.modelName(properties.getModel())
					.temperature(properties.getTemperature())
					// NOTE: sends max_tokens, which vLLM, LM Studio and Ollama read, but
					// OpenAI's reasoning models accept only max_completion_tokens.
					.maxTokens(properties.getMaxOutputTokens());
				yield ((baseUrl != null) ? builder.baseUrl(baseUrl) : builder).build();
			}
			case ANTHROPIC -> {
				AnthropicStreamingChatModel.AnthropicStreamingChatModelBuilder builder = AnthropicStreamingChatModel
					.builder()
					.httpClientBuilder(http)
					.apiKey(properties.getApiKey())
					.modelName(properties.getModel())
					.temperature(properties.getTemperature())
					.maxTokens(properties.getMaxOutputTokens());
				yield ((baseUrl != null) ? builder.baseUrl(baseUrl) : builder).build();
			}
			case NONE -> throw new IllegalStateException("No language model provider is configured");
		};
	}

}
