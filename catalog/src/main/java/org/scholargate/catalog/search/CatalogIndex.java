package org.scholargate.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.Language;
import org.scholargate.catalog.MethodRecord;
import org.scholargate.catalog.RecordStatus;
import org.scholargate.catalog.SourceReference;
import org.scholargate.catalog.TextFolding;

/**
 * An in-memory Lucene index of a catalog: one document per record for search, and one per
 * name or alias for entity linking. Built once; safe for concurrent reads.
 */
public final class CatalogIndex {

	private static final String KIND = "kind";

	private static final String ID = "id";

	private static final String STATUS = "status";

	private static final String DOMAIN = "domain";

	private static final String YEAR = "year";

	private static final String NAME_SORT = "name_sort";

	private static final String RECORD_SURFACE = "record_surface";

	private static final String FEATURES = "features";

	/**
	 * How many records relate to a record: a prior that favors the general method over
	 * its variants.
	 */
	private static final String POPULARITY = "popularity";

	/**
	 * Most distinct tokens of a free-text query, so that a long message stays within
	 * Lucene's clause limit.
	 */
	static final int MAX_QUERY_TOKENS = 32;

	private static final Map<String, Float> TEXT_FIELDS = textFields();

	private static final int MAX_IDS_PER_KEY = 10;

	private static final int MAX_FUZZY_MATCHES = 20;

	private final Catalog catalog;

	private final FoldingAnalyzer analyzer = new FoldingAnalyzer();

	private final IndexSearcher searcher;

	private final Map<String, Set<String>> descriptionTokens;

	private final Set<String> surfaceTokens;

	private final Set<String> compactKeys;

	private final Map<String, List<String>> publishedByKey;

	private final Map<String, List<String>> publishedByCompactKey;

	private final Map<Long, List<SurfaceEntry>> publishedByFirstCharAndLength;

	private final Set<String> stopwords;

	private CatalogIndex(Catalog catalog, IndexSearcher searcher, Map<String, Set<String>> descriptionTokens,
			Map<String, MethodRecord> surfaces) {
		this.catalog = catalog;
		this.searcher = searcher;
		this.descriptionTokens = descriptionTokens;
		Set<String> tokens = new HashSet<>();
		Set<String> compact = new HashSet<>();
		Map<String, List<String>> byKey = new HashMap<>();
		Map<String, List<String>> byCompactKey = new HashMap<>();
		Map<Long, List<SurfaceEntry>> byFirstCharAndLength = new HashMap<>();
		for (Map.Entry<String, MethodRecord> surface : surfaces.entrySet()) {
			String key = surface.getKey();
			tokens.addAll(List.of(key.split(" ")));
			compact.add(key.replace(" ", ""));
			if (surface.getValue().status() == RecordStatus.PUBLISHED) {
				addId(byKey, key, surface.getValue().id());
				addId(byCompactKey, key.replace(" ", ""), surface.getValue().id());
				byFirstCharAndLength
					.computeIfAbsent(bucket(key.charAt(0), key.length()), (ignored) -> new ArrayList<>())
					.add(new SurfaceEntry(key, surface.getValue().id()));
			}
		}
		this.surfaceTokens = Set.copyOf(tokens);
		this.compactKeys = Set.copyOf(compact);
		byKey.replaceAll((key, ids) -> List.copyOf(ids));
		byCompactKey.replaceAll((key, ids) -> List.copyOf(ids));
		this.publishedByKey = byKey;
		this.publishedByCompactKey = byCompactKey;
		this.publishedByFirstCharAndLength = byFirstCharAndLength;
		this.stopwords = LinkingStopwords.build(this.analyzer);
	}

	private static Map<String, Float> textFields() {
		Map<String, Float> fields = new LinkedHashMap<>();
		fields.put("name", 4f);
		fields.put("aliases", 3f);
		fields.put("type", 2f);
		fields.put("authors", 2f);
		fields.put("summary", 1f);
		return fields;
	}

