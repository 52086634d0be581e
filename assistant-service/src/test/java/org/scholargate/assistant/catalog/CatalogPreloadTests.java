package org.scholargate.assistant.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargate.assistant.AssistantApplication;
import org.scholargate.catalog.Catalog;
import org.scholargate.catalog.CatalogValidationException;
import org.scholargate.catalog.search.CatalogIndex;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tests that start-up takes the catalog and its index from a preload started with the
 * context, and that an invalid catalog still stops start-up with its own exception.
 */
class CatalogPreloadTests {

	@Test
	void contextUsesPreloadedCatalog() {
		try (ConfigurableApplicationContext context = AssistantApplication.application()
			.run("--server.port=0", "--server.address=127.0.0.1")) {
			CatalogPreload preload = context.getBean(CatalogPreloadInitializer.BEAN_NAME, CatalogPreload.class);
			assertThat(context.getBean(Catalog.class)).isSameAs(preload.catalog());
			assertThat(context.getBean(CatalogIndex.class)).isSameAs(preload.index());
			assertThat(preload.index().catalog()).isSameAs(preload.catalog());
			assertThat(preload.catalog().find("lora")).isPresent();
		}
	}

	@Test
	void preloadMatchesDirectLoad() {
		CatalogPreload preload = CatalogPreload.start(null);
		Catalog direct = CatalogPreload.load(null);
		assertThat(preload.loads(null)).isTrue();
		assertThat(preload.loads(Path.of("elsewhere"))).isFalse();
		assertThat(preload.catalog().version()).isEqualTo(direct.version());
		assertThat(preload.catalog().size()).isEqualTo(direct.size());
	}

	@Test
	void invalidCatalogStopsStartUp(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("broken.json"), "{\"id\": \"broken\"}");
		SpringApplication application = AssistantApplication.application();
		assertThatThrownBy(() -> application.run("--server.port=0", "--server.address=127.0.0.1",
				"--assistant.catalog.path=" + folder))
			.hasRootCauseInstanceOf(CatalogValidationException.class)
			.rootCause()
			.hasMessageContaining("broken.json");
	}

}
