package org.scholargate.assistant.llm;

/**
 * A warning about a model-written answer, or a citation marker of the model's text that
 * was removed before it reached the client.
 *
 * @param code a stable code, such as {@code unknown_source}
 * @param message a message for people
 */
public record ProseNotice(String code, String message) {

	static ProseNotice unknownSource(int index) {
		return new ProseNotice("unknown_source",
				"Removed a marker that cites source " + index + ", which the answer does not have");
	}

	static ProseNotice yearMismatch(int index, int year, String methodName) {
		return new ProseNotice("year_mismatch", "Removed the marker [" + index + "] because the year " + year
				+ " in its sentence matches neither the year of origin nor a source of " + methodName);
	}

	static ProseNotice modelUnavailable() {
		return new ProseNotice("model_unavailable",
				"The language model could not write this answer, so it was composed from the records");
	}

}
