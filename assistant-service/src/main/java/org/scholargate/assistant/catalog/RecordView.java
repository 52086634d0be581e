package org.scholargate.assistant.catalog;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.scholargate.catalog.Alias;
import org.scholargate.catalog.MethodRecord;
import org.scholargate.catalog.SourceReference;
import org.scholargate.catalog.Translation;

/**
 * A method record as the API shows it.
 *
 * @param id the record id
 * @param name the display name
 * @param aliases other names with their language
 * @param domain the domain
 * @param family the family
 * @param yearOfOrigin the year of the first public release
 * @param yearNote why that year was chosen, when two are defensible
 * @param originalAuthors the original authors
 * @param type what kind of method it is
 * @param foundingSource the founding publication
 * @param sources every publication, the founding source first
 * @param related ids of related records
 * @param summary the summary in English
 * @param translations the summary and type in other languages
 * @param version the record version
 * @param status the publication status
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecordView(String id, String name, List<Alias> aliases, String domain, String family, int yearOfOrigin,
		String yearNote, String originalAuthors, String type, SourceView foundingSource, List<SourceView> sources,
		List<String> related, String summary,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Translation> translations, String version,
		String status) {

	static RecordView of(MethodRecord record) {
		return new RecordView(record.id(), record.name(), record.aliases(), record.domain(), record.family(),
				record.yearOfOrigin(), record.yearNote(), record.originalAuthors(), record.type(),
				SourceView.of(record.foundingSource()), record.sources().stream().map(SourceView::of).toList(),
				record.related(), record.summary(), record.translations(), record.version(), record.status().value());
	}

	/**
	 * A publication as the API shows it.
	 *
	 * @param citation the full reference
	 * @param url the link
	 * @param authors the authors
	 * @param year the year
	 * @param title the title
	 * @param venue the venue
	 */
	record SourceView(String citation, String url, String authors, int year, String title, String venue) {

		static SourceView of(SourceReference source) {
			return new SourceView(source.citation(), source.url(), source.authors(), source.year(), source.title(),
					source.venue());
		}

	}

}
