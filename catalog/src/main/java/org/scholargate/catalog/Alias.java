package org.scholargate.catalog;

/**
 * Another name of a method, in one language.
 *
 * @param text the alias as written, for example {@code Bilgi Damıtma}
 * @param language the ISO 639-1 code of the language the alias is used in
 */
public record Alias(String text, String language) {

}
