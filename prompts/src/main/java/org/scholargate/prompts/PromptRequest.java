package org.scholargate.prompts;

import java.util.List;

/**
 * What a model needs to write the prose of one answer.
 *
 * @param intent the intent, one of {@link ModelPrompts#INTENTS}
 * @param language the answer language code
 * @param field for the {@code field} intent, the label of the field asked about;
 * otherwise {@code null}
 * @param question the user's message
 * @param sources the sources, numbered as the answer sends them
 * @param draft the grounded answer composed from the same sources
 */
public record PromptRequest(String intent, String language, String field, String question, List<PromptSource> sources,
		String draft) {

	public PromptRequest {
		sources = List.copyOf(sources);
	}

}
