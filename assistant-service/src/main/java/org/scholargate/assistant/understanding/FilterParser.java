package org.scholargate.assistant.understanding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.scholargate.catalog.Language;
import org.scholargate.catalog.TextFolding;
import org.scholargate.catalog.Vocabulary;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.EntityLinker;
import org.scholargate.catalog.search.MethodQuery;

/**
 * Reads search filters from a question: a domain or family, a period, an author and a
 * kind of method. An author or kind is kept only when some catalog record matches it, so
 * ordinary words are not mistaken for filters.
 */
final class FilterParser {

	private static final String YEAR = "(1[5-9]\\d\\d|20\\d\\d)";

	private static final Pattern BETWEEN = Pattern.compile("\\b(?:between|from|entre|de)\\s+" + YEAR
			+ "\\s+(?:and|to|et|a)\\s+" + YEAR + "|" + YEAR + "\\s*(?:-|ile|ve)\\s*" + YEAR + "\\s+arasinda");

	private static final Pattern BEFORE = Pattern.compile("\\b(?:before|prior to|earlier than|avant|older than)\\s+"
			+ YEAR + "|" + YEAR + "\\s*'?\\s*(?:den|dan|ten|tan)\\s+(?:once|eski)|" + YEAR
			+ "\\s*(?:'?\\s*(?:den|dan|ten|tan))?\\s+oncesi\\w*");

	private static final Pattern UNTIL = Pattern
		.compile("\\b(?:until|up to|through|jusqu'en|jusqu'a|au plus tard en)\\s+" + YEAR + "|" + YEAR
				+ "\\s*'?\\s*(?:e|a|ye|ya)\\s+kadar");

	private static final Pattern AFTER = Pattern.compile("\\b(?:after|later than|newer than|apres)\\s+" + YEAR + "|"
			+ YEAR + "\\s*(?:'?\\s*(?:den|dan|ten|tan))?\\s+sonra\\w*");

	private static final Pattern SINCE = Pattern.compile("\\b(?:since|depuis|a partir de|des|onwards from)\\s+" + YEAR
			+ "|" + YEAR + "\\s+(?:and later|or later|onwards|et apres)|" + YEAR
			+ "\\s*'?\\s*(?:den|dan|ten|tan)\\s+(?:beri|itibaren)");

	private static final Pattern DECADE = Pattern.compile("\\b(1[5-9]\\d|20\\d)0'?s\\b"
			+ "|\\b(?:les|des) annees (1[5-9]\\d|20\\d)0\\b|\\b(1[5-9]\\d|20\\d)0\\s*'?\\s*(?:li|lu|lar|ler)\\b");

	private static final Pattern SHORT_DECADE = Pattern.compile("(?<![\\d-])'?(\\d)0'?s\\b"
			+ "|\\b(?:les|des) annees (\\d)0\\b|(?<![\\d-])(\\d)0\\s*'?\\s*(?:li|lu|lar|ler)\\b");

	private static final Pattern IN_YEAR = Pattern.compile("\\b(?:in|en|during|pendant|from|of|de)\\s+" + YEAR + "\\b|"
			+ YEAR + "\\s*'?\\s*(?:de|da|te|ta)\\b|" + YEAR + "\\s+yilinda");

