package org.scholargate.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BundledCatalogTests {

	private static Catalog catalog;

	@BeforeAll
	static void loadCatalog() {
		catalog = new CatalogLoader().loadBundled();
	}

	@Test
	void bundledCatalogHasAtLeast150Records() {
		assertThat(catalog.size()).isGreaterThanOrEqualTo(150);
	}

	@Test
	void bundledCatalogContainsRequiredMethods() throws IOException {
		List<String> required = requiredIds();
		assertThat(required).hasSizeGreaterThan(100);
		assertThat(catalog.records()).extracting(MethodRecord::id).containsAll(required);
	}

	@Test
	void bundledCatalogPublishesRequiredMethods() throws IOException {
		assertThat(catalog.publishedRecords()).extracting(MethodRecord::id).containsAll(requiredIds());
	}

	@Test
	void relatedIdsArePublishedRecords() {
		for (MethodRecord record : catalog.records()) {
			for (String related : record.related()) {
				assertThat(catalog.findPublished(related)).as("%s relates to %s", record.id(), related).isPresent();
			}
		}
	}

	@Test
	void knowledgeDistillationKeepsReferenceValues() {
		MethodRecord record = catalog.find("knowledge-distillation").orElseThrow();
		assertThat(record.domain()).isEqualTo("Deep learning");
		assertThat(record.family()).isEqualTo("Machine learning");
		assertThat(record.yearOfOrigin()).isEqualTo(2015);
		assertThat(record.originalAuthors()).isEqualTo("Hinton, G., Vinyals, O. & Dean, J.");
		assertThat(record.type()).isEqualTo("Neural network compression (teacher–student)");
		assertThat(record.foundingSource().citation()).isEqualTo("Hinton, G., Vinyals, O. & Dean, J. (2015). "
				+ "Distilling the Knowledge in a Neural Network. NeurIPS Deep Learning Workshop.");
		assertThat(record.foundingSource().url()).isEqualTo("https://arxiv.org/abs/1503.02531");
		assertThat(record.aliases()).contains(new Alias("Bilgi Damıtma", "tr"),
				new Alias("Distillation de connaissances", "fr"), new Alias("teacher-student distillation", "en"),
				new Alias("model distillation", "en"));
		assertThat(record.sources()).hasSize(2);
		assertThat(record.version()).isEqualTo("v1");
		assertThat(record.status()).isEqualTo(RecordStatus.PUBLISHED);
	}

	@Test
	void longformerBigBirdKeepsReferenceValues() {
		MethodRecord record = catalog.find("longformer-bigbird").orElseThrow();
		assertThat(record.domain()).isEqualTo("Deep learning");
		assertThat(record.family()).isEqualTo("Machine learning");
		assertThat(record.yearOfOrigin()).isEqualTo(2020);
		assertThat(record.originalAuthors()).isEqualTo("Beltagy, Peters & Cohan (Longformer); Zaheer et al. (BigBird)");
		assertThat(record.type()).isEqualTo("Sparse-attention Transformer for long sequences");
		assertThat(record.foundingSource().citation()).isEqualTo(
				"Beltagy, I., Peters, M. E. & Cohan, A. (2020). Longformer: The Long-Document Transformer. arXiv.");
		assertThat(record.foundingSource().url()).isEqualTo("https://arxiv.org/abs/2004.05150");
		assertThat(record.aliases()).contains(new Alias("Uzun Dizi Transformer", "tr"),
				new Alias("long-document transformer", "en"), new Alias("sparse-attention transformer", "en"));
		assertThat(record.sources()).hasSize(2);
		assertThat(record.sources().get(1).authors()).startsWith("Zaheer");
		assertThat(record.sources().get(1).url()).isEqualTo("https://arxiv.org/abs/2007.14062");
		assertThat(record.version()).isEqualTo("v1");
		assertThat(record.status()).isEqualTo(RecordStatus.PUBLISHED);
	}

	@Test
	void bundledVersionIsStable() {
		assertThat(new CatalogLoader().loadBundled().version()).isEqualTo(catalog.version());
	}

	private static List<String> requiredIds() throws IOException {
		try (InputStream in = BundledCatalogTests.class.getResourceAsStream("/required-method-ids.txt")) {
			assertThat(in).as("required-method-ids.txt").isNotNull();
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		}
	}

}
