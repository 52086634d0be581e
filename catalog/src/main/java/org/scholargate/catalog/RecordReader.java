package org.scholargate.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Reads one record file's JSON tree into a {@link MethodRecord}, collecting a problem for
 * every invalid field instead of stopping at the first.
 */
final class RecordReader {

	static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final int MIN_YEAR = 1600;

	private static final Pattern VERSION_PATTERN = Pattern.compile("v[1-9][0-9]*");

	private static final Pattern LANGUAGE_PATTERN = Pattern.compile("[a-z]{2}");

	private static final Set<String> FIELDS = Set.of("id", "name", "aliases", "domain", "family", "yearOfOrigin",
			"yearNote", "originalAuthors", "type", "foundingSource", "furtherSources", "related", "summary",
			"translations", "version", "status");

	private static final Set<String> SOURCE_FIELDS = Set.of("authors", "year", "title", "venue", "url");

	private static final Set<String> ALIAS_FIELDS = Set.of("text", "language");

	private static final Set<String> TRANSLATION_FIELDS = Set.of("summary", "type");

	private final String file;

	private final Vocabulary vocabulary;

	private final List<CatalogValidationException.Problem> problems = new ArrayList<>();

	RecordReader(String file, Vocabulary vocabulary) {
		this.file = file;
		this.vocabulary = vocabulary;
	}

	List<CatalogValidationException.Problem> problems() {
		return this.problems;
	}

	/**
	 * Returns the record, or {@code null} when a field is invalid; {@link #problems()}
	 * then says which.
	 */
	MethodRecord read(JsonNode root) {
		if (!root.isObject()) {
			problem("(root)", "is not a JSON object", "write the record as one JSON object");
			return null;
		}
		rejectUnknown(root, FIELDS, "");
		String id = readId(root);
		String name = requiredText(root, "name");
		String domain = requiredText(root, "domain");
		String family = requiredText(root, "family");
		checkVocabulary(domain, family);
		int year = readYear(root.path("yearOfOrigin"), "yearOfOrigin");
		SourceReference founding = readSource(root.get("foundingSource"), "foundingSource");
		List<SourceReference> further = readSources(root.get("furtherSources"));
		MethodRecord record = new MethodRecord(id, name, readAliases(root.get("aliases")), domain, family, year,
				optionalText(root, "yearNote"), requiredText(root, "originalAuthors"), requiredText(root, "type"),
				founding, further, readIds(root.get("related")), requiredText(root, "summary"),
				readTranslations(root.get("translations")), readVersion(root), readStatus(root));
		return record;
	}

	private String readId(JsonNode root) {
		String id = requiredText(root, "id");
		if (id == null) {
			return null;
		}
		if (!ID_PATTERN.matcher(id).matches()) {
			problem("id", "value '" + id + "' is not a lower-case slug",
					"use lower-case ASCII letters, digits and single hyphens, such as 'kaplan-meier'");
		}
		String expectedFile = id + ".json";
		if (!this.file.endsWith("/" + expectedFile) && !this.file.equals(expectedFile)) {
			problem("id", "value '" + id + "' differs from the file name", "rename the file to '" + expectedFile + "'");
		}
		return id;
	}

	private void checkVocabulary(String domain, String family) {
		if (domain == null || family == null) {
			return;
		}
		var domainTerm = this.vocabulary.domain(domain);
		if (domainTerm.isEmpty()) {
			problem("domain", "value '" + domain + "' is not in the domain vocabulary",
					"use one of " + this.vocabulary.domains().stream().map(Vocabulary.Term::value).toList()
							+ " or add the domain to vocabulary.tsv");
			return;
		}
		if (this.vocabulary.family(family).isEmpty()) {
			problem("family", "value '" + family + "' is not in the family vocabulary",
					"use one of " + this.vocabulary.families().stream().map(Vocabulary.Term::value).toList());
		}
		else if (!domainTerm.get().family().equals(family)) {
			problem("family", "value '" + family + "' is not the family of domain '" + domain + "'",
					"use '" + domainTerm.get().family() + "'");
		}
	}

	private int readYear(JsonNode node, String field) {
		int currentYear = Year.now().getValue();
		if (node.isMissingNode() || node.isNull()) {
			problem(field, "is missing", "add the year as an integer");
			return 0;
		}
		if (!node.isInt()) {
			problem(field, "value '" + node + "' is not an integer", "write the year as a number, such as 2015");
			return 0;
		}
		int year = node.intValue();
		if (year < MIN_YEAR || year > currentYear) {
			problem(field, "value " + year + " is outside " + MIN_YEAR + " to " + currentYear,
					"use the year of the first public release");
		}
		return year;
	}

	private SourceReference readSource(JsonNode node, String field) {
		if (node == null || node.isNull()) {
			problem(field, "is missing", "add authors, year, title, venue and url");
			return null;
		}
		if (!node.isObject()) {
			problem(field, "is not an object", "write {\"authors\", \"year\", \"title\", \"venue\", \"url\"}");
			return null;
		}
		rejectUnknown(node, SOURCE_FIELDS, field + ".");
		String authors = requiredText(node, "authors", field + ".authors");
		int year = readYear(node.path("year"), field + ".year");
		String title = requiredText(node, "title", field + ".title");
		String venue = requiredText(node, "venue", field + ".venue");
		String url = requiredText(node, "url", field + ".url");
		checkUrl(url, field + ".url");
		return (authors != null && title != null && venue != null && url != null)
				? new SourceReference(authors, year, title, venue, url) : null;
	}

