package org.scholargate.catalog;

/**
 * The summary and type of a record in a language other than English.
 *
 * @param summary the translated summary
 * @param type the translated type
 */
public record Translation(String summary, String type) {

}
