package org.scholargate.assistant.cors;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CorsPropertiesTests {

	@Test
	void defaultsBind() {
		CorsProperties cors = new Binder(new MapConfigurationPropertySource()).bindOrCreate("assistant.cors",
				CorsProperties.class);
		assertThat(cors.getAllowedOrigins()).isEmpty();
		assertThat(cors.getAllowedHeaders()).containsExactly("Content-Type", "Accept", "Authorization", "X-API-Key");
		assertThat(cors.getExposedHeaders()).containsExactly("x-vercel-ai-ui-message-stream", "Retry-After");
		assertThat(cors.isAllowCredentials()).isFalse();
		assertThat(cors.getMaxAge()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void commaSeparatedOriginsBind() {
		MapConfigurationPropertySource source = new MapConfigurationPropertySource();
		source.put("assistant.cors.allowed-origins", "https://a.example.org, https://*.example.net");
		source.put("assistant.cors.max-age", "1h");
		CorsProperties cors = new Binder(source).bindOrCreate("assistant.cors", CorsProperties.class);
		assertThat(cors.getAllowedOrigins()).containsExactly("https://a.example.org", "https://*.example.net");
		assertThat(cors.getMaxAge()).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void originWithPathIsRejected() {
		CorsProperties cors = new CorsProperties();
		cors.setAllowedOrigins(List.of("https://catalog.example.org/chat"));
		assertThatIllegalStateException().isThrownBy(() -> CorsFilterConfiguration.toConfiguration(cors))
			.withMessageContaining("'https://catalog.example.org/chat'");
	}

	@Test
	void wildcardWithCredentialsIsRejected() {
		CorsProperties cors = new CorsProperties();
		cors.setAllowedOrigins(List.of("*"));
		cors.setAllowCredentials(true);
		assertThatIllegalStateException().isThrownBy(() -> CorsFilterConfiguration.toConfiguration(cors))
			.withMessageContaining("allow-credentials");
	}

}
