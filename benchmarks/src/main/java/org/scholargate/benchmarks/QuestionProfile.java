package org.scholargate.benchmarks;

import java.util.Arrays;

import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.EntityLinker;
import org.scholargate.catalog.search.MethodQuery;

/**
 * Prints the median time of linking and of a top-10 search per benchmark question, to
 * show which questions cost the most:
 * {@code java -cp benchmarks.jar org.scholargate.benchmarks.QuestionProfile bundled}.
 */
public final class QuestionProfile {

	private QuestionProfile() {
	}

	public static void main(String[] args) {
		Catalog catalog = Datasets.load((args.length > 0) ? args[0] : "bundled");
		CatalogIndex index = CatalogIndex.build(catalog);
		EntityLinker linker = new EntityLinker(index);
		System.out.println("question | link median us | search median us");
		for (int pass = 0; pass < 2; pass++) {
			for (String question : ComponentBenchmarks.QUESTIONS) {
				long[] link = new long[200];
				long[] search = new long[200];
				for (int i = 0; i < link.length; i++) {
					long start = System.nanoTime();
					linker.link(question, true);
					long middle = System.nanoTime();
					index.search(MethodQuery.text(question), 10, 0);
					link[i] = (middle - start) / 1000;
					search[i] = (System.nanoTime() - middle) / 1000;
				}
				Arrays.sort(link);
				Arrays.sort(search);
				if (pass == 1) {
					System.out.println(question + " | " + link[100] + " | " + search[100]);
				}
			}
		}
	}

}
