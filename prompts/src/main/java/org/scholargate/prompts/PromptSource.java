package org.scholargate.prompts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One numbered source as a model sees it: the record it belongs to, the reference and the
 * record values the answer may state.
 *
 * @param index the {@code n} of the marker {@code [n]} that cites this source
 * @param method the name of the record
 * @param reference the reference as one string
 * @param facts record values by field name, in the order they are shown
 */
public record PromptSource(int index, String method, String reference, Map<String, String> facts) {

	public PromptSource {
		facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
	}

}