	/**
	 * Builds the index of every record of a catalog, whatever its status.
	 */
	public static CatalogIndex build(Catalog catalog) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		FoldingAnalyzer analyzer = new FoldingAnalyzer();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			Map<String, MethodRecord> surfaces = surfaceKeys(catalog, analyzer);
			Map<String, List<String>> keysById = new HashMap<>();
			for (Map.Entry<String, MethodRecord> surface : surfaces.entrySet()) {
				keysById.computeIfAbsent(surface.getValue().id(), (id) -> new ArrayList<>()).add(surface.getKey());
			}
			Map<String, Integer> inDegree = inDegree(catalog);
			for (MethodRecord record : catalog.records()) {
				Document document = recordDocument(record, keysById.getOrDefault(record.id(), List.of()));
				document.add(new FeatureField(FEATURES, POPULARITY, 1 + inDegree.getOrDefault(record.id(), 0)));
				writer.addDocument(document);
			}
			writer.commit();
			return new CatalogIndex(catalog, new IndexSearcher(DirectoryReader.open(directory)),
					descriptionTokens(catalog, analyzer), surfaces);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to build the catalog index", ex);
		}
	}

	private static Map<String, Integer> inDegree(Catalog catalog) {
		Map<String, Integer> inDegree = new HashMap<>();
		for (MethodRecord record : catalog.publishedRecords()) {
			record.related().forEach((id) -> inDegree.merge(id, 1, Integer::sum));
		}
		return inDegree;
	}

	private static Map<String, Set<String>> descriptionTokens(Catalog catalog, FoldingAnalyzer analyzer) {
		Map<String, Set<String>> tokens = new HashMap<>();
		for (MethodRecord record : catalog.records()) {
			Set<String> words = new HashSet<>();
			for (Language language : Language.values()) {
				words.addAll(analyzer.tokens(record.summary(language)));
				words.addAll(analyzer.tokens(record.type(language)));
			}
			tokens.put(record.id(), Set.copyOf(words));
		}
		return Map.copyOf(tokens);
	}

	/**
	 * Returns the key of every name, alias and derived name with the record it names. A
	 * derived name is kept only when it names one record and is not an explicit name or
	 * alias of another record.
	 */
	private static Map<String, MethodRecord> surfaceKeys(Catalog catalog, FoldingAnalyzer analyzer) {
		Map<String, MethodRecord> explicit = new LinkedHashMap<>();
		Map<String, Set<MethodRecord>> derived = new LinkedHashMap<>();
		for (MethodRecord record : catalog.records()) {
			explicit.putIfAbsent(analyzer.key(record.name()), record);
			record.aliases().forEach((alias) -> explicit.putIfAbsent(analyzer.key(alias.text()), record));
			for (String name : DerivedNames.of(record.name())) {
				derived.computeIfAbsent(analyzer.key(name), (key) -> new HashSet<>()).add(record);
			}
		}
		Map<String, MethodRecord> keys = new LinkedHashMap<>(explicit);
		derived.forEach((key, records) -> {
			if (!key.isEmpty() && records.size() == 1 && !explicit.containsKey(key)) {
				keys.put(key, records.iterator().next());
			}
		});
		keys.remove("");
		return keys;
	}

	private static Document recordDocument(MethodRecord record, List<String> surfaceKeys) {
		Document document = new Document();
		surfaceKeys.forEach((key) -> document.add(new StringField(RECORD_SURFACE, key, Field.Store.NO)));
		document.add(new StringField(KIND, "record", Field.Store.NO));
		document.add(new StringField(ID, record.id(), Field.Store.YES));
		document.add(new StringField(STATUS, record.status().value(), Field.Store.NO));
		document.add(new StringField(DOMAIN, record.domain(), Field.Store.NO));
		document.add(new IntPoint(YEAR, record.yearOfOrigin()));
		document.add(new NumericDocValuesField(YEAR, record.yearOfOrigin()));
		document.add(new SortedDocValuesField(NAME_SORT, new BytesRef(TextFolding.fold(record.name()))));
		document.add(new TextField("name", record.name(), Field.Store.NO));
		record.aliases().forEach((alias) -> document.add(new TextField("aliases", alias.text(), Field.Store.NO)));
		for (Language language : Language.values()) {
			document.add(new TextField("type", record.type(language), Field.Store.NO));
			document.add(new TextField("summary", record.summary(language), Field.Store.NO));
		}
		document.add(new TextField("authors", record.originalAuthors(), Field.Store.NO));
		for (SourceReference source : record.sources()) {
			document.add(new TextField("authors", source.authors(), Field.Store.NO));
		}
		return document;
	}

	/**
	 * Returns the analyzer the index was built with.
	 */
	public FoldingAnalyzer analyzer() {
		return this.analyzer;
	}

	/**
	 * Returns the catalog this index was built from.
	 */
	public Catalog catalog() {
		return this.catalog;
	}

	/**
	 * Returns whether some name or alias contains this token, so that a span holding any
	 * other token cannot match exactly and need not be looked up.
	 */
	public boolean isSurfaceToken(String token) {
		return this.surfaceTokens.contains(token);
	}

	/**
	 * Returns whether some name or alias, written without spaces, equals this text.
	 */
	public boolean isCompactKey(String compact) {
		return this.compactKeys.contains(compact);
	}

	/**
	 * Returns the ids of published records that have a name or alias with exactly this
	 * key.
	 */
	public List<String> exactSurface(String key) {
		return this.publishedByKey.getOrDefault(key, List.of());
	}

	/**
	 * Returns the ids of published records that have a name or alias whose key, without
	 * spaces, equals this text: {@code tsne} finds t-SNE and {@code light gbm} written as
	 * {@code lightgbm} finds LightGBM.
	 */
	public List<String> compactSurface(String compact) {
		return this.publishedByCompactKey.getOrDefault(compact, List.of());
	}

	/**
	 * Adds an id to the ids of a key, in the order of the surfaces, keeping at most
	 * {@value #MAX_IDS_PER_KEY} distinct ids for a key.
	 */
	private static void addId(Map<String, List<String>> ids, String key, String id) {
		List<String> list = ids.computeIfAbsent(key, (ignored) -> new ArrayList<>(1));
		if (list.size() < MAX_IDS_PER_KEY && !list.contains(id)) {
			list.add(id);
		}
	}

	/**
	 * Returns names and aliases of published records within {@code maxEdits} edits of a
	 * key that start with the key's first character, closest first, at most
	 * {@value #MAX_FUZZY_MATCHES}. Only names of a length that {@code maxEdits} edits can
	 * reach are compared, from buckets by first character and length, so a lookup
	 * allocates little, unlike a Lucene {@code FuzzyQuery}, which builds an automaton per
	 * key.
	 */
	public List<SurfaceMatch> fuzzySurface(String key, int maxEdits) {
		if (key.isEmpty()) {
			return List.of();
		}
		List<SurfaceMatch> matches = new ArrayList<>();
		int shortest = Math.max(1, key.length() - maxEdits);
		for (int length = shortest; length <= key.length() + maxEdits; length++) {
			for (SurfaceEntry entry : this.publishedByFirstCharAndLength.getOrDefault(bucket(key.charAt(0), length),
					List.of())) {
				int edits = Levenshtein.distance(key, entry.key(), maxEdits);
				if (edits <= maxEdits) {
					matches.add(new SurfaceMatch(entry.id(), entry.key(), edits));
				}
			}
		}
		matches.sort((a, b) -> Integer.compare(a.edits(), b.edits()));
		return (matches.size() > MAX_FUZZY_MATCHES) ? List.copyOf(matches.subList(0, MAX_FUZZY_MATCHES)) : matches;
	}

	private static long bucket(char first, int length) {
		return ((long) first << 32) | length;
	}

	/**
	 * Returns published records ranked by how well their text matches the given tokens
	 * (BM25 over name, aliases, type, authors and summary), best first.
	 */
	public List<ScoredMethod> rank(List<String> tokens, int max) {
		tokens = capped(tokens);
		if (tokens.isEmpty()) {
			return List.of();
		}
		Query query = new BooleanQuery.Builder().add(recordFilter(RecordStatus.PUBLISHED), Occur.FILTER)
			.add(tokenQuery(tokens, false), Occur.MUST)
			.build();
		List<ScoredMethod> ranked = new ArrayList<>();
		for (ScoreDoc hit : topDocs(query, max, null).scoreDocs) {
			ranked.add(new ScoredMethod(storedId(hit.doc), hit.score));
		}
		return ranked;
	}

	/**
	 * Returns published records ranked by how well their summary and type match the given
	 * tokens (BM25), best first, each with the number of distinct tokens its summary and
	 * type contain.
	 */
	public List<DescribedMethod> rankDescriptions(List<String> tokens, int max) {
		tokens = capped(tokens);
		if (tokens.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		for (String token : tokens) {
			words.add(new TermQuery(new Term("summary", token)), Occur.SHOULD);
			words.add(new BoostQuery(new TermQuery(new Term("type", token)), 1.5f), Occur.SHOULD);
		}
		Query query = new BooleanQuery.Builder().add(recordFilter(RecordStatus.PUBLISHED), Occur.FILTER)
			.add(words.build(), Occur.MUST)
			.build();
		List<DescribedMethod> ranked = new ArrayList<>();
		for (ScoreDoc hit : topDocs(query, max, null).scoreDocs) {
			String id = storedId(hit.doc);
			Set<String> recordWords = this.descriptionTokens.getOrDefault(id, Set.of());
			int covered = (int) tokens.stream().distinct().filter(recordWords::contains).count();
			ranked.add(new DescribedMethod(id, hit.score, covered));
		}
		return ranked;
	}

	/**
	 * Runs a search and returns one page of it.
	 */
	public SearchPage search(MethodQuery methodQuery, int limit, int offset) {
		Query query = toQuery(methodQuery);
		boolean hasText = methodQuery.text() != null && !this.analyzer.tokens(methodQuery.text()).isEmpty();
		Sort sort = sortOf(methodQuery.order(), hasText);
		TopDocs top = topDocs(query, Math.max(1, offset + limit), sort);
		List<MethodRecord> records = new ArrayList<>();
		ScoreDoc[] hits = top.scoreDocs;
		for (int i = offset; i < hits.length && records.size() < limit; i++) {
			this.catalog.find(storedId(hits[i].doc)).ifPresent(records::add);
		}
		return new SearchPage(Math.toIntExact(countOf(query)), records);
	}

	private Query toQuery(MethodQuery methodQuery) {
		BooleanQuery.Builder builder = new BooleanQuery.Builder().add(recordFilter(methodQuery.status()), Occur.FILTER);
		if (!methodQuery.domains().isEmpty()) {
			BooleanQuery.Builder domains = new BooleanQuery.Builder();
			methodQuery.domains()
				.forEach((domain) -> domains.add(new TermQuery(new Term(DOMAIN, domain)), Occur.SHOULD));
			builder.add(domains.build(), Occur.FILTER);
		}
		if (methodQuery.yearFrom() != null || methodQuery.yearTo() != null) {
			int from = (methodQuery.yearFrom() != null) ? methodQuery.yearFrom() : Integer.MIN_VALUE;
			int to = (methodQuery.yearTo() != null) ? methodQuery.yearTo() : Integer.MAX_VALUE;
			builder.add(IntPoint.newRangeQuery(YEAR, from, to), Occur.FILTER);
		}
		addAllWords(builder, "authors", methodQuery.author());
		addAllWords(builder, "type", methodQuery.type());
		List<String> tokens = (methodQuery.text() != null)
				? withoutStopwords(capped(this.analyzer.tokens(methodQuery.text()))) : List.of();
		if (tokens.isEmpty()) {
			builder.add(new MatchAllDocsQuery(), Occur.MUST);
			return builder.build();
		}
		Query exactName = new BoostQuery(new TermQuery(new Term(RECORD_SURFACE, String.join(" ", tokens))), 50f);
		builder.add(new BooleanQuery.Builder().add(tokenQuery(tokens, true), Occur.SHOULD)
			.add(exactName, Occur.SHOULD)
			.build(), Occur.MUST);
		builder.add(FeatureField.newSaturationQuery(FEATURES, POPULARITY, 2f, 3f), Occur.SHOULD);
		return builder.build();
	}

	private void addAllWords(BooleanQuery.Builder builder, String field, String text) {
		if (text == null) {
			return;
		}
		for (String token : this.analyzer.tokens(text)) {
			builder.add(new TermQuery(new Term(field, token)), Occur.FILTER);
		}
	}

	/**
	 * Drops question and stop words from a free-text query unless nothing else is left,
	 * so "the" or "AND" does not match every summary.
	 */
	private List<String> withoutStopwords(List<String> tokens) {
		List<String> content = tokens.stream().filter((token) -> !this.stopwords.contains(token)).toList();
		return content.isEmpty() ? tokens : content;
	}

	private static List<String> capped(List<String> tokens) {
		return tokens.stream().distinct().limit(MAX_QUERY_TOKENS).toList();
	}

	private static Query tokenQuery(List<String> tokens, boolean lenient) {
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		for (String token : tokens) {
			for (Map.Entry<String, Float> field : TEXT_FIELDS.entrySet()) {
				Term term = new Term(field.getKey(), token);
				builder.add(new BoostQuery(new TermQuery(term), field.getValue()), Occur.SHOULD);
				if (lenient && token.length() >= 3 && field.getValue() >= 3f) {
					builder.add(new BoostQuery(new PrefixQuery(term), field.getValue() / 2), Occur.SHOULD);
				}
				if (lenient && token.length() >= 5 && field.getValue() >= 3f) {
					builder.add(new BoostQuery(new FuzzyQuery(term, 1), field.getValue() / 3), Occur.SHOULD);
				}
			}
		}
		return builder.build();
	}

	private static Sort sortOf(MethodQuery.Order order, boolean hasText) {
		SortField byName = new SortField(NAME_SORT, SortField.Type.STRING);
		if (order == MethodQuery.Order.YEAR) {
			return new Sort(new SortField(YEAR, SortField.Type.INT), byName);
		}
		if (order == MethodQuery.Order.NAME || !hasText) {
			return new Sort(byName);
		}
		return null;
	}

	private static Query recordFilter(RecordStatus status) {
		return new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, "record")), Occur.FILTER)
			.add(new TermQuery(new Term(STATUS, status.value())), Occur.FILTER)
			.build();
	}

	private TopDocs topDocs(Query query, int max, Sort sort) {
		try {
			return (sort != null) ? this.searcher.search(query, max, sort) : this.searcher.search(query, max);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to search the catalog index", ex);
		}
	}

	private long countOf(Query query) {
		try {
			return this.searcher.count(query);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to count catalog matches", ex);
		}
	}

	private Document storedDocument(int doc) {
		try {
			return this.searcher.storedFields().document(doc);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to read a catalog index document", ex);
		}
	}

	private String storedId(int doc) {
		return storedDocument(doc).get(ID);
	}

	/**
	 * A name or alias close to a looked-up key.
	 *
	 * @param id the id of the record
	 * @param surfaceKey the key of the matching name or alias
	 * @param edits the edit distance between the key and the surface key
	 */
	public record SurfaceMatch(String id, String surfaceKey, int edits) {

	}

	private record SurfaceEntry(String key, String id) {

	}

	/**
	 * A record matched by its description.
	 *
	 * @param id the id of the record
	 * @param score the BM25 score
	 * @param coveredTokens how many distinct query tokens the record's summary and type
	 * contain
	 */
	public record DescribedMethod(String id, float score, int coveredTokens) {

	}

	/**
	 * A record with its relevance score.
	 *
	 * @param id the id of the record
	 * @param score the BM25 score
	 */
	public record ScoredMethod(String id, float score) {

	}

}
