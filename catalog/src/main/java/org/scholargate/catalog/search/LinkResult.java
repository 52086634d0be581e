package org.scholargate.catalog.search;

import java.util.List;

/**
 * What entity linking found in a message.
 *
 * @param mentions the methods found, in the order the message names them, each once
 * @param suggestions ids of the closest records when nothing or too much matched
 * @param contentTokens the tokens of the message that are neither question words nor part
 * of a mention
 * @param unknownNames names the message uses that the catalog does not hold, each as its
 * tokens joined by spaces: capitalized words that are not question words
 * ("Froobnicator"), a catalog name with a modifier or version ("fast r cnn", "gpt 4")
 */
public record LinkResult(List<Mention> mentions, List<String> suggestions, List<String> contentTokens,
		List<String> unknownNames) {

	public LinkResult {
		mentions = List.copyOf(mentions);
		suggestions = List.copyOf(suggestions);
		contentTokens = List.copyOf(contentTokens);
		unknownNames = List.copyOf(unknownNames);
	}

	/**
	 * Returns the ids of the methods found, in order.
	 */
	public List<String> methodIds() {
		return this.mentions.stream().map(Mention::methodId).toList();
	}

}
