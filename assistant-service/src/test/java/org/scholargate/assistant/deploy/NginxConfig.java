package org.scholargate.assistant.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A minimal reader of nginx configuration files: directives with their arguments, and
 * blocks with their directives, enough to check what the compose file's load balancer is
 * set to. Comments are dropped; quoted arguments keep their text without the quotes.
 */
final class NginxConfig {

	private NginxConfig() {
	}

	static Block parse(String text) {
		Tokens tokens = new Tokens(tokenize(text));
		Block root = readBlock(tokens, "main", List.of());
		if (tokens.hasNext()) {
			throw new IllegalArgumentException("Unexpected '" + tokens.next() + "' after the last block");
		}
		return root;
	}

	private static Block readBlock(Tokens tokens, String name, List<String> arguments) {
		Block block = new Block(name, arguments, new ArrayList<>(), new ArrayList<>());
		List<String> words = new ArrayList<>();
		while (tokens.hasNext()) {
			String token = tokens.next();
			switch (token) {
				case ";" -> {
					block.directives().add(new Directive(words.get(0), List.copyOf(words.subList(1, words.size()))));
					words.clear();
				}
				case "{" -> {
					block.blocks().add(readBlock(tokens, words.get(0), List.copyOf(words.subList(1, words.size()))));
					words.clear();
				}
				case "}" -> {
					return block;
				}
				default -> words.add(token);
			}
		}
		if (!"main".equals(name)) {
			throw new IllegalArgumentException("Block '" + name + "' is not closed");
		}
		return block;
	}

	private static List<String> tokenize(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '#') {
				while (i < text.length() && text.charAt(i) != '\n') {
					i++;
				}
			}
			else if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == ';' || c == '{' || c == '}') {
				tokens.add(String.valueOf(c));
				i++;
			}
			else if (c == '"' || c == '\'') {
				int end = text.indexOf(c, i + 1);
				tokens.add(text.substring(i + 1, end));
				i = end + 1;
			}
			else {
				int start = i;
				while (i < text.length() && !Character.isWhitespace(text.charAt(i))
						&& ";{}".indexOf(text.charAt(i)) < 0) {
					i++;
				}
				tokens.add(text.substring(start, i));
			}
		}
		return tokens;
	}

	/**
	 * A block such as {@code server { ... }}.
	 */
	record Block(String name, List<String> arguments, List<Directive> directives, List<Block> blocks) {

		Optional<Block> block(String name) {
			return this.blocks.stream().filter((block) -> block.name().equals(name)).findFirst();
		}

		List<Directive> all(String name) {
			return this.directives.stream().filter((directive) -> directive.name().equals(name)).toList();
		}

		Optional<List<String>> arguments(String name) {
			return all(name).stream().findFirst().map(Directive::arguments);
		}

	}

	/**
	 * A directive such as {@code proxy_buffering off;}.
	 */
	record Directive(String name, List<String> arguments) {

	}

	private static final class Tokens {

		private final List<String> tokens;

		private int next;

		Tokens(List<String> tokens) {
			this.tokens = tokens;
		}

		boolean hasNext() {
			return this.next < this.tokens.size();
		}

		String next() {
			return this.tokens.get(this.next++);
		}

	}

}
