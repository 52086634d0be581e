package org.scholargate.assistant.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.scholargate.assistant.chat.ChatRequest;
import org.scholargate.catalog.Language;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/**
 * Parses and validates a chat completion request body. Only user messages count: the last
 * one is the question and the earlier ones are the conversation, so system, developer,
 * assistant and tool messages are accepted and ignored. Sampling parameters such as
 * {@code temperature} and {@code max_tokens} are ignored too, because the answers are
 * composed from records.
 */
final class CompletionRequestReader {

	private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool", "function");

	private final JsonMapper mapper;

	private final int maxMessageLength;

	CompletionRequestReader(JsonMapper mapper, int maxMessageLength) {
		this.mapper = mapper;
		this.maxMessageLength = maxMessageLength;
	}

	/**
	 * Reads a request body.
	 * @throws OpenAiException with status 400 for an invalid request and 404 for a model
	 * other than {@value OpenAiTypes#MODEL_ID}
	 */
	CompletionRequest read(byte[] body) {
		JsonNode root = parse(body);
		checkModel(root.get("model"));
		checkChoiceCount(root.get("n"));
		List<UserMessage> messages = userMessages(root.get("messages"));
		if (messages.isEmpty()) {
			throw OpenAiException.invalid("messages", "missing_user_message",
					"The request has no user message; add {\"role\": \"user\", \"content\": \"your question\"}");
		}
		UserMessage last = messages.get(messages.size() - 1);
		if (last.text().isEmpty()) {
			throw OpenAiException.invalid(last.param(), "empty_message",
					"The last user message is empty; ask a question");
		}
		List<String> earlier = messages.subList(0, messages.size() - 1)
			.stream()
			.map(UserMessage::text)
			.filter((text) -> !text.isEmpty())
			.toList();
		boolean stream = optionalBoolean(root.get("stream"), "stream");
		JsonNode options = root.get("stream_options");
		boolean includeUsage = options != null && options.isObject()
				&& optionalBoolean(options.get("include_usage"), "stream_options.include_usage");
		String promptText = String.join("\n", messages.stream().map(UserMessage::text).toList());
		return new CompletionRequest(new ChatRequest(last.text(), null, language(root.get("language"))), earlier,
				stream, includeUsage, promptText);
	}

	private JsonNode parse(byte[] body) {
		JsonNode root;
		try {
			root = (body.length == 0) ? null : this.mapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw OpenAiException.invalid(null, "malformed_json",
					"The request body is not valid JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw OpenAiException.invalid(null, "not_an_object",
					"The request body must be a JSON object with " + "'model' and 'messages', such as {\"model\": \""
							+ OpenAiTypes.MODEL_ID
							+ "\", \"messages\": [{\"role\": \"user\", \"content\": \"What is LSTM?\"}]}");
		}
		return root;
	}

	private static void checkModel(JsonNode node) {
		if (node == null || node.isNull()) {
			throw OpenAiException.invalid("model", "missing_model",
					"The field 'model' is required; use '" + OpenAiTypes.MODEL_ID + "'");
		}
		if (!node.isString() || !OpenAiTypes.MODEL_ID.equals(node.stringValue())) {
			throw new OpenAiException(HttpStatus.NOT_FOUND, OpenAiException.INVALID_REQUEST, "model", "model_not_found",
					"The model " + node + " does not exist; use '" + OpenAiTypes.MODEL_ID + "'");
		}
	}

	private static void checkChoiceCount(JsonNode node) {
		if (node != null && !node.isNull() && !(node.isIntegralNumber() && node.asLong() == 1)) {
			throw OpenAiException.invalid("n", "unsupported_n",
					"The field 'n' is " + node + ", but this service returns one choice; omit 'n' or set it to 1");
		}
	}

	private List<UserMessage> userMessages(JsonNode node) {
		if (node == null || !node.isArray() || node.isEmpty()) {
			throw OpenAiException.invalid("messages", "missing_messages",
					"The field 'messages' must be a non-empty array of messages");
		}
		List<UserMessage> messages = new ArrayList<>();
		for (int i = 0; i < node.size(); i++) {
			String param = "messages[" + i + "]";
			JsonNode message = node.get(i);
			if (!message.isObject()) {
				throw OpenAiException.invalid(param, "invalid_message", "Each message must be a JSON object");
			}
			String role = role(message.get("role"), param + ".role");
			if ("user".equals(role)) {
				String text = text(message.get("content"), param + ".content");
				messages.add(new UserMessage(text, param + ".content"));
			}
		}
		return messages;
	}

	private static String role(JsonNode node, String param) {
		if (node == null || !node.isString() || !ROLES.contains(node.stringValue())) {
			throw OpenAiException.invalid(param, "invalid_role",
					"The role " + node + " is not valid; use one of " + ROLES.stream().sorted().toList());
		}
		return node.stringValue();
	}

	private String text(JsonNode content, String param) {
		String text;
		if (content != null && content.isString()) {
			text = content.stringValue();
		}
		else if (content != null && content.isArray()) {
			text = textParts(content, param);
		}
		else {
			throw OpenAiException.invalid(param, "invalid_content",
					"The content of a user message must be a string or an array of text parts");
		}
		String stripped = text.strip();
		int length = stripped.codePointCount(0, stripped.length());
		if (length > this.maxMessageLength) {
			throw OpenAiException.invalid(param, "message_too_long", "The message has " + length
					+ " characters; the maximum is " + this.maxMessageLength + " (Unicode code points after trimming)");
		}
		return stripped;
	}

	private static String textParts(JsonNode parts, String param) {
		List<String> texts = new ArrayList<>();
		for (int j = 0; j < parts.size(); j++) {
			JsonNode part = parts.get(j);
			JsonNode type = part.get("type");
			JsonNode text = part.get("text");
			if (type == null || !type.isString() || !"text".equals(type.stringValue()) || text == null
					|| !text.isString()) {
				throw OpenAiException.invalid(param + "[" + j + "]", "unsupported_content_part",
						"Only text parts {\"type\": \"text\", \"text\": \"...\"} are supported, got " + part);
			}
			texts.add(text.stringValue());
		}
		return String.join("\n", texts);
	}

	private static boolean optionalBoolean(JsonNode node, String param) {
		if (node == null || node.isNull()) {
			return false;
		}
		if (!node.isBoolean()) {
			throw OpenAiException.invalid(param, "invalid_" + param.replace('.', '_'),
					"The field '" + param + "' must be true or false, got " + node);
		}
		return node.booleanValue();
	}

	private static Language language(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		Optional<Language> language = node.isString() ? Language.fromCode(node.stringValue()) : Optional.empty();
		return language.orElseThrow(() -> OpenAiException.invalid("language", "invalid_language",
				"The field 'language' must be one of 'en', 'fr' or 'tr', got " + node));
	}

	private record UserMessage(String text, String param) {

	}

}
