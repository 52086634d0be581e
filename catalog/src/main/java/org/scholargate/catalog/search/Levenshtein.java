package org.scholargate.catalog.search;

/**
 * Edit distance between two short strings: insertions, deletions and substitutions of one
 * {@code char} each.
 */
final class Levenshtein {

	private Levenshtein() {
	}

	/**
	 * Returns the edit distance of two strings when it is at most {@code max}, and
	 * {@code max + 1} otherwise. Stops as soon as every cell of a row exceeds
	 * {@code max}.
	 */
	static int distance(String a, String b, int max) {
		if (Math.abs(a.length() - b.length()) > max) {
			return max + 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (rowMin > max) {
				return max + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[b.length()], max + 1);
	}

}