	private static final Pattern CAPITALIZED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}-]+(['’]\\p{L}+)?");

	/**
	 * Vocabulary labels that are also the plain word for "algorithms" and so name a
	 * domain only on their own.
	 */
	private static final Set<String> GENERIC_LABELS = Set.of("algorithms", "algorithmes", "algoritmalar", "algorithm");

	private static final Pattern TYPE_BEFORE = Pattern
		.compile("\\b([a-z][a-z-]{3,})\\s+(?:methods|algorithms|techniques|tests|models"
				+ "|yontemleri|algoritmalari|teknikleri)\\b");

	private static final Pattern TYPE_AFTER = Pattern
		.compile("\\b(?:methodes|algorithmes|techniques|tests|modeles)\\s+(?:de |d')?([a-z][a-z-]{3,})\\b");

	private static final Map<String, String> SYNONYMS = synonyms();

	private final CatalogIndex index;

	private final EntityLinker linker;

	private final Vocabulary vocabulary;

	FilterParser(CatalogIndex index, EntityLinker linker) {
		this.index = index;
		this.linker = linker;
		this.vocabulary = index.catalog().vocabulary();
	}

	private static Map<String, String> synonyms() {
		Map<String, String> synonyms = new LinkedHashMap<>();
		synonyms.put("statistical", "Statistics");
		synonyms.put("stats", "Statistics");
		synonyms.put("istatistiksel", "Statistics");
		synonyms.put("nlp", "Natural language processing");
		synonyms.put("language processing", "Natural language processing");
		synonyms.put("rl", "Reinforcement learning");
		synonyms.put("computer vision", "Computer vision");
		synonyms.put("ml", "Machine learning");
		synonyms.put("causal", "Causal inference");
		synonyms.put("graph", "Graph learning");
		synonyms.put("graphs", "Graph learning");
		synonyms.put("research methods", "Research methods");
		synonyms.put("qualitative", "Research methodology");
		synonyms.put("biology", "Life sciences");
		synonyms.put("biologie", "Life sciences");
		synonyms.put("optimisation", "Optimization");
		synonyms.put("numerical", "Numerical methods");
		synonyms.put("biyoinformatik", "Bioinformatics");
		synonyms.put("bioinformatique", "Bioinformatics");
		synonyms.put("biologie moleculaire", "Molecular biology");
		synonyms.put("traitement du langage", "Natural language processing");
		synonyms.put("langage naturel", "Natural language processing");
		synonyms.put("dogal dil", "Natural language processing");
		synonyms.put("causal inference", "Causal inference");
		synonyms.put("inference causale", "Causal inference");
		synonyms.put("statistique", "Statistics");
		synonyms.put("statistiques", "Statistics");
		synonyms.put("istatistik", "Statistics");
		return synonyms;
	}

	SearchFilter parse(String message) {
		String folded = TextFolding.fold(message);
		Vocabulary.Term term = vocabularyTerm(folded);
		Set<String> domains = (term == null) ? Set.of() : domainsOf(term);
		Integer[] years = years(folded);
		String author = author(message);
		String type = type(folded, term);
		if (type == null && domains.isEmpty() && author == null && years[0] == null && years[1] == null) {
			type = typeFromWords(folded);
		}
		return new SearchFilter(domains, (term != null) ? term.value() : null, term != null && !term.isDomain(),
				years[0], years[1], author, type, null);
	}

	private Vocabulary.Term vocabularyTerm(String folded) {
		Vocabulary.Term best = null;
		int bestLength = 0;
		for (Vocabulary.Term term : allTerms()) {
			for (String label : labels(term)) {
				if (label.length() > bestLength && containsPhrase(folded, label) && standsAlone(folded, label)) {
					best = preferFamily(term);
					bestLength = label.length();
				}
			}
		}
		for (Map.Entry<String, String> synonym : SYNONYMS.entrySet()) {
			if (synonym.getKey().length() > bestLength && containsPhrase(folded, synonym.getKey())) {
				best = preferFamily(termOf(synonym.getValue()));
				bestLength = synonym.getKey().length();
			}
		}
		return best;
	}

	private List<Vocabulary.Term> allTerms() {
		List<Vocabulary.Term> terms = new ArrayList<>(this.vocabulary.domains());
		terms.addAll(this.vocabulary.families());
		return terms;
	}

	private Vocabulary.Term termOf(String value) {
		return this.vocabulary.domain(value).orElseGet(() -> this.vocabulary.family(value).orElseThrow());
	}

	/**
	 * Returns the family of the same name when a domain and a family share a label
	 * ("Statistics", "Machine learning"), because a user naming it means the wider set.
	 */
	private Vocabulary.Term preferFamily(Vocabulary.Term term) {
		return term.isDomain() ? this.vocabulary.family(term.value()).orElse(term) : term;
	}

	private static List<String> labels(Vocabulary.Term term) {
		List<String> labels = new ArrayList<>();
		labels.add(TextFolding.fold(term.value()));
		for (Language language : Language.values()) {
			labels.add(TextFolding.fold(term.label(language)));
		}
		return labels;
	}

	/**
	 * Returns whether a label that is also a plain word ("algorithms") is used as a
	 * domain rather than as the head of a phrase such as "clustering algorithms": only a
	 * question word or nothing may come before it.
	 */
	private boolean standsAlone(String folded, String label) {
		if (!GENERIC_LABELS.contains(label)) {
			return true;
		}
		Matcher matcher = Pattern.compile("([\\p{L}\\p{N}'-]+)\\s+" + Pattern.quote(label)).matcher(folded);
		while (matcher.find()) {
			List<String> tokens = this.linker.tokens(matcher.group(1));
			if (!tokens.isEmpty() && !this.linker.isStopword(tokens.get(tokens.size() - 1))) {
				return false;
			}
		}
		return true;
	}

	private static boolean containsPhrase(String folded, String phrase) {
		String words = Pattern.quote(phrase).replace(" ", "\\E[\\s-]+\\Q");
		return Pattern.compile("\\b" + words + "(s|es|e)?\\b").matcher(folded).find();
	}

	private Set<String> domainsOf(Vocabulary.Term term) {
		if (term.isDomain()) {
			return Set.of(term.value());
		}
		return this.vocabulary.domains()
			.stream()
			.filter((domain) -> domain.family().equals(term.value()))
			.map(Vocabulary.Term::value)
			.collect(Collectors.toSet());
	}

	private static Integer[] years(String folded) {
		Matcher matcher = BETWEEN.matcher(folded);
		if (matcher.find()) {
			int first = Integer.parseInt(firstGroup(matcher, 1, 3));
			int second = Integer.parseInt(firstGroup(matcher, 2, 4));
			return new Integer[] { Math.min(first, second), Math.max(first, second) };
		}
		Integer to = yearOf(BEFORE, folded, -1);
		to = (to != null) ? to : yearOf(UNTIL, folded, 0);
		Integer from = yearOf(AFTER, folded, 1);
		from = (from != null) ? from : yearOf(SINCE, folded, 0);
		if (from == null && to == null) {
			matcher = DECADE.matcher(folded);
			if (matcher.find()) {
				int decade = Integer.parseInt(firstGroup(matcher, 1, 2, 3)) * 10;
				return new Integer[] { decade, decade + 9 };
			}
			matcher = SHORT_DECADE.matcher(folded);
			if (matcher.find()) {
				int digit = Integer.parseInt(firstGroup(matcher, 1, 2, 3));
				int decade = ((digit >= 3) ? 1900 : 2000) + digit * 10;
				return new Integer[] { decade, decade + 9 };
			}
			Integer exact = yearOf(IN_YEAR, folded, 0);
			return new Integer[] { exact, exact };
		}
		return new Integer[] { from, to };
	}

	private static Integer yearOf(Pattern pattern, String folded, int shift) {
		Matcher matcher = pattern.matcher(folded);
		if (!matcher.find()) {
			return null;
		}
		return Integer.parseInt(firstGroup(matcher, 1, 2, 3)) + shift;
	}

	private static String firstGroup(Matcher matcher, int... groups) {
		for (int group : groups) {
			if (group <= matcher.groupCount() && matcher.group(group) != null) {
				return matcher.group(group);
			}
		}
		throw new IllegalStateException("No group matched in " + matcher.pattern());
	}

	/**
	 * Returns the first capitalized word that is the surname of an author of some record,
	 * with a possessive or Turkish case suffix removed ("Bengio's", "Hinton'ın").
	 */
	private String author(String message) {
		Matcher matcher = CAPITALIZED.matcher(message);
		int previousEnd = -2;
		while (matcher.find()) {
			String name = matcher.group().replaceAll("['’].*$", "");
			boolean afterGivenName = matcher.start() == previousEnd + 1;
			previousEnd = matcher.end();
			if ((name.length() >= 3 || (name.length() == 2 && afterGivenName))
					&& matches(new MethodQuery(null, Set.of(), null, null, name, null, null, null))) {
				return name;
			}
		}
		return null;
	}

	private String type(String folded, Vocabulary.Term term) {
		Set<String> vocabularyWords = (term == null) ? Set.of()
				: labels(term).stream()
					.flatMap((label) -> this.linker.tokens(label).stream())
					.collect(Collectors.toSet());
		for (Pattern pattern : List.of(TYPE_BEFORE, TYPE_AFTER)) {
			Matcher matcher = pattern.matcher(folded);
			while (matcher.find()) {
				String word = matcher.group(1);
				List<String> wordTokens = this.linker.tokens(word);
				boolean vocabularyWord = wordTokens.stream().anyMatch(vocabularyWords::contains);
				boolean testsOfVocabulary = (vocabularyWord || SYNONYMS.containsKey(word))
						&& matcher.group().endsWith(" tests");
				if (testsOfVocabulary) {
					return "test";
				}
				if (!vocabularyWord && !SYNONYMS.containsKey(word)
						&& !wordTokens.stream().allMatch(this.linker::isStopword)
						&& matches(new MethodQuery(null, Set.of(), null, null, null, word, null, null))) {
					return word;
				}
			}
		}
		return null;
	}

	/**
	 * Returns the content words of a list question ("Which object detectors are in the
	 * catalog?") when every one of them appears in the type of some record, as a type
	 * filter.
	 */
	private String typeFromWords(String folded) {
		List<String> words = this.linker.tokens(folded)
			.stream()
			.filter((token) -> !this.linker.isStopword(token))
			.filter((token) -> !token.matches("\\d+"))
			.toList();
		if (words.isEmpty() || words.size() > 3) {
			return null;
		}
		String type = String.join(" ", words);
		return matches(new MethodQuery(null, Set.of(), null, null, null, type, null, null)) ? type : null;
	}

	private boolean matches(MethodQuery query) {
		return this.index.search(query, 1, 0).total() > 0;
	}

}
