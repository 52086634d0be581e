package org.scholargate.assistant.openai;

import org.springframework.http.HttpStatus;

/**
 * A rejected request, answered in OpenAI's error shape {@code {"error": {"message",
 * "type", "param", "code"}}}.
 */
final class OpenAiException extends RuntimeException {

	static final String INVALID_REQUEST = "invalid_request_error";

	static final String SERVER_ERROR = "server_error";

	private final HttpStatus status;

	private final String type;

	private final String param;

	private final String code;

	OpenAiException(HttpStatus status, String type, String param, String code, String message) {
		super(message);
		this.status = status;
		this.type = type;
		this.param = param;
		this.code = code;
	}

	static OpenAiException invalid(String param, String code, String message) {
		return new OpenAiException(HttpStatus.BAD_REQUEST, INVALID_REQUEST, param, code, message);
	}

	HttpStatus status() {
		return this.status;
	}

	OpenAiTypes.ErrorBody body() {
		return new OpenAiTypes.ErrorBody(new OpenAiTypes.ErrorDetail(getMessage(), this.type, this.param, this.code));
	}

}
