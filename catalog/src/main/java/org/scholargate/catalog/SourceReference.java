package org.scholargate.catalog;

/**
 * A publication a record relies on, with a link that reaches it.
 *
 * @param authors the authors as displayed, for example
 * {@code Hinton, G., Vinyals, O. & Dean, J.}
 * @param year the year of publication
 * @param title the title, without a trailing full stop
 * @param venue the journal, conference or preprint server, without a trailing full stop
 * @param url an https link to the publication: an arXiv abstract page, a DOI or the
 * publisher's page
 */
public record SourceReference(String authors, int year, String title, String venue, String url) {

	/**
	 * Returns the reference as one string: {@code authors (year). title. venue.}
	 */
	public String citation() {
		return this.authors + " (" + this.year + "). " + sentence(this.title) + " " + sentence(this.venue);
	}

	private static String sentence(String text) {
		String trimmed = text.strip();
		char last = trimmed.charAt(trimmed.length() - 1);
		return (last == '.' || last == '?' || last == '!') ? trimmed : trimmed + ".";
	}

}
