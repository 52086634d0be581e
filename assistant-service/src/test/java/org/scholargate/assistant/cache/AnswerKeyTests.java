package org.scholargate.assistant.cache;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.scholargate.assistant.memory.Conversation;
import org.scholargate.assistant.memory.Turn;
import org.scholargate.assistant.understanding.QuestionAnalyzer;
import org.scholargate.assistant.understanding.Understanding;
import org.scholargate.catalog.CatalogLoader;
import org.scholargate.catalog.Language;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.EntityLinker;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerKeyTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	private static QuestionAnalyzer analyzer;

	@BeforeAll
	static void buildAnalyzer() {
		CatalogIndex index = CatalogIndex.build(new CatalogLoader().loadBundled());
		analyzer = new QuestionAnalyzer(index, new EntityLinker(index));
	}

	private static Understanding understand(String question, Conversation conversation) {
		return analyzer.analyze(question, null, conversation);
	}

	private static Understanding understand(String question) {
		return understand(question, Conversation.empty(UUID.randomUUID()));
	}

	private static Conversation after(String method) {
		Turn turn = new Turn("m1", "What is it?", "en", "describe", null, List.of(method), "answer", Instant.EPOCH);
		return Conversation.empty(UUID.randomUUID()).append(turn, 10, 1_000_000);
	}

	private static String digest(String version, String question, Understanding understanding) {
		return AnswerKey.of(version, TODAY, question, understanding).digest();
	}

	@Test
	void normalizeFoldsCaseWidthAndWhiteSpace() {
		assertThat(AnswerKey.normalize("  What   is\tLoRA?\n")).isEqualTo("what is lora?");
		assertThat(AnswerKey.normalize("ＬｏＲＡ")).isEqualTo("lora");
		assertThat(AnswerKey.normalize("Qu\u0065\u0301")).isEqualTo(AnswerKey.normalize("Qu\u00e9"));
	}

	@Test
	void sameQuestionAndContextShareKey() {
		assertThat(digest("v1", "Who proposed it?", understand("Who proposed it?", after("lora"))))
			.isEqualTo(digest("v1", "who proposed  it?", understand("who proposed  it?", after("lora"))));
	}

	@Test
	void newCatalogVersionChangesKey() {
		Understanding understanding = understand("What is LoRA?");
		assertThat(digest("v1", "What is LoRA?", understanding))
			.isNotEqualTo(digest("v2", "What is LoRA?", understanding));
	}

	@Test
	void resolvedContextChangesKey() {
		Understanding afterLora = understand("Who proposed it?", after("lora"));
		Understanding afterLstm = understand("Who proposed it?", after("lstm"));
		assertThat(afterLora.methodIds()).containsExactly("lora");
		assertThat(afterLstm.methodIds()).containsExactly("lstm");
		assertThat(digest("v1", "Who proposed it?", afterLora))
			.isNotEqualTo(digest("v1", "Who proposed it?", afterLstm));
		assertThat(digest("v1", "Who proposed it?", afterLora))
			.isNotEqualTo(digest("v1", "Who proposed it?", understand("Who proposed it?")));
	}

	@Test
	void languageAndDateChangeKey() {
		Understanding english = analyzer.analyze("LoRA", Language.EN, Conversation.empty(UUID.randomUUID()));
		Understanding french = analyzer.analyze("LoRA", Language.FR, Conversation.empty(UUID.randomUUID()));
		assertThat(digest("v1", "LoRA", english)).isNotEqualTo(digest("v1", "LoRA", french));
		assertThat(AnswerKey.of("v1", TODAY, "LoRA", english).digest())
			.isNotEqualTo(AnswerKey.of("v1", TODAY.plusDays(1), "LoRA", english).digest());
	}

	@Test
	void canonicalFormSortsSetsAndKeepsListOrder() {
		Set<String> forward = new LinkedHashSet<>(List.of("a", "b", "c"));
		Set<String> backward = new LinkedHashSet<>(List.of("c", "b", "a"));
		assertThat(AnswerKey.canonical(new Sample(forward, List.of("x", "y"))))
			.isEqualTo(AnswerKey.canonical(new Sample(backward, List.of("x", "y"))));
		assertThat(AnswerKey.canonical(new Sample(forward, List.of("x", "y"))))
			.isNotEqualTo(AnswerKey.canonical(new Sample(forward, List.of("y", "x"))));
	}

	@Test
	void canonicalFormQuotesStrings() {
		assertThat(AnswerKey.canonical(new Sample(Set.of(), List.of("a,b"))))
			.isNotEqualTo(AnswerKey.canonical(new Sample(Set.of(), List.of("a", "b"))));
		assertThat(AnswerKey.canonical(new Sample(Set.of(), List.of("say \"x\""))))
			.isEqualTo("Sample(names={},order=[\"say \\\"x\\\"\"])");
	}

	private record Sample(Set<String> names, List<String> order) {

	}

}
