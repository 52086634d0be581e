package org.scholargate.assistant.compose;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.scholargate.catalog.MethodRecord;

/**
 * Builds the how-to-cite line of an answer from the public base URL and today's date.
 */
final class CiteAsBuilder {

	private static final String SITE = "ScholarGate Assistant";

	private final String baseUrl;

	private final Clock clock;

	CiteAsBuilder(URI publicBaseUrl, Clock clock) {
		String base = publicBaseUrl.toString();
		this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.clock = clock;
	}

	String method(MethodRecord record) {
		return SITE + ". " + record.name() + ". Retrieved " + today() + " from " + this.baseUrl + "/methods/"
				+ record.id();
	}

	String comparison(List<MethodRecord> records) {
		String names = records.stream().map(MethodRecord::name).collect(Collectors.joining(" · "));
		String ids = records.stream().map(MethodRecord::id).collect(Collectors.joining(","));
		return SITE + ". Compare methods: " + names + ". Retrieved " + today() + " from " + this.baseUrl
				+ "/compare?ids=" + ids;
	}

	String listing(List<MethodRecord> records) {
		String names = records.stream().map(MethodRecord::name).collect(Collectors.joining(" · "));
		String ids = records.stream().map(MethodRecord::id).collect(Collectors.joining(","));
		return SITE + ". Methods: " + names + ". Retrieved " + today() + " from " + this.baseUrl + "/methods?ids="
				+ ids;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
