package org.scholargate.assistant.understanding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.scholargate.assistant.memory.Conversation;
import org.scholargate.assistant.memory.Turn;
import org.scholargate.catalog.CatalogLoader;
import org.scholargate.catalog.Language;
import org.scholargate.catalog.MethodField;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.EntityLinker;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionAnalyzerTests {

	private static QuestionAnalyzer analyzer;

	@BeforeAll
	static void buildAnalyzer() {
		CatalogIndex index = CatalogIndex.build(new CatalogLoader().loadBundled());
		analyzer = new QuestionAnalyzer(index, new EntityLinker(index));
	}

	private static Understanding analyze(String message) {
		return analyzer.analyze(message, null, Conversation.empty(UUID.randomUUID()));
	}

	private static Conversation after(String intent, String... methods) {
		Turn turn = new Turn("m1", "previous", "en", intent, null, List.of(methods), "answer", Instant.EPOCH);
		return Conversation.empty(UUID.randomUUID()).append(turn, 10, 1_000_000);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Who introduced knowledge distillation?           | knowledge-distillation | ORIGINAL_AUTHORS
			In what year was Longformer proposed?            | longformer-bigbird     | YEAR_OF_ORIGIN
			What is the founding paper of BigBird?           | longformer-bigbird     | FOUNDING_SOURCE
			what year did alexnet come out                   | alexnet                | YEAR_OF_ORIGIN
			Who came up with PageRank?                       | pagerank               | ORIGINAL_AUTHORS
			What are the aliases of knowledge distillation?  | knowledge-distillation | ALIASES
			Qui a inventé la méthode Delphi ?                | delphi-method          | ORIGINAL_AUTHORS
			Quel est l'article fondateur du Transformer ?    | transformer            | FOUNDING_SOURCE
			What kind of method is DBSCAN?                   | dbscan                 | TYPE
			Bilgi damıtmayı kim önerdi?                      | knowledge-distillation | ORIGINAL_AUTHORS
			""")
	void fieldQuestionsNameFieldAndMethod(String message, String method, MethodField field) {
		Understanding understanding = analyze(message);
		assertThat(understanding.intent()).isEqualTo(Intent.FIELD);
		assertThat(understanding.methodIds()).containsExactly(method);
		assertThat(understanding.field()).isEqualTo(field);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Compare BERT, GPT and T5                                      | bert,gpt,t5
			random forest vs gradient boosting                            | random-forest,gradient-boosting
			How does LSTM differ from GRU?                                | lstm,gru
			Compare the Smith-Waterman and Needleman–Wunsch algorithms    | smith-waterman,needleman-wunsch
			Compare GAN, VAE and diffusion models | generative-adversarial-network,variational-autoencoder,\
			denoising-diffusion
			Comparez la forêt aléatoire et XGBoost                        | random-forest,xgboost
			Compare knowledge distilation and longformer | knowledge-distillation,longformer-bigbird
			""")
	void compareQuestionsKeepNamedOrder(String message, String methods) {
		Understanding understanding = analyze(message);
		assertThat(understanding.intent()).isEqualTo(Intent.COMPARE);
		assertThat(understanding.methodIds()).containsExactly(methods.split(","));
	}

	@Test
	void compareOfSevenMethodsAsksToNarrowDown() {
		Understanding understanding = analyze("Compare BERT, GPT, T5, ELMo, XLNet, RoBERTa and ALBERT");
		assertThat(understanding.intent()).isEqualTo(Intent.CLARIFY);
		assertThat(understanding.clarification().reason()).isEqualTo(Clarification.Reason.TOO_MANY);
	}

	@Test
	void unknownMethodAsksBack() {
		Understanding understanding = analyze("What is the Froobnicator method?");
		assertThat(understanding.intent()).isEqualTo(Intent.CLARIFY);
		assertThat(understanding.methodIds()).isEmpty();
		assertThat(understanding.clarification().reason()).isEqualTo(Clarification.Reason.NOT_FOUND);
	}

	@Test
	void descriptionWithoutNameFindsMethod() {
		Understanding understanding = analyze(
				"What is the technique where a small student network learns from a big teacher?");
		assertThat(understanding.methodIds()).containsExactly("knowledge-distillation");
	}

	@Test
	void searchReadsDomainAndPeriod() {
		Understanding understanding = analyze("Which statistics methods were introduced before 1950?");
		assertThat(understanding.intent()).isEqualTo(Intent.SEARCH);
		assertThat(understanding.filter().domains()).contains("Statistics");
		assertThat(understanding.filter().yearTo()).isEqualTo(1949);
		assertThat(understanding.filter().yearFrom()).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Which methods were introduced between 1990 and 2000?  | 1990 | 2000
			List methods from the 2010s                           | 2010 | 2019
			Quelles méthodes depuis 2015 ?                        | 2015 |
			1950'den önce hangi yöntemler var?                    |      | 1949
			""")
	void searchReadsPeriods(String message, Integer from, Integer to) {
		Understanding understanding = analyze(message);
		assertThat(understanding.intent()).isEqualTo(Intent.SEARCH);
		assertThat(understanding.filter().yearFrom()).isEqualTo(from);
		assertThat(understanding.filter().yearTo()).isEqualTo(to);
	}

	@Test
	void searchReadsAuthor() {
		Understanding understanding = analyze("Which methods were proposed by Hinton?");
		assertThat(understanding.intent()).isEqualTo(Intent.SEARCH);
		assertThat(understanding.filter().author()).isEqualTo("Hinton");
	}

	@Test
	void relatedQuestionNamesMethod() {
		Understanding understanding = analyze("Which methods are related to knowledge distillation?");
		assertThat(understanding.intent()).isEqualTo(Intent.RELATED);
		assertThat(understanding.methodIds()).containsExactly("knowledge-distillation");
	}

	@Test
	void pronounFollowUpUsesPreviousMethod() {
		Understanding understanding = analyzer.analyze("Who proposed it?", null, after("describe", "lora"));
		assertThat(understanding.intent()).isEqualTo(Intent.FIELD);
		assertThat(understanding.methodIds()).containsExactly("lora");
		assertThat(understanding.usedContext()).isTrue();
	}

	@Test
	void compareItWithAddsPreviousMethodFirst() {
		Understanding understanding = analyzer.analyze("Compare it with ELMo", null, after("describe", "bert"));
		assertThat(understanding.methodIds()).containsExactly("bert", "elmo");
	}

	@Test
	void addExtendsPreviousComparison() {
		Understanding understanding = analyzer.analyze("And add XGBoost", null,
				after("compare", "random-forest", "adaboost"));
		assertThat(understanding.intent()).isEqualTo(Intent.COMPARE);
		assertThat(understanding.methodIds()).containsExactly("random-forest", "adaboost", "xgboost");
	}

	@Test
	void whichOneIsOlderComparesPreviousMethodsByYear() {
		Understanding understanding = analyzer.analyze("Which one is older?", null, after("compare", "lstm", "gru"));
		assertThat(understanding.intent()).isEqualTo(Intent.COMPARE);
		assertThat(understanding.methodIds()).containsExactly("lstm", "gru");
		assertThat(understanding.field()).isEqualTo(MethodField.YEAR_OF_ORIGIN);
	}

	@Test
	void compareLesDeuxComparesPreviousMethodsInFrench() {
		Understanding understanding = analyzer.analyze("Compare les deux", null, after("compare", "bert", "gpt"));
		assertThat(understanding.intent()).isEqualTo(Intent.COMPARE);
		assertThat(understanding.methodIds()).containsExactly("bert", "gpt");
		assertThat(understanding.language()).isEqualTo(Language.FR);
	}

	@Test
	void followUpWithoutContextAsksForMethod() {
		Understanding understanding = analyze("Who proposed it?");
		assertThat(understanding.intent()).isEqualTo(Intent.CLARIFY);
		assertThat(understanding.clarification().reason()).isEqualTo(Clarification.Reason.NEED_METHOD);
	}

	@Test
	void requestedLanguageOverridesDetection() {
		Understanding understanding = analyzer.analyze("What is LSTM?", Language.TR,
				Conversation.empty(UUID.randomUUID()));
		assertThat(understanding.language()).isEqualTo(Language.TR);
	}

	@Test
	void greetingIsSmalltalk() {
		assertThat(analyze("Hello!").intent()).isEqualTo(Intent.SMALLTALK);
		assertThat(analyze("Merci beaucoup").intent()).isEqualTo(Intent.SMALLTALK);
	}

}
