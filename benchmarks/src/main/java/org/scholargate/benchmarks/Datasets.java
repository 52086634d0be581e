package org.scholargate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.scholargate.catalog.Alias;
import org.scholargate.catalog.BenchmarkCatalogs;
import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.CatalogLoader;
import org.scholargate.catalog.MethodRecord;
import org.scholargate.catalog.RecordStatus;
import org.scholargate.catalog.SourceReference;
import org.scholargate.catalog.Vocabulary;

/**
 * The catalogs the benchmarks run on: the bundled one, the Papers with Code methods (read
 * at run time, never bundled) and synthetic catalogs of a given size.
 */
public final class Datasets {

	/**
	 * Where the Papers with Code methods are read from unless {@code pwc.methods} says
	 * otherwise.
	 */
	static final String PWC_DEFAULT = "/work/shared/reference-data/pwc-methods-2022/methods.json";

	private static final String[] SYLLABLES = { "ka", "lo", "ven", "tri", "mor", "sa", "pex", "dun", "ri", "zo", "nal",
			"ber", "quo", "tem", "vis", "gra", "hel", "fy", "mo", "cen", "dra", "lux", "pri", "sto" };

	private static final String[] KINDS = { "network", "sampler", "estimator", "transformer", "search", "regression",
			"clustering", "attention", "optimizer", "test" };

	private Datasets() {
	}

	/**
	 * Returns the catalog named {@code bundled}, {@code pwc}, {@code 10k} or {@code 100k}
	 * (any number followed by {@code k}).
	 */
	public static Catalog load(String name) {
		Catalog bundled = new CatalogLoader().loadBundled();
		if (name.equals("bundled")) {
			return bundled;
		}
		List<MethodRecord> records = new ArrayList<>(bundled.records());
		records.addAll(pwc(bundled.vocabulary(), ids(records)));
		if (name.equals("pwc")) {
			return BenchmarkCatalogs.of(records, "pwc");
		}
		int size = Integer.parseInt(name.toLowerCase(Locale.ROOT).replace("k", "")) * 1000;
		Random random = new Random(42);
		Set<String> ids = ids(records);
		List<Vocabulary.Term> domains = List.copyOf(bundled.vocabulary().domains());
		while (records.size() < size) {
			MethodRecord record = synthetic(random, domains);
			if (ids.add(record.id())) {
				records.add(record);
			}
		}
		return BenchmarkCatalogs.of(records, name);
	}

	private static Set<String> ids(List<MethodRecord> records) {
		Set<String> ids = new HashSet<>();
		records.forEach((record) -> ids.add(record.id()));
		return ids;
	}

	/**
	 * Maps each Papers with Code method to a record; fields the data lacks (authors,
	 * venue, domain) are made up but valid.
	 */
	static List<MethodRecord> pwc(Vocabulary vocabulary, Set<String> taken) {
		Path path = Path.of(System.getProperty("pwc.methods", PWC_DEFAULT));
		JsonNode root;
		try {
			root = JsonMapper.builder().build().readTree(Files.readString(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Papers with Code methods at " + path
					+ "; set -Dpwc.methods=<path to methods.json>", ex);
		}
		List<Vocabulary.Term> domains = List.copyOf(vocabulary.domains());
		Map<String, MethodRecord> records = new LinkedHashMap<>();
		int n = 0;
		for (JsonNode method : root) {
			String slug = slug(method.path("url").asString("").replaceAll(".*/method/", ""));
			if (slug.isEmpty() || taken.contains(slug) || records.containsKey(slug)) {
				continue;
			}
			records.put(slug, pwcRecord(slug, method, domains.get(n++ % domains.size())));
		}
		return new ArrayList<>(records.values());
	}

	private static MethodRecord pwcRecord(String slug, JsonNode method, Vocabulary.Term domain) {
		String shortName = method.path("name").asString(slug);
		String fullName = method.path("full_name").asString("");
		String name = fullName.isBlank() ? shortName : fullName;
		List<Alias> aliases = shortName.equals(name) ? List.of() : List.of(new Alias(shortName, "en"));
		int year = method.path("introduced_year").asInt(0);
		year = (year < 1900 || year > 2022) ? 2015 : year;
		String title = method.path("paper").path("title").asString("");
		title = title.isBlank() ? name : title;
		String description = method.path("description").asString("").replaceAll("[*\\r\\n]+", " ").strip();
		String summary = description.isBlank() ? name + " is a method listed by Papers with Code." : description;
		String type = method.path("collections").path(0).path("collection").asString("Method");
		String url = "https://paperswithcode.com/method/" + slug;
		SourceReference source = new SourceReference("Author, A. et al.", year, title, "Papers with Code", url);
		return new MethodRecord(slug, name, aliases, domain.value(), domain.family(), year, null, "Author, A. et al.",
				type, source, List.of(), List.of(), summary, Map.of(), "v1", RecordStatus.PUBLISHED);
	}

	private static MethodRecord synthetic(Random random, List<Vocabulary.Term> domains) {
		String word = word(random);
		String kind = KINDS[random.nextInt(KINDS.length)];
		String name = capitalize(word) + " " + kind;
		String acronym = (word.substring(0, 2) + kind.charAt(0)).toUpperCase(Locale.ROOT) + random.nextInt(100);
		int year = 1950 + random.nextInt(73);
		Vocabulary.Term domain = domains.get(random.nextInt(domains.size()));
		String author = capitalize(word(random)) + ", " + (char) ('A' + random.nextInt(26)) + ".";
		String summary = name + " is a " + kind + " for " + domain.value().toLowerCase(Locale.ROOT) + " that "
				+ word(random) + "s the " + word(random) + " of each " + word(random) + " before a " + word(random)
				+ " step. " + author + " introduced it to reduce the cost of " + word(random)
				+ " models on large data.";
		SourceReference source = new SourceReference(author, year, "On " + name, "Journal of " + capitalize(kind),
				"https://example.org/" + slug(name));
		return new MethodRecord(slug(name), name, List.of(new Alias(acronym, "en")), domain.value(), domain.family(),
				year, null, author, capitalize(kind), source, List.of(), List.of(), summary, Map.of(), "v1",
				RecordStatus.PUBLISHED);
	}

	private static String word(Random random) {
		StringBuilder word = new StringBuilder();
		int syllables = 2 + random.nextInt(3);
		for (int i = 0; i < syllables; i++) {
			word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
		}
		return word.toString();
	}

	private static String capitalize(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String slug(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
