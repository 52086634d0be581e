package org.scholargate.assistant.catalog;

import org.scholargate.catalog.CatalogValidationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an invalid catalog at start-up into a plain report: every invalid value with its
 * file, field and fix, instead of a stack trace.
 */
class CatalogFailureAnalyzer extends AbstractFailureAnalyzer<CatalogValidationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CatalogValidationException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the listed record files (see catalog/RECORDS.md for the format), or point "
						+ "assistant.catalog.path at a valid folder of records.",
				cause);
	}

}
