package org.scholargate.assistant.llm;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LlmSettingsTests {

	private static LlmProperties openAi() {
		LlmProperties properties = new LlmProperties();
		properties.setProvider(LlmProperties.Provider.OPENAI);
		properties.setModel("gpt-4o-mini");
		properties.setApiKey("sk-secret-value");
		return properties;
	}

	@Test
	void validSettingsPass() {
		assertThatCode(() -> LlmSettings.validate(openAi())).doesNotThrowAnyException();
	}

	@Test
	void missingModelNamesSetting() {
		LlmProperties properties = openAi();
		properties.setModel(" ");
		assertThatIllegalStateException().isThrownBy(() -> LlmSettings.validate(properties))
			.withMessageContaining("assistant.llm.model")
			.withMessageContaining("ASSISTANT_LLM_MODEL");
	}

	@Test
	void anthropicNeedsApiKey() {
		LlmProperties properties = openAi();
		properties.setProvider(LlmProperties.Provider.ANTHROPIC);
		properties.setApiKey(null);
		properties.setBaseUrl(URI.create("http://localhost:9/v1"));
		assertThatIllegalStateException().isThrownBy(() -> LlmSettings.validate(properties))
			.withMessageContaining("ASSISTANT_LLM_API_KEY");
	}

	@Test
	void localOpenAiServerNeedsNoApiKey() {
		LlmProperties properties = openAi();
		properties.setApiKey(null);
		properties.setBaseUrl(URI.create("http://localhost:11434/v1"));
		assertThatCode(() -> LlmSettings.validate(properties)).doesNotThrowAnyException();
	}

	@Test
	void invalidValuesAreNamedWithoutTheKey() {
		LlmProperties properties = openAi();
		properties.setFirstTokenTimeout(Duration.ZERO);
		assertThatIllegalStateException().isThrownBy(() -> LlmSettings.validate(properties))
			.withMessageContaining("assistant.llm.first-token-timeout is PT0S")
			.withMessageNotContaining("sk-secret-value");
	}

	@Test
	void baseUrlMustBeHttp() {
		LlmProperties properties = openAi();
		properties.setBaseUrl(URI.create("ftp://example/v1"));
		assertThatIllegalStateException().isThrownBy(() -> LlmSettings.validate(properties))
			.withMessageContaining("assistant.llm.base-url is 'ftp://example/v1'");
	}

	@Test
	void temperatureOutOfRangeIsRejected() {
		LlmProperties properties = openAi();
		properties.setTemperature(3.0);
		assertThatIllegalStateException().isThrownBy(() -> LlmSettings.validate(properties))
			.withMessageContaining("assistant.llm.temperature is 3.0");
	}

	@Test
	void zeroBulkheadIsRejected() {
		LlmProperties properties = openAi();
		properties.getBulkhead().setMaxConcurrentStreams(0);
		assertThatIllegalStateException().isThrownBy(() -> LlmSettings.validate(properties))
			.withMessageContaining("assistant.llm.bulkhead.max-concurrent-streams is 0");
	}

}
