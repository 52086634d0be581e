package org.scholargate.assistant;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings that concern the whole assistant.
 */
@ConfigurationProperties("assistant")
public class AssistantProperties {

	/**
	 * Public base URL of the catalog pages, used in the how-to-cite line of every answer.
	 */
	private URI publicBaseUrl = URI.create("http://localhost:8080");

	public URI getPublicBaseUrl() {
		return this.publicBaseUrl;
	}

	public void setPublicBaseUrl(URI publicBaseUrl) {
		this.publicBaseUrl = publicBaseUrl;
	}

}