	private List<SourceReference> readSources(JsonNode node) {
		List<SourceReference> sources = new ArrayList<>();
		if (node == null || node.isNull()) {
			return sources;
		}
		if (!node.isArray()) {
			problem("furtherSources", "is not an array", "write a list of source objects");
			return sources;
		}
		for (int i = 0; i < node.size(); i++) {
			SourceReference source = readSource(node.get(i), "furtherSources[" + i + "]");
			if (source != null) {
				sources.add(source);
			}
		}
		return sources;
	}

	private void checkUrl(String url, String field) {
		if (url == null) {
			return;
		}
		try {
			URI uri = new URI(url);
			if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
				problem(field, "value '" + url + "' is not an absolute http(s) URL",
						"use an https link such as https://arxiv.org/abs/1503.02531 or https://doi.org/...");
			}
		}
		catch (URISyntaxException ex) {
			problem(field, "value '" + url + "' is not a valid URL (" + ex.getReason() + ")",
					"remove spaces and escape special characters");
		}
	}

	private List<Alias> readAliases(JsonNode node) {
		List<Alias> aliases = new ArrayList<>();
		if (node == null || node.isNull()) {
			return aliases;
		}
		if (!node.isArray()) {
			problem("aliases", "is not an array", "write a list of {\"text\", \"language\"} objects");
			return aliases;
		}
		for (int i = 0; i < node.size(); i++) {
			String field = "aliases[" + i + "]";
			if (!node.get(i).isObject()) {
				problem(field, "is not an object", "write {\"text\", \"language\"}");
				continue;
			}
			rejectUnknown(node.get(i), ALIAS_FIELDS, field + ".");
			String text = requiredText(node.get(i), "text", field + ".text");
			String language = requiredText(node.get(i), "language", field + ".language");
			if (language != null && !LANGUAGE_PATTERN.matcher(language).matches()) {
				problem(field + ".language", "value '" + language + "' is not an ISO 639-1 code",
						"use a two-letter lower-case code such as 'en', 'fr' or 'tr'");
			}
			if (text != null && language != null) {
				aliases.add(new Alias(text, language));
			}
		}
		return aliases;
	}

	private List<String> readIds(JsonNode node) {
		List<String> ids = new ArrayList<>();
		if (node == null || node.isNull()) {
			return ids;
		}
		if (!node.isArray()) {
			problem("related", "is not an array", "write a list of record ids");
			return ids;
		}
		node.values().forEach((value) -> {
			if (value.isString() && ID_PATTERN.matcher(value.stringValue()).matches()) {
				ids.add(value.stringValue());
			}
			else {
				problem("related", "value " + value + " is not a record id", "use the id of a catalog record");
			}
		});
		return ids;
	}

	private Map<String, Translation> readTranslations(JsonNode node) {
		Map<String, Translation> translations = new LinkedHashMap<>();
		if (node == null || node.isNull()) {
			return translations;
		}
		if (!node.isObject()) {
			problem("translations", "is not an object", "write {\"fr\": {\"summary\", \"type\"}}");
			return translations;
		}
		for (var entry : node.properties()) {
			String field = "translations." + entry.getKey();
			boolean known = Language.fromCode(entry.getKey()).filter((language) -> language != Language.EN).isPresent();
			if (!known) {
				problem(field, "names an unsupported language", "use 'fr' or 'tr'");
				continue;
			}
			if (!entry.getValue().isObject()) {
				problem(field, "is not an object", "write {\"summary\", \"type\"}");
				continue;
			}
			rejectUnknown(entry.getValue(), TRANSLATION_FIELDS, field + ".");
			String summary = requiredText(entry.getValue(), "summary", field + ".summary");
			String type = requiredText(entry.getValue(), "type", field + ".type");
			translations.put(entry.getKey(), new Translation(summary, type));
		}
		return translations;
	}

	private String readVersion(JsonNode root) {
		String version = requiredText(root, "version");
		if (version != null && !VERSION_PATTERN.matcher(version).matches()) {
			problem("version", "value '" + version + "' is not a version", "use 'v1', 'v2' and so on");
		}
		return version;
	}

	private RecordStatus readStatus(JsonNode root) {
		String status = requiredText(root, "status");
		for (RecordStatus candidate : RecordStatus.values()) {
			if (candidate.value().equals(status)) {
				return candidate;
			}
		}
		if (status != null) {
			problem("status", "value '" + status + "' is not a status", "use 'published' or 'draft'");
		}
		return null;
	}

	private void rejectUnknown(JsonNode node, Set<String> known, String prefix) {
		for (String name : node.propertyNames()) {
			if (!known.contains(name)) {
				problem(prefix + name, "is not a known field",
						"remove it or correct its spelling; known fields are " + known.stream().sorted().toList());
			}
		}
	}

	private String requiredText(JsonNode node, String name) {
		return requiredText(node, name, name);
	}

	private String requiredText(JsonNode node, String name, String field) {
		JsonNode value = (node != null) ? node.get(name) : null;
		if (value == null || value.isNull()) {
			problem(field, "is missing", "add a non-empty string");
			return null;
		}
		if (!value.isString() || value.stringValue().isBlank()) {
			problem(field, "value " + value + " is not a non-empty string", "write a non-empty string");
			return null;
		}
		return value.stringValue().strip();
	}

	private String optionalText(JsonNode node, String name) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		return requiredText(node, name);
	}

	private void problem(String field, String message, String fix) {
		this.problems.add(new CatalogValidationException.Problem(this.file, field, message, fix));
	}

}
