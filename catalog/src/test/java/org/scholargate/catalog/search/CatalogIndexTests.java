package org.scholargate.catalog.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.CatalogLoader;
import org.scholargate.catalog.Language;
import org.scholargate.catalog.MethodRecord;
import org.scholargate.catalog.RecordJson;
import org.scholargate.catalog.RecordStatus;
import org.scholargate.catalog.SourceReference;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogIndexTests {

	private static Catalog catalog;

	private static CatalogIndex index;

	@BeforeAll
	static void buildIndex() {
		catalog = new CatalogLoader().loadBundled();
		index = CatalogIndex.build(catalog);
	}

	@Test
	void searchFiltersByDomain() {
		SearchPage page = index.search(filter(Set.of("Statistics"), null, null, null, null), 500, 0);
		long expected = catalog.publishedRecords()
			.stream()
			.filter((record) -> record.domain().equals("Statistics"))
			.count();
		assertThat(expected).isPositive();
		assertThat(page.total()).isEqualTo(expected);
		assertThat(page.records()).hasSize((int) expected).allSatisfy((record) -> {
			assertThat(record.domain()).isEqualTo("Statistics");
		});
	}

	@Test
	void searchFiltersByAnyOfSeveralDomains() {
		SearchPage page = index.search(filter(Set.of("Statistics", "Causal inference"), null, null, null, null), 500,
				0);
		long expected = catalog.publishedRecords()
			.stream()
			.filter((record) -> record.domain().equals("Statistics") || record.domain().equals("Causal inference"))
			.count();
		assertThat(page.total()).isEqualTo(expected);
		assertThat(page.records()).extracting(MethodRecord::domain).contains("Statistics", "Causal inference");
	}

	@Test
	void searchFiltersByYearRangeInclusive() {
		SearchPage page = index.search(filter(Set.of(), 1950, 1960, null, null), 500, 0);
		long expected = catalog.publishedRecords()
			.stream()
			.filter((record) -> record.yearOfOrigin() >= 1950 && record.yearOfOrigin() <= 1960)
			.count();
		assertThat(expected).isPositive();
		assertThat(page.total()).isEqualTo(expected);
		assertThat(page.records()).allSatisfy((record) -> assertThat(record.yearOfOrigin()).isBetween(1950, 1960));
		assertThat(page.records()).extracting(MethodRecord::yearOfOrigin).contains(1958, 1960);
	}

	@Test
	void searchFiltersByYearFromOnly() {
		SearchPage page = index.search(filter(Set.of(), 2020, null, null, null), 500, 0);
		assertThat(page.records()).isNotEmpty()
			.allSatisfy((record) -> assertThat(record.yearOfOrigin()).isGreaterThanOrEqualTo(2020));
		assertThat(page.records()).extracting(MethodRecord::id).contains("longformer-bigbird");
	}

	@Test
	void searchFiltersByAuthor() {
		SearchPage page = index.search(filter(Set.of(), null, null, "Hinton", null), 500, 0);
		long expected = catalog.publishedRecords().stream().filter((record) -> hasAuthor(record, "hinton")).count();
		assertThat(page.total()).isEqualTo(expected);
		assertThat(page.records()).extracting(MethodRecord::id).contains("knowledge-distillation", "dropout");
		assertThat(page.records()).allSatisfy((record) -> assertThat(hasAuthor(record, "hinton")).isTrue());
	}

	@Test
	void searchFiltersByTypeWord() {
		SearchPage page = index.search(filter(Set.of(), null, null, null, "compression"), 500, 0);
		assertThat(page.records()).extracting(MethodRecord::id).contains("knowledge-distillation");
		assertThat(page.records()).allSatisfy((record) -> assertThat(Stream.of(Language.values())
			.anyMatch((language) -> record.type(language).toLowerCase(Locale.ROOT).contains("compression"))).isTrue());
	}

	@Test
	void searchCombinesFilters() {
		SearchPage page = index.search(filter(Set.of("Deep learning"), 2015, 2015, "Hinton", null), 500, 0);
		assertThat(page.records()).extracting(MethodRecord::id).containsExactly("knowledge-distillation");
	}

	@Test
	void searchRanksKnowledgeDistillationFirst() {
		SearchPage page = index.search(MethodQuery.text("distillation"), 5, 0);
		assertThat(page.records()).extracting(MethodRecord::id).first().isEqualTo("knowledge-distillation");
	}

	@Test
	void searchFindsDistillationMethodsByText() {
		SearchPage page = index.search(MethodQuery.text("distillation"), 10, 0);
		assertThat(page.records()).extracting(MethodRecord::id)
			.contains("knowledge-distillation", "distilbert", "fitnets");
	}

	@Test
	void searchRanksNameMatchFirst() {
		SearchPage page = index.search(MethodQuery.text("Longformer"), 5, 0);
		assertThat(page.records()).extracting(MethodRecord::id).first().isEqualTo("longformer-bigbird");
	}

	@Test
	void searchForDraftsOfBundledCatalogFindsNone() {
		MethodQuery drafts = new MethodQuery(null, Set.of(), null, null, null, null, RecordStatus.DRAFT, null);
		SearchPage page = index.search(drafts, 500, 0);
		assertThat(page.records()).allSatisfy((record) -> assertThat(record.status()).isEqualTo(RecordStatus.DRAFT));
		assertThat(page.total()).isEqualTo(page.records().size());
	}

	@Test
	void searchReturnsOnlyDraftsWhenAsked() {
		CatalogIndex small = CatalogIndex.build(RecordJson.load(RecordJson.valid("alpha"),
				RecordJson.valid("beta").put("status", "draft"), RecordJson.valid("gamma")));
		MethodQuery drafts = new MethodQuery(null, Set.of(), null, null, null, null, RecordStatus.DRAFT, null);
		assertThat(small.search(drafts, 10, 0).records()).extracting(MethodRecord::id).containsExactly("beta");
		assertThat(small.search(MethodQuery.text(null), 10, 0).records()).extracting(MethodRecord::id)
			.containsExactly("alpha", "gamma");
	}

	@Test
	void searchPagesThroughResults() {
		MethodQuery deepLearning = filter(Set.of("Deep learning"), null, null, null, null);
		SearchPage all = index.search(deepLearning, 10, 0);
		SearchPage first = index.search(deepLearning, 5, 0);
		SearchPage second = index.search(deepLearning, 5, 5);
		assertThat(all.total()).isGreaterThan(10);
		assertThat(first.total()).isEqualTo(all.total());
		assertThat(second.total()).isEqualTo(all.total());
		assertThat(first.records()).hasSize(5);
		assertThat(second.records()).hasSize(5);
		assertThat(ids(first, second)).isEqualTo(ids(all));
	}

	@Test
	void searchPastLastPageIsEmpty() {
		MethodQuery deepLearning = filter(Set.of("Deep learning"), null, null, null, null);
		SearchPage total = index.search(deepLearning, 1, 0);
		SearchPage past = index.search(deepLearning, 5, total.total());
		assertThat(past.records()).isEmpty();
		assertThat(past.total()).isEqualTo(total.total());
	}

	@Test
	void searchLastPageHasRemainder() {
		MethodQuery deepLearning = filter(Set.of("Deep learning"), null, null, null, null);
		int total = index.search(deepLearning, 1, 0).total();
		SearchPage last = index.search(deepLearning, 10, total - 3);
		assertThat(last.records()).hasSize(3);
	}

	@Test
	void searchByYearOrdersOldestFirst() {
		MethodQuery query = new MethodQuery(null, Set.of("Statistics"), null, null, null, null, null,
				MethodQuery.Order.YEAR);
		List<Integer> years = index.search(query, 500, 0).records().stream().map(MethodRecord::yearOfOrigin).toList();
		assertThat(years).isNotEmpty().isSorted();
	}

	@Test
	void fuzzySurfaceFindsTypoClosestFirst() {
		List<CatalogIndex.SurfaceMatch> matches = index.fuzzySurface("tranformer", 2);
		assertThat(matches).isNotEmpty();
		assertThat(matches.get(0).id()).isEqualTo("transformer");
		assertThat(matches.get(0).edits()).isEqualTo(1);
		assertThat(matches).extracting(CatalogIndex.SurfaceMatch::edits).isSorted();
	}

	@Test
	void fuzzySurfaceKeepsFirstCharacter() {
		assertThat(index.fuzzySurface("lora", 1)).extracting(CatalogIndex.SurfaceMatch::id).contains("lora");
		assertThat(index.fuzzySurface("xora", 1)).extracting(CatalogIndex.SurfaceMatch::id).doesNotContain("lora");
	}

	private static MethodQuery filter(Set<String> domains, Integer yearFrom, Integer yearTo, String author,
			String type) {
		return new MethodQuery(null, domains, yearFrom, yearTo, author, type, null, null);
	}

	private static boolean hasAuthor(MethodRecord record, String name) {
		Stream<String> authors = Stream.concat(Stream.of(record.originalAuthors()),
				record.sources().stream().map(SourceReference::authors));
		return authors.anyMatch((text) -> text.toLowerCase(Locale.ROOT).contains(name));
	}

	private static List<String> ids(SearchPage... pages) {
		return Stream.of(pages).flatMap((page) -> page.records().stream()).map(MethodRecord::id).toList();
	}

}
