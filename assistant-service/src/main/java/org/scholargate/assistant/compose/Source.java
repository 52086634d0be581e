package org.scholargate.assistant.compose;

import java.util.List;

/**
 * A citation of an answer: the record and the publication that a {@code [n]} marker
 * points to.
 *
 * @param index the {@code n} of the markers that cite this source
 * @param methodId the id of the record
 * @param methodName the name of the record
 * @param version the version of the record
 * @param status the status of the record
 * @param citation the reference the statements rely on
 * @param url the link to the reference
 * @param fields the record fields the answer used, by API name
 */
public record Source(int index, String methodId, String methodName, String version, String status, String citation,
		String url, List<String> fields) {

	public Source {
		fields = List.copyOf(fields);
	}

}
