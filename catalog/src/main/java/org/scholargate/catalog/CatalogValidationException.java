package org.scholargate.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when bundled or configured catalog files are invalid. The message lists every
 * problem found, each with the file, the field and the fix.
 */
public class CatalogValidationException extends RuntimeException {

	private final List<Problem> problems;

	public CatalogValidationException(List<Problem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	static CatalogValidationException single(String file, String field, String message, String fix) {
		return new CatalogValidationException(List.of(new Problem(file, field, message, fix)));
	}

	/**
	 * Returns every problem found.
	 */
	public List<Problem> getProblems() {
		return this.problems;
	}

	private static String describe(List<Problem> problems) {
		return "Catalog is invalid (" + problems.size() + " problem" + ((problems.size() != 1) ? "s" : "") + "):\n"
				+ problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
	}

	/**
	 * One invalid value.
	 *
	 * @param file the file that holds the value
	 * @param field the field, such as {@code foundingSource.url}
	 * @param message what is wrong, naming the rejected value
	 * @param fix what to change
	 */
	public record Problem(String file, String field, String message, String fix) {

		@Override
		public String toString() {
			return "  " + this.file + ": field '" + this.field + "' " + this.message + "; fix: " + this.fix;
		}

	}

}
