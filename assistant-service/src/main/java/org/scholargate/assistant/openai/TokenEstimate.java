package org.scholargate.assistant.openai;

/**
 * Estimates token counts for the {@code usage} field.
 */
final class TokenEstimate {

	private TokenEstimate() {
	}

	/**
	 * Returns a rough token count of a text: one token per four code points, rounded up.
	 */
	// NOTE: An estimate, not a tokenizer count; answers composed from records use no
	// model tokens at all.
	static int of(String text) {
		int codePoints = text.codePointCount(0, text.length());
		return (codePoints + 3) / 4;
	}

}
