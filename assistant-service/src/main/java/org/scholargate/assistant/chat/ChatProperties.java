package org.scholargate.assistant.chat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the chat endpoint.
 */
@ConfigurationProperties("assistant.chat")
public class ChatProperties {

	/**
	 * Maximum length of a message, in Unicode code points after trimming.
	 */
	private int maxMessageLength = 4000;

	/**
	 * Maximum size of a request body; larger bodies are rejected with 413.
	 */
	private DataSize maxBodySize = DataSize.ofKilobytes(64);

	/**
	 * Maximum number of methods a search answer lists before it asks to narrow the
	 * filter.
	 */
	private int maxSearchResults = 25;

	public int getMaxMessageLength() {
		return this.maxMessageLength;
	}

	public void setMaxMessageLength(int maxMessageLength) {
		this.maxMessageLength = maxMessageLength;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public int getMaxSearchResults() {
		return this.maxSearchResults;
	}

	public void setMaxSearchResults(int maxSearchResults) {
		this.maxSearchResults = maxSearchResults;
	}

}
