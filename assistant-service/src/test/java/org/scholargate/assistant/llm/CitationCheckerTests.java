package org.scholargate.assistant.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitationCheckerTests {

	private static final Map<Integer, CitationChecker.CitedRecord> SOURCES = Map.of(1,
			new CitationChecker.CitedRecord("Knowledge Distillation", Set.of(2015, 2006, 2014)), 2,
			new CitationChecker.CitedRecord("Longformer / BigBird", Set.of(2020)));

	private final CitationChecker checker = new CitationChecker(SOURCES);

	private final List<String> released = new ArrayList<>();

	private String run(String... chunks) {
		StringBuilder text = new StringBuilder();
		for (String chunk : chunks) {
			String out = this.checker.accept(chunk);
			this.released.add(out);
			text.append(out);
		}
		String rest = this.checker.finish();
		this.released.add(rest);
		return text.append(rest).toString();
	}

	@Test
	void markerSplitAcrossChunksIsKept() {
		assertThat(run("Distillation dates from 2015 ", "[", "1", "]", "."))
			.isEqualTo("Distillation dates from 2015 [1].");
		assertThat(this.checker.keptMarkers()).isEqualTo(1);
		assertThat(this.checker.issues()).isEmpty();
	}

	@Test
	void unknownMarkerIsRemovedWithItsSpace() {
		assertThat(run("It compresses models [1] [", "9", "]. Also this [9] here."))
			.isEqualTo("It compresses models [1]. Also this here.");
		assertThat(this.checker.issues()).extracting(ProseNotice::code).containsExactly("unknown_source");
	}

	@Test
	void unknownMarkerNeverLeavesTheChecker() {
		run("A [", "9", "] b [9] c [1].");
		assertThat(String.join("", this.released)).doesNotContain("[9]");
		assertThat(this.released).noneMatch((chunk) -> chunk.contains("9"));
	}

	@Test
	void wrongYearRemovesMarkerAndListsIssue() {
		assertThat(run("It was introduced in 2019 [1].")).isEqualTo("It was introduced in 2019.");
		assertThat(this.checker.issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.code()).isEqualTo("year_mismatch");
			assertThat(issue.message()).contains("[1]", "2019", "Knowledge Distillation");
		});
		assertThat(this.checker.keptMarkers()).isZero();
	}

	@Test
	void yearAfterMarkerInSameSentenceCounts() {
		assertThat(run("Hinton proposed it [1], building on work from 1999."))
			.isEqualTo("Hinton proposed it, building on work from 1999.");
	}

	@Test
	void sourceYearAndNoteYearAreAccepted() {
		assertThat(run("It builds on model compression from 2006 [1]. It was first shown in 2014 [1]."))
			.isEqualTo("It builds on model compression from 2006 [1]. It was first shown in 2014 [1].");
	}

	@Test
	void yearOfAnotherCitedRecordIsExplained() {
		assertThat(run("Distillation (2015) is older than Longformer (2020) [1][2]."))
			.isEqualTo("Distillation (2015) is older than Longformer (2020) [1][2].");
		assertThat(this.checker.keptMarkers()).isEqualTo(2);
	}

	@Test
	void yearOfUncitedRecordRemovesMarker() {
		assertThat(run("Distillation came before Longformer (2020) [1]."))
			.isEqualTo("Distillation came before Longformer (2020).");
	}

	@Test
	void markerAfterFullStopBelongsToPreviousSentence() {
		assertThat(run("It dates from 2015. [1] Longformer dates from 2020. [1]"))
			.isEqualTo("It dates from 2015. [1] Longformer dates from 2020.");
		assertThat(this.checker.issues()).extracting(ProseNotice::code).containsExactly("year_mismatch");
	}

	@Test
	void bracketedYearIsReleasedAtThirdDigit() {
		assertThat(this.checker.accept("See the [20")).isEqualTo("See the");
		assertThat(this.checker.accept("2")).isEqualTo(" [202");
		assertThat(this.checker.accept("4 report")).isEqualTo("4 report");
	}

	@Test
	void textWithoutMarkerIsNotHeld() {
		assertThat(this.checker.accept("Plain text, no marker")).isEqualTo("Plain text, no marker");
	}

	@Test
	void openBracketAtEndIsPlainText() {
		assertThat(run("Ends with [1")).isEqualTo("Ends with [1");
		assertThat(this.checker.keptMarkers()).isZero();
	}

	@Test
	void lineBreakBeforeRemovedMarkerStays() {
		assertThat(run("- Item one [1]\n[9] next line")).isEqualTo("- Item one [1]\n next line");
	}

	@Test
	void splitSurrogatePairStaysWhole() {
		String emoji = "😀";
		String first = this.checker.accept("Smile " + emoji.charAt(0));
		assertThat(first).isEqualTo("Smile ");
		assertThat(this.checker.accept(emoji.charAt(1) + " ok")).isEqualTo(emoji + " ok");
	}

	@Test
	void multiByteTextSurvives() {
		assertThat(run("Bilgi damıtma, ", "élève, 😀 ", "[1", "].")).isEqualTo("Bilgi damıtma, élève, 😀 [1].");
	}

	@Test
	void yearsInTextAreFourDigitNumbers() {
		assertThat(CitationChecker.yearsIn("In 2015, 10000 tokens, 1024 dims, 97.5%, 1958 and [2017]"))
			.containsExactlyInAnyOrder(2015, 1958, 2017);
	}

}
