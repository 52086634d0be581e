package org.scholargate.assistant.chat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.scholargate.assistant.web.ProblemException;
import org.scholargate.catalog.Language;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/**
 * Parses and validates the JSON body of a chat request, failing with a precise 400
 * problem for each kind of bad input.
 */
final class ChatRequestReader {

	private static final Pattern UUID_PATTERN = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final JsonMapper mapper;

	private final int maxMessageLength;

	ChatRequestReader(JsonMapper mapper, int maxMessageLength) {
		this.mapper = mapper;
		this.maxMessageLength = maxMessageLength;
	}

	/**
	 * Reads a request body.
	 * @throws ProblemException with status 400 when the body is not a valid chat request
	 */
	ChatRequest read(byte[] body) {
		JsonNode root = parse(body);
		String message = message(root.get("message"));
		return new ChatRequest(message, conversationId(root.get("conversationId")), language(root.get("language")));
	}

	private JsonNode parse(byte[] body) {
		if (body.length == 0) {
			throw invalid("empty-body",
					"The request body is empty; send a JSON object such as {\"message\": \"What is LSTM?\"}");
		}
		JsonNode root;
		try {
			root = this.mapper.readTree(body);
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
					? " at line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
			throw invalid("malformed-json", "The request body is not valid JSON" + where
					+ "; send one JSON object such as {\"message\": \"What is LSTM?\"}");
		}
		if (root == null || !root.isObject()) {
			throw invalid("not-an-object", "The request body must be a JSON object with a 'message' field");
		}
		return root;
	}

	private String message(JsonNode node) {
		if (node == null || node.isNull()) {
			throw invalid("missing-message", "The field 'message' is required");
		}
		if (!node.isString()) {
			throw invalid("invalid-message", "The field 'message' must be a string, got " + node.getNodeType());
		}
		String message = node.stringValue().strip();
		if (isBlank(message)) {
			throw invalid("empty-message", "The field 'message' is empty; ask a question");
		}
		int length = message.codePointCount(0, message.length());
		if (length > this.maxMessageLength) {
			throw invalid("message-too-long", "The message has " + length + " characters; the maximum is "
					+ this.maxMessageLength + " (Unicode code points after trimming)");
		}
		return message;
	}

	/**
	 * Returns whether a text holds nothing but white space, including no-break and
	 * zero-width spaces.
	 */
	private static boolean isBlank(String text) {
		return text.codePoints()
			.allMatch((codePoint) -> Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
					|| Character.getType(codePoint) == Character.FORMAT);
	}

	private UUID conversationId(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString() || !UUID_PATTERN.matcher(node.stringValue()).matches()) {
			throw invalid("invalid-conversation-id", "The field 'conversationId' must be a UUID such as "
					+ "'3f1c2d9e-8a4b-4c6d-9e2f-1a2b3c4d5e6f', got " + node);
		}
		return UUID.fromString(node.stringValue());
	}

	private Language language(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw invalid("invalid-language", "The field 'language' must be one of 'en', 'fr' or 'tr', got " + node);
		}
		return Language.fromCode(node.stringValue())
			.orElseThrow(() -> invalid("invalid-language",
					"The field 'language' must be one of 'en', 'fr' or 'tr', got '" + node.stringValue() + "'"));
	}

	private static ProblemException invalid(String type, String detail) {
		return new ProblemException(HttpStatus.BAD_REQUEST, type, detail);
	}

}
