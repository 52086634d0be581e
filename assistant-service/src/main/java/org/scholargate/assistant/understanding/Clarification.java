package org.scholargate.assistant.understanding;

import java.util.List;

/**
 * Why an answer asks back, and what it can suggest.
 *
 * @param reason why the question cannot be answered as asked
 * @param methodIds the methods involved: suggestions, the methods named, or the one
 * method to compare
 */
public record Clarification(Reason reason, List<String> methodIds) {

	public Clarification {
		methodIds = List.copyOf(methodIds);
	}

	/**
	 * Why an answer asks back.
	 */
	public enum Reason {

		/** No catalog method matches; suggestions may follow. */
		NOT_FOUND,

		/** Several methods match equally well. */
		AMBIGUOUS,

		/** More than six methods were named for a comparison. */
		TOO_MANY,

		/** Only one method was named for a comparison. */
		NEED_SECOND,

		/** A follow-up question refers to a method, but the conversation names none. */
		NEED_METHOD

	}

}
