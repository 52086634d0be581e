package org.scholargate.assistant.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.scholargate.assistant.web.ProblemException;
import org.scholargate.assistant.web.Problems;
import org.scholargate.catalog.Language;
import org.scholargate.catalog.RecordStatus;
import org.scholargate.catalog.TextFolding;
import org.scholargate.catalog.Vocabulary;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.MethodQuery;
import org.scholargate.catalog.search.SearchPage;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Handles {@code GET /api/methods} (search and listing) and {@code GET
 * /api/methods/{id}}.
 */
final class MethodsHandler {

	private static final int DEFAULT_LIMIT = 50;

	private static final int MAX_LIMIT = 1000;

	private final CatalogIndex index;

	MethodsHandler(CatalogIndex index) {
		this.index = index;
	}

	Mono<ServerResponse> list(ServerRequest request) {
		return Mono.defer(() -> {
			int limit = intParameter(request, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
			int offset = intParameter(request, "offset", 0, 0, Integer.MAX_VALUE);
			RecordStatus status = status(request);
			Set<String> domains = domain(request).map(Set::of).orElse(Set.of());
			String text = request.queryParam("q").filter((q) -> !q.isBlank()).orElse(null);
			MethodQuery query = new MethodQuery(text, domains, null, null, null, null, status,
					MethodQuery.Order.RELEVANCE);
			SearchPage page = this.index.search(query, limit, offset);
			List<RecordView> items = page.records().stream().map(RecordView::of).toList();
			return ServerResponse.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("total", page.total(), "items", items));
		}).onErrorResume(ProblemException.class, Problems::respond);
	}

	Mono<ServerResponse> methodNotAllowed(ServerRequest request) {
		return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
			.header("Allow", "GET")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(new ProblemException(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
					"Method " + request.method() + " is not supported on " + request.path() + "; use GET")
				.toProblemDetail());
	}

	Mono<ServerResponse> get(ServerRequest request) {
		String id = request.pathVariable("id");
		return Mono.justOrEmpty(this.index.catalog().find(id))
			.flatMap((record) -> ServerResponse.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(RecordView.of(record)))
			.switchIfEmpty(Mono.defer(() -> Problems.respond(new ProblemException(HttpStatus.NOT_FOUND,
					"method-not-found", "No method with id '" + id + "' is in the catalog"))));
	}

	private static int intParameter(ServerRequest request, String name, int defaultValue, int min, int max) {
		Optional<String> value = request.queryParam(name);
		if (value.isEmpty() || value.get().isBlank()) {
			return defaultValue;
		}
		try {
			int parsed = Integer.parseInt(value.get().strip());
			if (parsed < min || parsed > max) {
				throw invalidParameter(name, value.get(), "from " + min + " to " + max);
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			throw invalidParameter(name, value.get(), "an integer from " + min + " to " + max);
		}
	}

	private static RecordStatus status(ServerRequest request) {
		String value = request.queryParam("status").filter((status) -> !status.isBlank()).orElse("published");
		for (RecordStatus status : RecordStatus.values()) {
			if (status.value().equalsIgnoreCase(value.strip())) {
				return status;
			}
		}
		throw invalidParameter("status", value, "'published' or 'draft'");
	}

	private Optional<String> domain(ServerRequest request) {
		Optional<String> value = request.queryParam("domain").filter((domain) -> !domain.isBlank());
		if (value.isEmpty()) {
			return Optional.empty();
		}
		String folded = TextFolding.fold(value.get().strip());
		Vocabulary vocabulary = this.index.catalog().vocabulary();
		for (Vocabulary.Term term : vocabulary.domains()) {
			for (Language language : Language.values()) {
				if (TextFolding.fold(term.label(language)).equals(folded)) {
					return Optional.of(term.value());
				}
			}
		}
		throw invalidParameter("domain", value.get(),
				"one of " + vocabulary.domains().stream().map(Vocabulary.Term::value).toList());
	}

	private static ProblemException invalidParameter(String name, String value, String expected) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-parameter",
				"Query parameter '" + name + "' is '" + value + "'; expected " + expected);
	}

}
