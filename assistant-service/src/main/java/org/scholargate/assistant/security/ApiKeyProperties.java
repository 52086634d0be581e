package org.scholargate.assistant.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * API access settings.
 */
@ConfigurationProperties("assistant.security")
public class ApiKeyProperties {

	/**
	 * SHA-256 digests of the accepted API keys, as 64 hexadecimal digits each (for
	 * example the output of {@code printf %s "$KEY" | sha256sum}). When set, every API
	 * request needs an {@code X-API-Key} header whose digest is listed, and the key
	 * identifies the client for rate limits. Empty: no key is needed.
	 */
	private List<String> apiKeys = new ArrayList<>();

	public List<String> getApiKeys() {
		return this.apiKeys;
	}

	public void setApiKeys(List<String> apiKeys) {
		this.apiKeys = apiKeys;
	}

}
