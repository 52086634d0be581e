package org.scholargate.catalog.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the bounded edit distance.
 */
class LevenshteinTests {

	@Test
	void distanceWithinBound() {
		assertThat(Levenshtein.distance("lora", "lora", 1)).isZero();
		assertThat(Levenshtein.distance("lora", "lara", 1)).isEqualTo(1);
		assertThat(Levenshtein.distance("tranformer", "transformer", 2)).isEqualTo(1);
		assertThat(Levenshtein.distance("kitten", "sitting", 3)).isEqualTo(3);
	}

	@Test
	void distanceOverBoundIsBoundPlusOne() {
		assertThat(Levenshtein.distance("abcdef", "uvwxyz", 2)).isEqualTo(3);
		assertThat(Levenshtein.distance("kitten", "sitting", 2)).isEqualTo(3);
		assertThat(Levenshtein.distance("bert", "roberta", 2)).isEqualTo(3);
	}

	@Test
	void transpositionCountsTwoEdits() {
		assertThat(Levenshtein.distance("lroa", "lora", 2)).isEqualTo(2);
		assertThat(Levenshtein.distance("lroa", "lora", 1)).isEqualTo(2);
	}

}
