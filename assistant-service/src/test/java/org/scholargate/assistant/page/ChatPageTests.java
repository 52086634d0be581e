package org.scholargate.assistant.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scholargate.assistant.AssistantHttpTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@AssistantHttpTest
class ChatPageTests {

	private static final List<String> SCRIPTS_AND_STYLES = List.of("static/index.html", "static/assets/app.js",
			"static/assets/markdown.js", "static/assets/labels.js", "static/assets/event-stream.js",
			"static/assets/app.css");

	@Autowired
	private WebTestClient client;

	@Test
	void rootServesPageWithContentSecurityPolicy() {
		this.client.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.valueEquals("Content-Security-Policy", PageConfiguration.CONTENT_SECURITY_POLICY)
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("<script type=\"module\" src=\"/assets/app.js\">"));
	}

	@Test
	void assetsAreServed() {
		for (String asset : List.of("/assets/app.js", "/assets/markdown.js", "/assets/app.css")) {
			this.client.get()
				.uri(asset)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff");
		}
	}

	@Test
	void pageLoadsNothingFromOtherHosts() throws IOException {
		for (String file : SCRIPTS_AND_STYLES) {
			String text = new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
			assertThat(text).as(file).doesNotContain("://").doesNotContain("innerHTML").doesNotContain("eval(");
		}
	}

	@Test
	void apiKeepsItsOwnContentType() {
		this.client.get().uri("/v1/models").exchange().expectHeader().doesNotExist("Content-Security-Policy");
	}

}
