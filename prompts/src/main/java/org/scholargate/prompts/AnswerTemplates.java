package org.scholargate.prompts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grounded answer templates and field labels of each answer language, loaded from
 * {@code prompts/grounded/<language>.properties}. Placeholders are written {@code {name}}
 * and are replaced verbatim, so record text needs no escaping.
 */
public final class AnswerTemplates {

	/** The languages that have templates. */
	public static final List<String> LANGUAGES = List.of("en", "fr", "tr");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

	private final Map<String, Properties> byLanguage;

	private AnswerTemplates(Map<String, Properties> byLanguage) {
		this.byLanguage = Map.copyOf(byLanguage);
	}

	/**
	 * Loads the templates of every language from the classpath.
	 * @throws UncheckedIOException when a template file is missing or unreadable
	 */
	public static AnswerTemplates load() {
		Map<String, Properties> byLanguage = new HashMap<>();
		for (String language : LANGUAGES) {
			byLanguage.put(language, read("prompts/grounded/" + language + ".properties"));
		}
		return new AnswerTemplates(byLanguage);
	}

	private static Properties read(String path) {
		try (InputStream in = AnswerTemplates.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new UncheckedIOException(new IOException("Template file '" + path + "' not found"));
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to read template file '" + path + "'", ex);
		}
	}

	/**
	 * Renders a template with the given values.
	 * @throws IllegalArgumentException when the language or key is unknown, or a
	 * placeholder has no value
	 */
	public String render(String language, String key, Map<String, String> values) {
		String template = template(language, key);
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder rendered = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null) {
				throw new IllegalArgumentException(
						"Template '" + key + "' (" + language + ") needs a value for '" + matcher.group(1) + "'");
			}
			matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(rendered);
		return rendered.toString().strip();
	}

	/**
	 * Returns a template without rendering it, such as a label or a conjunction.
	 * @throws IllegalArgumentException when the language or key is unknown
	 */
	public String template(String language, String key) {
		Properties properties = this.byLanguage.get(language);
		if (properties == null) {
			throw new IllegalArgumentException("No templates for language '" + language + "'; use one of " + LANGUAGES);
		}
		String template = properties.getProperty(key);
		if (template == null) {
			throw new IllegalArgumentException("No template '" + key + "' for language '" + language + "'");
		}
		return template;
	}

	/**
	 * Returns the label of a record field, such as {@code Year of origin} for
	 * {@code yearOfOrigin}.
	 */
	public String label(String language, String fieldName) {
		return template(language, "label." + fieldName);
	}

	/**
	 * Returns the keys of a language's templates.
	 */
	public Set<String> keys(String language) {
		return this.byLanguage.get(language).stringPropertyNames();
	}

	/**
	 * Returns the placeholders a template uses.
	 */
	public Set<String> placeholders(String language, String key) {
		Matcher matcher = PLACEHOLDER.matcher(template(language, key));
		Set<String> names = new java.util.TreeSet<>();
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/**
	 * Returns the version of the templates, which changes whenever their wording changes.
	 */
	public String version() {
		return template("en", "templates.version");
	}

}
