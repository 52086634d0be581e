package org.scholargate.assistant.uistream;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.scholargate.assistant.chat.ChatRequest;
import org.scholargate.assistant.web.ProblemException;
import org.scholargate.catalog.Language;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/**
 * Parses and validates the body that the AI SDK's {@code useChat} sends: {@code {id,
 * messages, trigger, messageId}}, each message {@code {id, role, parts}}. Only the text
 * parts of user messages count: the last user message is the question and the earlier
 * ones are the conversation. An optional {@code language} field chooses the answer
 * language.
 */
final class UiChatRequestReader {

	private static final Set<String> TRIGGERS = Set.of("submit-message", "regenerate-message");

	private final JsonMapper mapper;

	private final int maxMessageLength;

	UiChatRequestReader(JsonMapper mapper, int maxMessageLength) {
		this.mapper = mapper;
		this.maxMessageLength = maxMessageLength;
	}

	/**
	 * Reads a request body.
	 * @throws ProblemException with status 400 when the body is not a valid request
	 */
	UiChatRequest read(byte[] body) {
		JsonNode root = parse(body);
		String trigger = optionalText(root.get("trigger"), "trigger");
		if (trigger != null && !TRIGGERS.contains(trigger)) {
			throw invalid("invalid-trigger",
					"The field 'trigger' is '" + trigger + "'; use 'submit-message' or 'regenerate-message'");
		}
		List<String> messages = userMessages(root.get("messages"));
		if (messages.isEmpty()) {
			throw invalid("missing-user-message", "The field 'messages' contains no user message; add "
					+ "{\"role\": \"user\", \"parts\": [{\"type\": \"text\", \"text\": \"your question\"}]}");
		}
		String question = messages.get(messages.size() - 1);
		if (question.isEmpty()) {
			throw invalid("empty-message", "The last user message has no text; ask a question");
		}
		List<String> earlier = messages.subList(0, messages.size() - 1)
			.stream()
			.filter((text) -> !text.isEmpty())
			.toList();
		String regenerated = "regenerate-message".equals(trigger) ? optionalText(root.get("messageId"), "messageId")
				: null;
		return new UiChatRequest(new ChatRequest(question, null, language(root.get("language"))), earlier, regenerated);
	}

	private JsonNode parse(byte[] body) {
		JsonNode root;
		try {
			root = (body.length == 0) ? null : this.mapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw invalid("malformed-json", "The request body is not valid JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw invalid("not-an-object", "The request body must be a JSON object with a 'messages' array");
		}
		return root;
	}

	private List<String> userMessages(JsonNode node) {
		if (node == null || !node.isArray() || node.isEmpty()) {
			throw invalid("missing-messages", "The field 'messages' must be a non-empty array of messages");
		}
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < node.size(); i++) {
			JsonNode message = node.get(i);
			JsonNode role = (message != null) ? message.get("role") : null;
			if (role == null || !role.isString()) {
				throw invalid("invalid-message", "messages[" + i + "] must be an object with a string 'role'");
			}
			if ("user".equals(role.stringValue())) {
				texts.add(text(message, "messages[" + i + "]"));
			}
		}
		return texts;
	}

	private String text(JsonNode message, String name) {
		JsonNode parts = message.get("parts");
		if (parts == null || !parts.isArray()) {
			throw invalid("invalid-message", name + " must have a 'parts' array such as "
					+ "[{\"type\": \"text\", \"text\": \"What is LSTM?\"}]");
		}
		List<String> texts = new ArrayList<>();
		for (JsonNode part : parts) {
			JsonNode type = part.get("type");
			JsonNode text = part.get("text");
			if (type != null && type.isString() && "text".equals(type.stringValue()) && text != null
					&& text.isString()) {
				texts.add(text.stringValue());
			}
		}
		String joined = String.join("\n", texts).strip();
		int length = joined.codePointCount(0, joined.length());
		if (length > this.maxMessageLength) {
			throw invalid("message-too-long", "The text of " + name + " has " + length + " characters; the maximum is "
					+ this.maxMessageLength + " (Unicode code points after trimming)");
		}
		return joined;
	}

	private static String optionalText(JsonNode node, String field) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw invalid("invalid-" + field.toLowerCase(), "The field '" + field + "' must be a string, got " + node);
		}
		return node.stringValue();
	}

	private static Language language(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		Optional<Language> language = node.isString() ? Language.fromCode(node.stringValue()) : Optional.empty();
		return language.orElseThrow(() -> invalid("invalid-language",
				"The field 'language' must be one of 'en', 'fr' or 'tr', got " + node));
	}

	private static ProblemException invalid(String type, String detail) {
		return new ProblemException(HttpStatus.BAD_REQUEST, type, detail);
	}

}
