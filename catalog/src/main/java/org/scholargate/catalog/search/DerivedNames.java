package org.scholargate.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the shorter forms people use for a record's name: the name without its
 * parenthesized part ("Long short-term memory" from "Long short-term memory (LSTM)"), the
 * parenthesized part when it is an acronym or a phrase ("LSTM", "generative
 * pre-training"), each side of a slash, and the name without a trailing generic word
 * ("Kaplan–Meier" from "Kaplan–Meier estimator") when what remains still names something
 * specific.
 */
final class DerivedNames {

	private static final Pattern PARENTHESIZED = Pattern.compile("\\(([^)]*)\\)");

	private static final Pattern EPONYMS = Pattern.compile("\\p{Lu}\\p{L}+[-\\u2010-\\u2015]\\p{Lu}\\p{L}+");

	private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\d][\\p{Lu}\\d-]+");

	private static final Set<String> GENERIC_TAILS = Set.of("method", "algorithm", "estimator", "procedure",
			"technique", "regression", "test");

	private DerivedNames() {
	}

	static List<String> of(String name) {
		List<String> names = new ArrayList<>();
		Matcher matcher = PARENTHESIZED.matcher(name);
		List<String> parts = new ArrayList<>();
		while (matcher.find()) {
			String inner = matcher.group(1).strip();
			if (ACRONYM.matcher(inner).matches() || inner.split("\\s+").length >= 2) {
				parts.add(inner);
			}
		}
		String base = PARENTHESIZED.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").strip();
		List<String> sides = List.of(base.split("\\s+/\\s+"));
		if (sides.size() > 1) {
			parts.add(base);
		}
		parts.addAll(sides);
		for (String part : parts) {
			names.add(part);
			withoutGenericTail(part).ifPresent(names::add);
			Matcher eponyms = EPONYMS.matcher(part);
			while (eponyms.find()) {
				names.add(eponyms.group());
			}
		}
		names.remove(name);
		return names;
	}

	private static java.util.Optional<String> withoutGenericTail(String name) {
		String[] words = name.split("\\s+");
		if (words.length < 2 || !GENERIC_TAILS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
			return java.util.Optional.empty();
		}
		String rest = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
		boolean specific = rest.split("[\\s\\-\\u2010-\\u2015]+").length >= 2 || rest.endsWith("'s")
				|| rest.endsWith("’s") || "regression".equalsIgnoreCase(words[words.length - 1]);
		return specific ? java.util.Optional.of(rest) : java.util.Optional.empty();
	}

}
