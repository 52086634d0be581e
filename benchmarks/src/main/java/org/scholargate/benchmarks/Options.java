package org.scholargate.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code key=value} arguments.
 */
final class Options {

	private Options() {
	}

	static Map<String, String> parse(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (equals < 1) {
				throw new IllegalArgumentException("Argument '" + arg + "' is not key=value; write it as key=value");
			}
			options.put(arg.substring(0, equals), arg.substring(equals + 1));
		}
		return options;
	}

	/**
	 * Parses {@code 300ms}, {@code 10s} or {@code 2m}.
	 */
	static Duration duration(String text) {
		if (text.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
		}
		if (text.endsWith("s")) {
			return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
		}
		if (text.endsWith("m")) {
			return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
		}
		throw new IllegalArgumentException("Duration '" + text + "' has no unit; use ms, s or m");
	}

}
