package org.scholargate.assistant.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scholargate.catalog.Language;
import org.scholargate.catalog.MethodRecord;
import org.scholargate.catalog.TextFolding;
import org.scholargate.prompts.AnswerTemplates;

/**
 * Renders the templates of one answer language and joins their parts.
 */
final class Phrasing {

	private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>#|]");

	private static final Pattern SENTENCE_END = Pattern.compile("([.!?])(\\s+|$)(?=\\p{Lu}|\\d|\"|“|«|$)");

	private final AnswerTemplates templates;

	private final Language language;

	Phrasing(AnswerTemplates templates, Language language) {
		this.templates = templates;
		this.language = language;
	}

	Language language() {
		return this.language;
	}

	String render(String key, String... pairs) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			values.put(pairs[i], pairs[i + 1]);
		}
		return this.templates.render(this.language.code(), key, values);
	}

	String label(String fieldName) {
		return this.templates.label(this.language.code(), fieldName);
	}

	/**
	 * Returns a field label for use inside a sentence, lower-cased by the rules of the
	 * answer language.
	 */
	String inlineLabel(String fieldName) {
		return label(fieldName).toLowerCase(Locale.forLanguageTag(this.language.code()));
	}

	/**
	 * Joins items as "a, b and c" with the conjunction of the answer language.
	 */
	String join(List<String> items, String conjunctionKey) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		String conjunction = this.templates.template(this.language.code(), conjunctionKey);
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
				+ items.get(items.size() - 1);
	}

	/**
	 * Returns the record's summary in the answer language with a citation marker on every
	 * sentence, or the English summary quoted inside a localized sentence when the record
	 * has no translation.
	 */
	String summary(MethodRecord record, String marker) {
		if (!record.isTranslated(this.language)) {
			return render("summary.untranslated", "summary", escape(record.summary()), "cite", marker);
		}
		return citeEachSentence(escape(record.summary(this.language)), marker);
	}

	/**
	 * Inserts a marker before the closing punctuation of every sentence of a text.
	 */
	static String citeEachSentence(String text, String marker) {
		Matcher matcher = SENTENCE_END.matcher(text.strip());
		StringBuilder cited = new StringBuilder();
		boolean any = false;
		while (matcher.find()) {
			matcher.appendReplacement(cited,
					Matcher.quoteReplacement(" " + marker + matcher.group(1) + matcher.group(2)));
			any = true;
		}
		matcher.appendTail(cited);
		return any ? cited.toString().strip() : text.strip() + " " + marker;
	}

	static List<String> bold(List<String> names) {
		List<String> bold = new ArrayList<>();
		names.forEach((name) -> bold.add("**" + escape(name) + "**"));
		return bold;
	}

	/**
	 * Escapes the characters that Markdown would read as formatting, so a record value
	 * such as "A* search" or a bracketed number is shown as written and can never look
	 * like a citation marker.
	 */
	static String escape(String text) {
		return MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$0");
	}

	/**
	 * Returns a record's name for prose in the answer language, escaped for Markdown. In
	 * French and Turkish the record's first alias in that language follows in
	 * parentheses, as in "Random forest (forêt aléatoire)", or after a dash when the name
	 * already ends with a parenthesis.
	 */
	String displayName(MethodRecord record) {
		if (this.language == Language.EN) {
			return escape(record.name());
		}
		String nameKey = TextFolding.nameKey(record.name());
		return record.aliases()
			.stream()
			.filter((alias) -> alias.language().equals(this.language.code()))
			.filter((alias) -> !nameKey.contains(TextFolding.nameKey(alias.text())))
			.findFirst()
			.map((alias) -> escape(record.name())
					+ (record.name().endsWith(")") ? " — " + escape(alias.text()) : " (" + escape(alias.text()) + ")"))
			.orElse(escape(record.name()));
	}

}
