package org.scholargate.catalog.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scholargate.catalog.Language;
import org.scholargate.catalog.Vocabulary;

/**
 * Finds the catalog methods a message names or describes. Names and aliases are matched
 * after folding case, accents and dashes, then without spaces ("tsne"), then within a
 * small edit distance that keeps the length. A catalog name that the message qualifies
 * with a capitalized word or a version number ("Fast R-CNN", "GPT-4") names another
 * method, so it is reported as unknown rather than matched. A deliberately cased word
 * ("ResNeXt") is never read as a typo of a catalog name. A message that names nothing is
 * matched against the records' descriptions, and a method is taken only when one record
 * clearly wins.
 */
public final class EntityLinker {

	/**
	 * Tokens of a message that are linked; the rest of a very long message is ignored.
	 */
	static final int MAX_TOKENS = 256;

	private static final Pattern SURNAME_PAIR = Pattern
		.compile("(\\p{Lu}\\p{L}+)\\s+(?:and|et|ve|&|und)\\s+(\\p{Lu}\\p{L}+)");

	private static final int MAX_SPAN = 8;

	private static final int MAX_COMPACT_SPAN = 3;

	private static final int MIN_COMPACT_LETTERS = 4;

	private static final int MAX_FUZZY_SPAN = 3;

	private static final int MIN_FUZZY_LETTERS = 5;

	private static final int MIN_TWO_EDIT_LETTERS = 10;

	private static final int MAX_FUZZY_CANDIDATES = 48;

	private static final int MAX_SUGGESTIONS = 3;

	private static final int MAX_SUGGESTION_LOOKUPS = 8;

	/**
	 * Lower-case words that a name may carry after its capitalized words ("Bayesian
	 * optimization").
	 */
	private static final int MAX_TRAILING_WORDS = 2;

	private static final int MIN_STEM_LETTERS = 3;

	private static final Set<String> VARIANT_WORDS = Set.of("large", "base", "small", "tiny", "mini", "medium", "xl",
			"xxl", "lite", "plus", "pro", "turbo", "ultra", "nano", "huge", "giant");

	/** Turkish case and plural suffixes, folded (ı as i, ü as u), longest first. */
	private static final List<String> TURKISH_SUFFIXES = List.of("nin", "nun", "den", "dan", "ten", "tan", "yle", "yla",
			"ler", "lar", "yi", "yu", "ya", "ye", "ni", "nu", "in", "un", "de", "da", "te", "ta", "le", "la", "i", "u",
			"a", "e");

	private final CatalogIndex index;

	private final FoldingAnalyzer analyzer;

	private final Set<String> stopwords;

	private final DescriptionMatcher descriptions;

	private final Set<String> vocabularyKeys;

	public EntityLinker(CatalogIndex index) {
		this.index = index;
		this.analyzer = index.analyzer();
		this.stopwords = LinkingStopwords.build(this.analyzer);
		this.descriptions = new DescriptionMatcher(index);
		this.vocabularyKeys = vocabularyKeys(index.catalog().vocabulary(), this.analyzer);
	}

	/**
	 * Returns the keys of every domain and family label, which are never fuzzy-matched to
	 * a method ("deep learning" is a domain, not a misspelled "deep Q-learning").
	 */
	private static Set<String> vocabularyKeys(Vocabulary vocabulary, FoldingAnalyzer analyzer) {
		Set<String> keys = new HashSet<>();
		List<Vocabulary.Term> terms = new ArrayList<>(vocabulary.domains());
		terms.addAll(vocabulary.families());
		for (Vocabulary.Term term : terms) {
			for (Language language : Language.values()) {
				keys.add(analyzer.key(term.label(language)));
			}
		}
		return Set.copyOf(keys);
	}

