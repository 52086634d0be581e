package org.scholargate.catalog.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholargate.catalog.CatalogLoader;

import static org.assertj.core.api.Assertions.assertThat;

class EntityLinkerTests {

	/**
	 * Linkers by the default locale they were built under, so that a test running in a
	 * Turkish default locale also indexes the catalog in it.
	 */
	private static final Map<Locale, EntityLinker> LINKERS = new ConcurrentHashMap<>();

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "BİLGİ DAMITMA|knowledge-distillation", "bilgi damitma|knowledge-distillation",
					"BILGI DAMITMA|knowledge-distillation", "Bilgi Damıtma nedir?|knowledge-distillation",
					"Bilgi Damıtma'yı anlat|knowledge-distillation",
					"DISTILLATION DE CONNAISSANCES|knowledge-distillation",
					"Qu'est-ce que la distillation de connaissances ?|knowledge-distillation",
					"Knowledge Distillation|knowledge-distillation", "KAPLAN MEIER estimator|kaplan-meier",
					"Explain the Kaplan–Meier estimator|kaplan-meier", "méthode de Kaplan-Meier|kaplan-meier",
					"PCA|principal-component-analysis", "What is PCA?|principal-component-analysis",
					"SVM|support-vector-machine", "Tell me about SVM|support-vector-machine", "RLHF|rlhf",
					"What is RLHF?|rlhf", "Uzun Dizi Transformer|longformer-bigbird" })
	void linkFindsNamedMethod(String text, String id) {
		LinkResult result = link(text, false);
		assertThat(result.methodIds()).containsExactly(id);
		assertThat(result.mentions().get(0).kind()).isEqualTo(Mention.Kind.EXACT);
	}

	@ParameterizedTest
	@MethodSource("accentedAliases")
	void linkFindsAliasInAnyNormalForm(String text, String id) {
		assertThat(link(text, false).methodIds()).containsExactly(id);
	}

	static Stream<Arguments> accentedAliases() {
		Map<String, String> aliases = Map.of("Distillation de connaissances", "knowledge-distillation",
				"réseau antagoniste génératif", "generative-adversarial-network",
				"Transformer à attention parcimonieuse", "longformer-bigbird", "analyse discriminante linéaire",
				"linear-discriminant-analysis");
		List<Arguments> cases = new ArrayList<>();
		aliases.forEach((alias, id) -> {
			String decomposed = Normalizer.normalize(alias, Normalizer.Form.NFD);
			cases.add(Arguments.of(Normalizer.normalize(alias, Normalizer.Form.NFC), id));
			cases.add(Arguments.of(decomposed, id));
			cases.add(Arguments.of(decomposed.replaceAll("\\p{Mn}", ""), id));
		});
		return cases.stream();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Kaplan-Meier", "Kaplan–Meier", "kaplan meier", "What is Kaplan-Meier?" })
	void linkFindsKaplanMeierWithoutEstimator(String text) {
		assertThat(link(text, false).methodIds()).containsExactly("kaplan-meier");
	}

	@Test
	void linkCorrectsTypoInName() {
		LinkResult result = link("knowledge distilation", false);
		assertThat(result.methodIds()).containsExactly("knowledge-distillation");
		assertThat(result.mentions().get(0).kind()).isEqualTo(Mention.Kind.FUZZY);
	}

	@Test
	void linkOffersKaplanMeierForTypo() {
		LinkResult result = link("kaplan meir", false);
		List<String> offered = new ArrayList<>(result.methodIds());
		offered.addAll(result.suggestions());
		assertThat(result.methodIds()).isSubsetOf("kaplan-meier");
		assertThat(offered).first().isEqualTo("kaplan-meier");
	}

	@Test
	void linkCorrectsTypoInKaplanMeier() {
		assertThat(link("kaplan meir", false).methodIds()).containsExactly("kaplan-meier");
	}

	@Test
	void linkReadsLdaAsLatentDirichletAllocation() {
		assertThat(link("What is LDA?", false).methodIds()).containsExactly("latent-dirichlet-allocation");
	}

	@Test
	void linkMatchesDescription() {
		LinkResult result = link("the technique where a small student network learns from a big teacher", true);
		assertThat(result.methodIds()).containsExactly("knowledge-distillation");
		assertThat(result.mentions().get(0).kind()).isEqualTo(Mention.Kind.DESCRIPTION);
	}

	@Test
	void linkIgnoresDescriptionWhenNotAsked() {
		LinkResult result = link("the technique where a small student network learns from a big teacher", false);
		assertThat(result.mentions()).isEmpty();
	}

	@Test
	void linkReturnsMentionsInOrderNamed() {
		assertThat(link("Compare GAN, VAE and diffusion models", false).methodIds())
			.containsExactly("generative-adversarial-network", "variational-autoencoder", "denoising-diffusion");
		assertThat(link("Compare diffusion models, VAE and GAN", false).methodIds())
			.containsExactly("denoising-diffusion", "variational-autoencoder", "generative-adversarial-network");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "Longformer / BigBird", "Compare Longformer with BigBird", "Longformer, Big Bird and BigBird" })
	void linkCountsMethodNamedTwiceOnce(String text) {
		assertThat(link(text, false).methodIds()).containsExactly("longformer-bigbird");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Froobnicator", "What is the Froobnicator?", "Who introduced the froobnicator?" })
	void linkFindsNoUnknownMethod(String text) {
		assertThat(link(text, true).mentions()).isEmpty();
	}

	private static LinkResult link(String text, boolean matchDescriptions) {
		EntityLinker linker = LINKERS.computeIfAbsent(Locale.getDefault(),
				(locale) -> new EntityLinker(CatalogIndex.build(new CatalogLoader().loadBundled())));
		return linker.link(text, matchDescriptions);
	}

}
