package org.scholargate.assistant.llm;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import org.scholargate.assistant.compose.GroundedAnswer;
import org.scholargate.assistant.compose.Source;
import org.scholargate.assistant.understanding.Understanding;
import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.Language;
import org.scholargate.catalog.MethodRecord;
import org.scholargate.catalog.SourceReference;
import org.scholargate.prompts.AnswerTemplates;
import org.scholargate.prompts.ModelPrompts;
import org.scholargate.prompts.PromptRequest;
import org.scholargate.prompts.PromptSource;

/**
 * Builds the model request of a grounded answer: the system prompt, and the intent's
 * instruction with the answer's sources numbered exactly as they are sent, each with the
 * record values the grounded answer used. Also returns the years that each source's
 * record states, for the citation checks.
 */
final class ModelRequests {

	private final Catalog catalog;

	private final ModelPrompts prompts;

	private final AnswerTemplates templates;

	ModelRequests(Catalog catalog, ModelPrompts prompts, AnswerTemplates templates) {
		this.catalog = catalog;
		this.prompts = prompts;
		this.templates = templates;
	}

	ChatRequest chatRequest(ProseRequest request) {
		Understanding understanding = request.understanding();
		String language = understanding.language().code();
		String field = (understanding.field() != null) ? this.templates.label("en", understanding.field().jsonName())
				: null;
		List<PromptSource> sources = request.grounded()
			.sources()
			.stream()
			.map((source) -> promptSource(source, understanding.language()))
			.toList();
		PromptRequest prompt = new PromptRequest(understanding.intent().value(), language, field, request.question(),
				sources, request.grounded().text());
		return ChatRequest.builder()
			.messages(SystemMessage.from(this.prompts.system(language)), UserMessage.from(this.prompts.request(prompt)))
			.build();
	}

	/**
	 * Returns, for each source index of an answer, its record's name and the years the
	 * record states.
	 */
	Map<Integer, CitationChecker.CitedRecord> citedRecords(GroundedAnswer answer) {
		Map<Integer, CitationChecker.CitedRecord> cited = new HashMap<>();
		for (Source source : answer.sources()) {
			MethodRecord record = record(source);
			Set<Integer> years = new HashSet<>();
			years.add(record.yearOfOrigin());
			record.sources().forEach((reference) -> years.add(reference.year()));
			if (record.yearNote() != null) {
				years.addAll(CitationChecker.yearsIn(record.yearNote()));
			}
			cited.put(source.index(), new CitationChecker.CitedRecord(record.name(), years));
		}
		return cited;
	}

	private MethodRecord record(Source source) {
		return this.catalog.find(source.methodId())
			.orElseThrow(() -> new IllegalStateException("Source " + source.index() + " names record '"
					+ source.methodId() + "', which the catalog does not hold"));
	}

	private PromptSource promptSource(Source source, Language language) {
		MethodRecord record = record(source);
		Map<String, String> facts = new LinkedHashMap<>();
		for (String field : source.fields()) {
			String value = fact(record, field, language);
			if (value != null && !value.isBlank()) {
				facts.put(field, value);
			}
		}
		if (facts.containsKey("yearOfOrigin") && record.yearNote() != null) {
			facts.put("yearNote", record.yearNote());
		}
		return new PromptSource(source.index(), record.name(), source.citation(), facts);
	}

	private String fact(MethodRecord record, String field, Language language) {
		return switch (field) {
			case "name" -> record.name();
			case "aliases" -> record.aliases()
				.stream()
				.map((alias) -> alias.text() + " (" + alias.language() + ")")
				.collect(Collectors.joining(", "));
			case "domain" -> this.catalog.vocabulary().label(record.domain(), language);
			case "family" -> this.catalog.vocabulary().label(record.family(), language);
			case "yearOfOrigin" -> String.valueOf(record.yearOfOrigin());
			case "originalAuthors" -> record.originalAuthors();
			case "type" -> record.type(language);
			case "foundingSource" -> record.foundingSource().citation();
			case "sources" ->
				record.sources().stream().map(SourceReference::citation).collect(Collectors.joining(" | "));
			case "related" -> record.related()
				.stream()
				.map(this.catalog::findPublished)
				.flatMap(java.util.Optional::stream)
				.map(MethodRecord::name)
				.collect(Collectors.joining(", "));
			case "summary" -> record.summary(language);
			case "version" -> record.version();
			case "status" -> record.status().value();
			default -> null;
		};
	}

}