	/**
	 * Returns the methods a message names, in the order it names them.
	 * @param text the message
	 * @param matchDescriptions whether to match the records' descriptions when the
	 * message names no method and uses no unknown name
	 */
	public LinkResult link(String text, boolean matchDescriptions) {
		text = joinEponyms(text);
		List<String> tokens = this.analyzer.tokens(text);
		tokens = tokens.subList(0, Math.min(tokens.size(), MAX_TOKENS));
		TokenCase tokenCase = TokenCase.of(text, tokens, this.analyzer);
		Pass pass = new Pass(tokens, tokenCase);
		exactPass(pass);
		fuzzyPass(pass);
		rejectQualifiedMentions(pass);
		pass.unknown.addAll(unknownProperNames(pass));
		List<String> content = contentTokens(pass);
		if (pass.mentions.isEmpty() && matchDescriptions && pass.unknown.isEmpty()) {
			DescriptionMatcher.Outcome outcome = this.descriptions.match(content);
			outcome.methodId().ifPresent((id) -> pass.mentions.add(new Mention(id, 0, 0, Mention.Kind.DESCRIPTION)));
			pass.suggestions.addAll(outcome.candidates());
		}
		if (pass.mentions.isEmpty() && pass.suggestions.isEmpty()) {
			pass.suggestions.addAll(suggest(content));
		}
		return new LinkResult(distinctInOrder(pass.mentions), distinct(pass.suggestions), content,
				List.copyOf(new LinkedHashSet<>(pass.unknown)));
	}

	/**
	 * Matches the records' descriptions for a message already linked without them,
	 * reusing that result.
	 * @return the earlier result when it has mentions or unknown names, otherwise one
	 * with the method the description matched, or with suggestions
	 */
	public LinkResult matchDescription(LinkResult linked) {
		if (!linked.mentions().isEmpty() || !linked.unknownNames().isEmpty()) {
			return linked;
		}
		DescriptionMatcher.Outcome outcome = this.descriptions.match(linked.contentTokens());
		List<Mention> mentions = outcome.methodId()
			.map((id) -> List.of(new Mention(id, 0, 0, Mention.Kind.DESCRIPTION)))
			.orElse(List.of());
		List<String> suggestions = outcome.candidates().isEmpty() ? linked.suggestions() : outcome.candidates();
		return new LinkResult(mentions, distinct(suggestions), linked.contentTokens(), linked.unknownNames());
	}

	/**
	 * Returns whether a token is a question or stop word that never names a method on its
	 * own.
	 */
	public boolean isStopword(String token) {
		return this.stopwords.contains(token);
	}

	/**
	 * Returns the tokens of a text as the linker sees them.
	 */
	public List<String> tokens(String text) {
		return this.analyzer.tokens(text);
	}

	private void exactPass(Pass pass) {
		List<String> tokens = pass.tokens;
		for (int length = Math.min(MAX_SPAN, tokens.size()); length >= 1; length--) {
			for (int start = 0; start + length <= tokens.size(); start++) {
				if (pass.isCovered(start, length) || allStopwords(tokens, start, length)) {
					continue;
				}
				List<String> span = tokens.subList(start, start + length);
				List<String> ids = lookUp(span);
				if (!ids.isEmpty()) {
					pass.cover(start, length);
					pass.mentions.add(new Mention(ids.get(0), start, length, Mention.Kind.EXACT));
				}
			}
		}
	}

	/**
	 * Rewrites "Kaplan and Meier" as "Kaplan–Meier" when the pair names a catalog method,
	 * so that a method known by two surnames is found however the surnames are joined.
	 */
	private String joinEponyms(String text) {
		Matcher matcher = SURNAME_PAIR.matcher(text);
		StringBuilder joined = new StringBuilder();
		while (matcher.find()) {
			String pair = matcher.group(1) + " " + matcher.group(2);
			boolean names = !this.index.exactSurface(this.analyzer.key(pair)).isEmpty();
			matcher.appendReplacement(joined,
					Matcher.quoteReplacement(names ? matcher.group(1) + "–" + matcher.group(2) : matcher.group()));
		}
		matcher.appendTail(joined);
		return joined.toString();
	}

	/**
	 * Looks a span up as written, without spaces, and without a Turkish suffix, skipping
	 * lookups that cannot match.
	 */
	private List<String> lookUp(List<String> span) {
		boolean allKnown = span.stream().allMatch(this.index::isSurfaceToken);
		List<String> ids = allKnown ? this.index.exactSurface(String.join(" ", span)) : List.of();
		String compact = String.join("", span);
		if (ids.isEmpty() && span.size() <= MAX_COMPACT_SPAN && compact.length() >= MIN_COMPACT_LETTERS
				&& this.index.isCompactKey(compact)) {
			ids = this.index.compactSurface(compact);
		}
		if (ids.isEmpty() && span.subList(0, span.size() - 1).stream().allMatch(this.index::isSurfaceToken)) {
			ids = withoutTurkishSuffix(span);
		}
		return ids;
	}

