package org.scholargate.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A structured record of one scholarly method: the unit every answer is grounded in.
 *
 * @param id stable lower-case slug
 * @param name display name in English
 * @param aliases other names, each with its language
 * @param domain domain, from the controlled vocabulary
 * @param family family of the domain, from the controlled vocabulary
 * @param yearOfOrigin year of the first public release
 * @param yearNote why the year was chosen where two are defensible, or {@code null}
 * @param originalAuthors the original authors as displayed
 * @param type what kind of method this is
 * @param foundingSource the founding publication
 * @param furtherSources more publications, possibly empty
 * @param related ids of related records
 * @param summary two or three sentences in English
 * @param translations summary and type in other languages, by ISO 639-1 code
 * @param version record version, such as {@code v1}
 * @param status publication status
 */
public record MethodRecord(String id, String name, List<Alias> aliases, String domain, String family, int yearOfOrigin,
		String yearNote, String originalAuthors, String type, SourceReference foundingSource,
		List<SourceReference> furtherSources, List<String> related, String summary,
		Map<String, Translation> translations, String version, RecordStatus status) {

	public MethodRecord {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		furtherSources = (furtherSources != null) ? List.copyOf(furtherSources) : List.of();
		related = (related != null) ? List.copyOf(related) : List.of();
		translations = (translations != null) ? Map.copyOf(translations) : Map.of();
	}

	/**
	 * Returns every source of the record, the founding source first.
	 */
	public List<SourceReference> sources() {
		List<SourceReference> sources = new ArrayList<>(1 + this.furtherSources.size());
		sources.add(this.foundingSource);
		sources.addAll(this.furtherSources);
		return Collections.unmodifiableList(sources);
	}

	/**
	 * Returns the summary in the given language when the record has a translation,
	 * otherwise in English.
	 */
	public String summary(Language language) {
		Translation translation = this.translations.get(language.code());
		return (translation != null && translation.summary() != null) ? translation.summary() : this.summary;
	}

	/**
	 * Returns the type in the given language when the record has a translation, otherwise
	 * in English.
	 */
	public String type(Language language) {
		Translation translation = this.translations.get(language.code());
		return (translation != null && translation.type() != null) ? translation.type() : this.type;
	}

	/**
	 * Returns whether the summary is available in the given language rather than only in
	 * English.
	 */
	public boolean isTranslated(Language language) {
		return language == Language.EN || this.translations.containsKey(language.code());
	}

	/**
	 * Returns whether answers may be grounded in this record.
	 */
	public boolean isPublished() {
		return this.status == RecordStatus.PUBLISHED;
	}

}
