package org.scholargate.assistant.catalog;

import java.nio.file.Path;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a {@link CatalogPreload} of the catalog that {@code assistant.catalog.path}
 * names as soon as the application context exists, and registers it as a bean for the
 * catalog beans to take their values from.
 */
public final class CatalogPreloadInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * The name of the registered preload bean.
	 */
	public static final String BEAN_NAME = "catalogPreload";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path path = Binder.get(context.getEnvironment()).bind("assistant.catalog.path", Path.class).orElse(null);
		context.getBeanFactory().registerSingleton(BEAN_NAME, CatalogPreload.start(path));
	}

}