	/**
	 * Looks a span up again without a Turkish case suffix written straight onto its last
	 * word, as in "bilgi damıtmayı" or "LSTM'i" typed without the apostrophe.
	 */
	private List<String> withoutTurkishSuffix(List<String> span) {
		String last = span.get(span.size() - 1);
		for (String suffix : TURKISH_SUFFIXES) {
			if (last.length() - suffix.length() >= MIN_STEM_LETTERS && last.endsWith(suffix)) {
				List<String> stemmed = new ArrayList<>(span.subList(0, span.size() - 1));
				String stem = last.substring(0, last.length() - suffix.length());
				if (!this.index.isSurfaceToken(stem)) {
					continue;
				}
				stemmed.add(stem);
				List<String> ids = this.index.exactSurface(String.join(" ", stemmed));
				if (!ids.isEmpty()) {
					return ids;
				}
			}
		}
		return List.of();
	}

	private void fuzzyPass(Pass pass) {
		List<String> tokens = pass.tokens;
		int lookups = 0;
		for (int length = Math.min(MAX_FUZZY_SPAN, tokens.size()); length >= 1; length--) {
			for (int start = 0; start + length <= tokens.size() && lookups < MAX_FUZZY_CANDIDATES; start++) {
				if (pass.isCovered(start, length) || !fuzzyCandidate(tokens, start, length)
						|| pass.isMixedCase(start, length)) {
					continue;
				}
				lookups++;
				String key = String.join(" ", tokens.subList(start, start + length));
				if (this.vocabularyKeys.contains(key)) {
					continue;
				}
				int maxEdits = (key.length() >= MIN_TWO_EDIT_LETTERS) ? 2 : 1;
				List<CatalogIndex.SurfaceMatch> matches = this.index.fuzzySurface(key, maxEdits)
					.stream()
					.filter((match) -> Math.abs(match.surfaceKey().length() - key.length()) <= 1)
					.toList();
				if (matches.isEmpty()) {
					continue;
				}
				CatalogIndex.SurfaceMatch best = matches.get(0);
				List<String> tied = matches.stream()
					.filter((match) -> match.edits() == best.edits())
					.map(CatalogIndex.SurfaceMatch::id)
					.distinct()
					.toList();
				if (tied.size() > 1) {
					pass.suggestions.addAll(tied);
					continue;
				}
				pass.cover(start, length);
				pass.mentions.add(new Mention(best.id(), start, length, Mention.Kind.FUZZY));
			}
		}
	}

	private boolean fuzzyCandidate(List<String> tokens, int start, int length) {
		if (isStopword(tokens.get(start)) || isStopword(tokens.get(start + length - 1))) {
			return false;
		}
		int letters = 0;
		for (String token : tokens.subList(start, start + length)) {
			letters += token.length();
		}
		return letters >= MIN_FUZZY_LETTERS;
	}

	/**
	 * Drops mentions that the message qualifies: a capitalized word right before ("Fast
	 * R-CNN") or a small number right after ("GPT-4") names a method the catalog does not
	 * hold. The method becomes a suggestion.
	 */
	private void rejectQualifiedMentions(Pass pass) {
		List<Mention> kept = new ArrayList<>();
		for (Mention mention : pass.mentions) {
			int before = mention.start() - 1;
			int after = mention.start() + mention.length();
			boolean qualifiedBefore = before >= 0 && !pass.covered[before] && !isStopword(pass.tokens.get(before))
					&& pass.tokenCase.isNameWord(before) && !pass.tokenCase.startsSentence(before);
			boolean versioned = after < pass.tokens.size() && isVariant(pass.tokens.get(after))
					&& !pass.tokens.get(after - 1).matches(".*\\d");
			if (qualifiedBefore || versioned) {
				int from = qualifiedBefore ? before : mention.start();
				int to = versioned ? after + 1 : after;
				pass.unknown.add(String.join(" ", pass.tokens.subList(from, to)));
				pass.suggestions.add(mention.methodId());
				for (int i = mention.start(); i < after; i++) {
					pass.covered[i] = false;
				}
			}
			else {
				kept.add(mention);
			}
		}
		pass.mentions.clear();
		pass.mentions.addAll(kept);
		markCovered(pass);
	}

	private static void markCovered(Pass pass) {
		for (Mention mention : pass.mentions) {
			pass.cover(mention.start(), mention.length());
		}
	}

