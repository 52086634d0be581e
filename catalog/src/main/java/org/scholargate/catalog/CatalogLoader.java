package org.scholargate.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads record files and validates them one by one and against each other, so that a
 * catalog either loads whole or fails with every problem listed.
 */
public final class CatalogLoader {

	/** Classpath folder of the bundled catalog. */
	public static final String BUNDLED_ROOT = "catalog/";

	private static final String INDEX = "methods.index";

	private final JsonMapper mapper = JsonMapper.builder().build();

	/**
	 * Loads the catalog bundled with this library.
	 * @throws CatalogValidationException when a bundled record is invalid
	 */
	public Catalog loadBundled() {
		Vocabulary vocabulary = bundledVocabulary();
		List<RecordFile> files = new ArrayList<>();
		for (String name : readClasspath(BUNDLED_ROOT + INDEX).split("\\R")) {
			if (!name.isBlank()) {
				String path = BUNDLED_ROOT + "methods/" + name.strip();
				files.add(new RecordFile(path, readClasspath(path)));
			}
		}
		return load(files, vocabulary);
	}

	/**
	 * Loads every {@code *.json} file of a folder, with the vocabulary of
	 * {@code vocabulary.tsv} in its parent folder when present, otherwise the bundled
	 * vocabulary.
	 * @throws CatalogValidationException when a record is invalid
	 * @throws UncheckedIOException when the folder cannot be read
	 */
	public Catalog loadDirectory(Path methodsDirectory) {
		Path vocabularyFile = methodsDirectory.toAbsolutePath().getParent().resolve("vocabulary.tsv");
		Vocabulary vocabulary = Files.isRegularFile(vocabularyFile) ? readVocabulary(vocabularyFile)
				: bundledVocabulary();
		try (Stream<Path> paths = Files.list(methodsDirectory)) {
			List<RecordFile> files = paths.filter((path) -> path.getFileName().toString().endsWith(".json"))
				.sorted()
				.map((path) -> new RecordFile(path.getFileName().toString(), readFile(path)))
				.toList();
			return load(files, vocabulary);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to list catalog folder '" + methodsDirectory + "'", ex);
		}
	}

	/**
	 * Validates and loads the given record files.
	 * @throws CatalogValidationException listing every invalid value
	 */
	public Catalog load(List<RecordFile> files, Vocabulary vocabulary) {
		List<CatalogValidationException.Problem> problems = new ArrayList<>();
		List<MethodRecord> records = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (RecordFile file : files) {
			MethodRecord record = readRecord(file, vocabulary, problems);
			if (record != null) {
				records.add(record);
				names.add(file.name());
			}
		}
		if (files.isEmpty()) {
			problems.add(new CatalogValidationException.Problem("(catalog)", "records", "contains no record file",
					"add at least one record file"));
		}
		problems.addAll(CrossRecordChecks.check(records, names));
		if (!problems.isEmpty()) {
			throw new CatalogValidationException(problems);
		}
		return new Catalog(records, vocabulary, versionOf(files));
	}

	private MethodRecord readRecord(RecordFile file, Vocabulary vocabulary,
			List<CatalogValidationException.Problem> problems) {
		JsonNode root;
		try {
			root = this.mapper.readTree(file.content());
		}
		catch (JacksonException ex) {
			problems.add(new CatalogValidationException.Problem(file.name(), "(file)",
					"is not valid JSON: " + ex.getOriginalMessage(), "fix the JSON syntax near "
							+ ((ex.getLocation() != null) ? "line " + ex.getLocation().getLineNr() : "the start")));
			return null;
		}
		RecordReader reader = new RecordReader(file.name(), vocabulary);
		MethodRecord record = reader.read(root);
		problems.addAll(reader.problems());
		return record;
	}

	/**
	 * Returns the vocabulary bundled with this library.
	 */
	public static Vocabulary bundledVocabulary() {
		String path = BUNDLED_ROOT + "vocabulary.tsv";
		return Vocabulary.parse(new BufferedReader(new StringReader(readClasspath(path))), path);
	}

	private static Vocabulary readVocabulary(Path file) {
		return Vocabulary.parse(new BufferedReader(new StringReader(readFile(file))), file.toString());
	}

	private static String readClasspath(String path) {
		try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new UncheckedIOException(new IOException("Classpath resource '" + path + "' not found"));
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to read classpath resource '" + path + "'", ex);
		}
	}

	private static String readFile(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to read '" + path + "'", ex);
		}
	}

	private static String versionOf(List<RecordFile> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach((file) -> {
				digest.update(file.name().getBytes(StandardCharsets.UTF_8));
				digest.update(file.content().getBytes(StandardCharsets.UTF_8));
			});
			return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * The content of one record file.
	 *
	 * @param name the file name or path, used in error messages
	 * @param content the JSON text
	 */
	public record RecordFile(String name, String content) {

	}

}
