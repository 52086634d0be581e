package org.scholargate.catalog.search;

import java.util.List;

import org.scholargate.catalog.MethodRecord;

/**
 * One page of search results.
 *
 * @param total the number of records that match
 * @param records the records of this page, in order
 */
public record SearchPage(int total, List<MethodRecord> records) {

}