	/**
	 * Returns runs of capitalized words that are not at the start of a sentence, not
	 * question words and not part of a mention: names the catalog does not hold, such as
	 * "Froobnicator" or "Hough".
	 */
	private List<String> unknownProperNames(Pass pass) {
		List<String> names = new ArrayList<>();
		List<String> run = new ArrayList<>();
		int trailing = 0;
		for (int i = 0; i <= pass.tokens.size(); i++) {
			boolean unknownName = i < pass.tokens.size() && !pass.covered[i] && !isStopword(pass.tokens.get(i))
					&& pass.tokenCase.isNameWord(i) && !pass.tokenCase.startsSentence(i);
			boolean trailingWord = !run.isEmpty() && trailing < MAX_TRAILING_WORDS && i < pass.tokens.size()
					&& !pass.covered[i] && !isStopword(pass.tokens.get(i)) && !pass.tokenCase.isNameWord(i);
			if (unknownName || trailingWord) {
				run.add(pass.tokens.get(i));
				trailing = unknownName ? 0 : trailing + 1;
			}
			else if (!run.isEmpty()) {
				names.add(String.join(" ", run));
				run.clear();
				trailing = 0;
			}
		}
		return names;
	}

	private List<String> suggest(List<String> content) {
		List<CatalogIndex.SurfaceMatch> close = new ArrayList<>();
		List<String> longest = content.stream()
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.limit(MAX_SUGGESTION_LOOKUPS)
			.toList();
		for (String token : longest) {
			if (token.length() >= 4) {
				close.addAll(this.index.fuzzySurface(token, 2));
			}
		}
		close.sort(Comparator.comparingInt(CatalogIndex.SurfaceMatch::edits));
		Set<String> ids = new LinkedHashSet<>();
		close.forEach((match) -> ids.add(match.id()));
		this.index.rank(content, MAX_SUGGESTIONS).forEach((scored) -> ids.add(scored.id()));
		return ids.stream().limit(MAX_SUGGESTIONS).toList();
	}

	private List<String> contentTokens(Pass pass) {
		List<String> content = new ArrayList<>();
		for (int i = 0; i < pass.tokens.size(); i++) {
			if (!pass.covered[i] && !isStopword(pass.tokens.get(i))) {
				content.add(pass.tokens.get(i));
			}
		}
		return content;
	}

	private boolean allStopwords(List<String> tokens, int start, int length) {
		return tokens.subList(start, start + length).stream().allMatch(this::isStopword);
	}

	/**
	 * Returns whether a token right after a method name makes it a version or size
	 * variant: a number that is not a year ("GPT 4", "ResNet-152", "XGBoost 2.0") or a
	 * variant word ("BERT-large", "Stable Diffusion XL").
	 */
	private static boolean isVariant(String token) {
		if (token.matches("\\d+(\\.\\d+)*")) {
			return !token.matches("1[5-9]\\d\\d|20\\d\\d");
		}
		return VARIANT_WORDS.contains(token) || token.matches("v\\d+(\\.\\d+)*");
	}

	private static List<Mention> distinctInOrder(List<Mention> mentions) {
		List<Mention> ordered = new ArrayList<>(mentions);
		ordered.sort(Comparator.comparingInt(Mention::start));
		Set<String> seen = new LinkedHashSet<>();
		return ordered.stream().filter((mention) -> seen.add(mention.methodId())).toList();
	}

	private static List<String> distinct(List<String> ids) {
		return List.copyOf(new LinkedHashSet<>(ids)).stream().limit(MAX_SUGGESTIONS).toList();
	}

	/**
	 * The state of one linking run over a message's tokens.
	 */
	private static final class Pass {

		private final List<String> tokens;

		private final TokenCase tokenCase;

		private final boolean[] covered;

		private final List<Mention> mentions = new ArrayList<>();

		private final List<String> suggestions = new ArrayList<>();

		private final List<String> unknown = new ArrayList<>();

		private Pass(List<String> tokens, TokenCase tokenCase) {
			this.tokens = tokens;
			this.tokenCase = tokenCase;
			this.covered = new boolean[tokens.size()];
		}

		private boolean isCovered(int start, int length) {
			for (int i = start; i < start + length; i++) {
				if (this.covered[i]) {
					return true;
				}
			}
			return false;
		}

		private boolean isMixedCase(int start, int length) {
			for (int i = start; i < start + length; i++) {
				if (this.tokenCase.isMixedCase(i)) {
					return true;
				}
			}
			return false;
		}

		private void cover(int start, int length) {
			for (int i = start; i < start + length; i++) {
				this.covered[i] = true;
			}
		}

	}

}
