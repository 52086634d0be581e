package org.scholargate.catalog;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching: case, accents in either normal form, Turkish dotted and
 * dotless i, and dashes.
 *
 * <p>
 * The functions here never depend on the JVM's default locale, so a service started in a
 * Turkish locale folds {@code "I"} exactly as one started in an English locale.
 */
public final class TextFolding {

	private TextFolding() {
	}

	/**
	 * Folds text for comparison: NFKC, lower case without locale rules (both {@code İ}
	 * and {@code ı} become {@code i}), combining marks removed after NFD, every dash
	 * turned into a hyphen-minus and typographic apostrophes into {@code '}.
	 */
	public static String fold(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String decomposed = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC), Normalizer.Form.NFD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		decomposed.codePoints().forEach((codePoint) -> appendFolded(folded, codePoint));
		return folded.toString();
	}

	private static void appendFolded(StringBuilder folded, int codePoint) {
		if (Character.getType(codePoint) == Character.NON_SPACING_MARK) {
			return;
		}
		if (codePoint == 'ı' || codePoint == 'İ' || codePoint == 'I') {
			folded.append('i');
		}
		else if (isDash(codePoint)) {
			folded.append('-');
		}
		else if (codePoint == '\u2019' || codePoint == '\u2018' || codePoint == '\u02BC' || codePoint == '`') {
			folded.append('\'');
		}
		else {
			folded.appendCodePoint(Character.toLowerCase(codePoint));
		}
	}

	private static boolean isDash(int codePoint) {
		return (codePoint >= 0x2010 && codePoint <= 0x2015) || codePoint == 0x2212 || codePoint == 0xFE58
				|| codePoint == 0xFE63 || codePoint == 0xFF0D;
	}

	/**
	 * Returns the key under which two table cells count as equal: NFKC, full case folding
	 * and runs of white space collapsed to one space.
	 */
	public static String cellKey(String text) {
		if (text == null) {
			return "";
		}
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
		String caseFolded = normalized.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
		return caseFolded.strip().replaceAll("\\s+", " ");
	}

	/**
	 * Returns the folded text with every run of characters other than letters and digits
	 * replaced by one space, so {@code "Kaplan–Meier"}, {@code "kaplan-meier"} and
	 * {@code "KAPLAN MEIER"} share one key.
	 */
	public static String nameKey(String text) {
		return fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
