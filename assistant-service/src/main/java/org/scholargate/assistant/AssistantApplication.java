package org.scholargate.assistant;

import java.time.Clock;

import org.scholargate.assistant.catalog.CatalogPreloadInitializer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Entry point of the ScholarGate assistant service.
 */
@SpringBootApplication
public class AssistantApplication {

	public static void main(String[] args) {
		application().run(args);
	}

	/**
	 * Returns the application as {@link #main} runs it: the catalog starts loading on a
	 * thread of its own as soon as the context exists.
	 */
	public static SpringApplication application() {
		SpringApplication application = new SpringApplication(AssistantApplication.class);
		application.addInitializers(new CatalogPreloadInitializer());
		return application;
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
