package org.scholargate.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.search.CatalogIndex;
import org.scholargate.catalog.search.EntityLinker;

/**
 * Prints the heap a catalog, its index and its linker keep, measured after full
 * collections:
 * {@code java -cp benchmarks.jar org.scholargate.benchmarks.HeapFootprint 100k}.
 */
public final class HeapFootprint {

	private HeapFootprint() {
	}

	public static void main(String[] args) throws InterruptedException {
		String name = (args.length > 0) ? args[0] : "100k";
		long before = usedAfterGc();
		long start = System.nanoTime();
		Catalog catalog = Datasets.load(name);
		long loaded = usedAfterGc();
		CatalogIndex index = CatalogIndex.build(catalog);
		EntityLinker linker = new EntityLinker(index);
		long built = (System.nanoTime() - start) / 1_000_000;
		long indexed = usedAfterGc();
		System.out.printf("catalog=%s records=%d records_mb=%.1f index_and_linker_mb=%.1f total_mb=%.1f build_ms=%d%n",
				name, catalog.size(), mb(loaded - before), mb(indexed - loaded), mb(indexed - before), built);
		System.out.println(linker.link("What is LoRA?", true).methodIds());
	}

	private static long usedAfterGc() throws InterruptedException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static double mb(long bytes) {
		return bytes / (1024.0 * 1024.0);
	}

}
