package org.scholargate.assistant.catalog;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.CatalogLoader;
import org.scholargate.catalog.search.CatalogIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and indexes the catalog on a thread of its own, so that start-up does both while
 * the application context is being built instead of after it. The catalog beans take
 * their values from here and wait only for what is not finished yet.
 */
public final class CatalogPreload {

	private static final Logger logger = LoggerFactory.getLogger(CatalogPreload.class);

	private final Path path;

	private final CompletableFuture<Catalog> catalog = new CompletableFuture<>();

	private final CompletableFuture<CatalogIndex> index = new CompletableFuture<>();

	private CatalogPreload(Path path) {
		this.path = path;
	}

	/**
	 * Starts loading a catalog on a new daemon thread named {@code catalog-preload}.
	 * @param path the folder of records, or {@code null} for the bundled catalog
	 * @return the preload, which completes in the background
	 */
	public static CatalogPreload start(Path path) {
		CatalogPreload preload = new CatalogPreload(path);
		Thread thread = new Thread(preload::run, "catalog-preload");
		thread.setDaemon(true);
		thread.start();
		return preload;
	}

	/**
	 * Returns whether this preload loads the catalog that a setting names.
	 * @param path the folder of records, or {@code null} for the bundled catalog
	 */
	boolean loads(Path path) {
		return Objects.equals(this.path, path);
	}

	/**
	 * Waits for the catalog and returns it.
	 * @throws RuntimeException the failure of loading, as the loader threw it, for
	 * example a {@code CatalogValidationException}
	 */
	Catalog catalog() {
		return join(this.catalog);
	}

	/**
	 * Waits for the index of the catalog and returns it.
	 * @throws RuntimeException the failure of loading or indexing, as it was thrown
	 */
	CatalogIndex index() {
		return join(this.index);
	}

	private void run() {
		long start = System.nanoTime();
		try {
			Catalog loaded = load(this.path);
			this.catalog.complete(loaded);
			CatalogIndex built = CatalogIndex.build(loaded);
			this.index.complete(built);
			logger.debug("Loaded and indexed the catalog in {} ms", (System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException | Error ex) {
			this.catalog.completeExceptionally(ex);
			this.index.completeExceptionally(ex);
		}
	}

	private static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/**
	 * Loads a catalog on the calling thread.
	 * @param path the folder of records, or {@code null} for the bundled catalog
	 */
	static Catalog load(Path path) {
		CatalogLoader loader = new CatalogLoader();
		return (path != null) ? loader.loadDirectory(path) : loader.loadBundled();
	}

}
