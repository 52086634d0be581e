package org.scholargate.assistant.compose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhrasingTests {

	@Test
	void citeEachSentenceMarksEverySentence() {
		String cited = Phrasing.citeEachSentence("First sentence. Second one! Third?", "[1]");
		assertThat(cited).isEqualTo("First sentence [1]. Second one [1]! Third [1]?");
	}

	@Test
	void citeEachSentenceKeepsAbbreviationsBeforeLowerCase() {
		String cited = Phrasing.citeEachSentence("Zaheer et al. proposed it in 2020. It scales.", "[2]");
		assertThat(cited).isEqualTo("Zaheer et al. proposed it in 2020 [2]. It scales [2].");
	}

	@Test
	void citeEachSentenceAppendsMarkerWithoutFinalStop() {
		assertThat(Phrasing.citeEachSentence("No full stop", "[3]")).isEqualTo("No full stop [3]");
	}

}
