package org.scholargate.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompts that ask a language model to write the prose of an answer over numbered
 * sources, loaded from {@code prompts/model/<version>/}: a system prompt, one instruction
 * per intent and the request that carries the data. The question, the sources and the
 * draft go in as JSON between tags, so text planted in them cannot close its block or
 * pass for an instruction of the prompt.
 */
public final class ModelPrompts {

	/** The version of the prompts that {@link #load()} reads. */
	public static final String CURRENT_VERSION = "v1";

	/** The intents that have an instruction, by API value. */
	public static final List<String> INTENTS = List.of("describe", "field", "compare", "related", "search");

	private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "fr", "French (français)", "tr",
			"Turkish (Türkçe)");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

	private final String version;

	private final Map<String, String> texts;

	private ModelPrompts(String version, Map<String, String> texts) {
		this.version = version;
		this.texts = Map.copyOf(texts);
	}

	/**
	 * Loads the current version of the prompts from the classpath.
	 * @throws UncheckedIOException when a prompt file is missing or unreadable
	 */
	public static ModelPrompts load() {
		return load(CURRENT_VERSION);
	}

	/**
	 * Loads one version of the prompts from the classpath.
	 * @throws UncheckedIOException when a prompt file is missing or unreadable
	 */
	public static ModelPrompts load(String version) {
		Map<String, String> texts = new HashMap<>();
		texts.put("system", read(version, "system"));
		texts.put("request", read(version, "request"));
		for (String intent : INTENTS) {
			texts.put(intent, read(version, intent));
		}
		return new ModelPrompts(version, texts);
	}

	private static String read(String version, String name) {
		String path = "prompts/model/" + version + "/" + name + ".txt";
		try (InputStream in = ModelPrompts.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new UncheckedIOException(new IOException("Prompt file '" + path + "' not found"));
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to read prompt file '" + path + "'", ex);
		}
	}

	/**
	 * Returns the version of these prompts, such as {@code v1}.
	 */
	public String version() {
		return this.version;
	}

	/**
	 * Renders the system prompt for an answer language.
	 * @throws IllegalArgumentException when the language is not one of en, fr or tr
	 */
	public String system(String language) {
		return fill(this.texts.get("system"), Map.of("language", languageName(language)));
	}

	/**
	 * Renders the request that carries the intent's instruction, the question, the
	 * numbered sources and the draft.
	 * @throws IllegalArgumentException when the intent or the language is unknown
	 */
	public String request(PromptRequest request) {
		String instruction = this.texts.get(request.intent());
		if (instruction == null) {
			throw new IllegalArgumentException(
					"No prompt for intent '" + request.intent() + "'; use one of " + INTENTS);
		}
		String instructions = fill(instruction, Map.of("field", (request.field() != null) ? request.field() : ""));
		return fill(this.texts.get("request"),
				Map.of("instructions", instructions, "language", languageName(request.language()), "question",
						PromptData.string(request.question()), "sources", PromptData.sources(request.sources()),
						"draft", PromptData.string(request.draft())));
	}

	private static String languageName(String language) {
		String name = LANGUAGE_NAMES.get(language);
		if (name == null) {
			throw new IllegalArgumentException(
					"No prompt language '" + language + "'; use one of " + AnswerTemplates.LANGUAGES);
		}
		return name;
	}

	private static String fill(String template, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null) {
				throw new IllegalArgumentException("Prompt placeholder '" + matcher.group(1) + "' has no value");
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

}
