package org.scholargate.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.json.JsonMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.Language;
import org.scholargate.catalog.MethodRecord;
import org.scholargate.catalog.compare.ComparisonTable;
import org.scholargate.catalog.compare.ComparisonTableBuilder;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.EntityLinker;
import org.scholargate.catalog.search.LinkResult;
import org.scholargate.catalog.search.MethodQuery;
import org.scholargate.catalog.search.SearchPage;

/**
 * Latency of the grounded path's components, sampled per call (p50 and p99 from JMH's
 * sample mode): entity linking, a top-10 search, linking plus search, a comparison table
 * and the server-sent-event encoding of answer events.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = { "-Xmx2g", "-XX:+UseG1GC" })
public class ComponentBenchmarks {

	/**
	 * Questions as users ask them: names, aliases, typos, descriptions, three languages.
	 */
	static final List<String> QUESTIONS = List.of("What is LoRA?", "Who invented the Delphi method?",
			"Compare knowledge distillation and Longformer", "Qui a inventé la méthode Delphi ?",
			"tranformer architecture paper", "methods that compress a large model into a small one",
			"A3C ne zaman önerildi?", "Compare BERT, GPT and ELMo", "What is t-SNE used for?",
			"gradient boosting with histogram splits");

	/**
	 * One catalog, its index, linker and table builder, built once per fork.
	 */
	@State(Scope.Benchmark)
	public static class Data {

		/**
		 * Catalogs already made, reused when several benchmarks run in one JVM
		 * ({@code -f 0}).
		 */
		private static final Map<String, Catalog> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

		@Param({ "bundled", "pwc", "10k", "100k" })
		public String catalog;

		CatalogIndex index;

		EntityLinker linker;

		ComparisonTableBuilder tables;

		List<MethodRecord> compared;

		final AtomicInteger next = new AtomicInteger();

		@Setup
		public void setUp() {
			Catalog loaded = LOADED.computeIfAbsent(this.catalog, Datasets::load);
			this.index = CatalogIndex.build(loaded);
			this.linker = new EntityLinker(this.index);
			this.tables = new ComparisonTableBuilder(loaded);
			this.compared = List.of(loaded.find("knowledge-distillation").orElseThrow(),
					loaded.find("a3c").orElseThrow(), loaded.records().get(loaded.size() - 1));
		}

		String question() {
			return QUESTIONS.get(Math.floorMod(this.next.getAndIncrement(), QUESTIONS.size()));
		}

	}

	/**
	 * Answer events as the chat endpoint encodes them.
	 */
	@State(Scope.Benchmark)
	public static class Events {

		final JsonMapper mapper = JsonMapper.builder().build();

		final Map<String, Object> delta = Map.of("text",
				"Knowledge distillation trains a small student model to match the outputs of a larger teacher [1]. ");

		final List<Map<String, Object>> sources = List.of(source(1), source(2), source(3));

		private static Map<String, Object> source(int n) {
			return Map.of("n", n, "recordId", "knowledge-distillation", "name", "Knowledge distillation", "version",
					"v1", "status", "published", "citation",
					"Hinton, G., Vinyals, O. and Dean, J. (2015). Distilling the Knowledge in a Neural Network.", "url",
					"https://arxiv.org/abs/1503.02531", "fields", List.of("summary", "yearOfOrigin"));
		}

	}

	@Benchmark
	public LinkResult link(Data data) {
		return data.linker.link(data.question(), true);
	}

	@Benchmark
	public SearchPage searchTop10(Data data) {
		return data.index.search(MethodQuery.text(data.question()), 10, 0);
	}

	@Benchmark
	public SearchPage linkAndSearch(Data data) {
		String question = data.question();
		LinkResult linked = data.linker.link(question, true);
		return data.index.search(MethodQuery.text(String.join(" ", linked.contentTokens())), 10, 0);
	}

	@Benchmark
	public ComparisonTable table(Data data) {
		return data.tables.build(data.compared, Language.FR);
	}

	@Benchmark
	public byte[] sseDelta(Events events) {
		return frame("delta", events.mapper.writeValueAsString(events.delta));
	}

	@Benchmark
	public byte[] sseSources(Events events) {
		return frame("sources", events.mapper.writeValueAsString(events.sources));
	}

	/**
	 * Frames one event as Spring's server-sent-event writer does.
	 */
	static byte[] frame(String event, String data) {
		return ("event:" + event + "\ndata:" + data + "\n\n").getBytes(StandardCharsets.UTF_8);
	}

}
