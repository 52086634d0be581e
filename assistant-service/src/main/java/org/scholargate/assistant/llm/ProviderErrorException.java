package org.scholargate.assistant.llm;

/**
 * An error that the provider sent inside a stream that started with status 200: an
 * {@code event: error} or a {@code data} object with an {@code error} key.
 */
final class ProviderErrorException extends RuntimeException {

	ProviderErrorException(String data) {
		super("The provider sent an error event: " + data);
	}

}
