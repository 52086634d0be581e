package org.scholargate.assistant.cache;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.scholargate.assistant.understanding.Understanding;

/**
 * What a cached answer depends on. Two requests share an answer only when all of these
 * are equal, so a new catalog version, another language or another resolved context never
 * reuses an answer.
 *
 * @param catalogVersion the version of the catalog the answer was composed from
 * @param language the answer language code
 * @param retrievalDate the date the how-to-cite line of the answer carries
 * @param question the question, normalized by {@link #normalize(String)}
 * @param context everything the question was resolved to, in {@link #canonical} form:
 * intent, methods (including those taken from earlier turns), field, filters and the rest
 */
public record AnswerKey(String catalogVersion, String language, LocalDate retrievalDate, String question,
		String context) {

	private static final String FORMAT = "answer-key-v1";

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	/**
	 * Builds the key of the answer to a resolved question.
	 */
	public static AnswerKey of(String catalogVersion, LocalDate retrievalDate, String question,
			Understanding understanding) {
		return new AnswerKey(catalogVersion, understanding.language().code(), retrievalDate, normalize(question),
				canonical(understanding));
	}

	/**
	 * Normalizes a question for comparison: NFKC, lower case without locale rules, runs
	 * of white space collapsed to one space, and trimmed.
	 */
	public static String normalize(String question) {
		String folded = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return WHITE_SPACE.matcher(folded).replaceAll(" ").strip();
	}

	/**
	 * Returns a SHA-256 digest of every part of the key, as 64 hexadecimal digits.
	 */
	public String digest() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : new String[] { FORMAT, this.catalogVersion, this.language, this.retrievalDate.toString(),
					this.question, this.context }) {
				digest.update(part.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * Renders a value the same way in every process and without ambiguity: strings
	 * quoted, records by their components, sets sorted (their iteration order varies from
	 * one JVM to the next), and lists in order.
	 */
	static String canonical(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof CharSequence text) {
			return "\"" + text.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		}
		if (value instanceof Set<?> set) {
			return set.stream().map(AnswerKey::canonical).sorted().collect(Collectors.joining(",", "{", "}"));
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(AnswerKey::canonical).collect(Collectors.joining(",", "[", "]"));
		}
		if (value instanceof Record record) {
			return Arrays.stream(record.getClass().getRecordComponents())
				.map((component) -> component.getName() + "=" + canonical(read(component, record)))
				.collect(Collectors.joining(",", record.getClass().getSimpleName() + "(", ")"));
		}
		return value.toString();
	}

	private static Object read(RecordComponent component, Record record) {
		try {
			Method accessor = component.getAccessor();
			accessor.trySetAccessible();
			return accessor.invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Failed to read '" + component.getName() + "' of " + record, ex);
		}
	}

}
