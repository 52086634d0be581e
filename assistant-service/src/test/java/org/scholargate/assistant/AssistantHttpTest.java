package org.scholargate.assistant;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Starts the whole service on a random port with a distinctive public base URL and a
 * fixed clock, so that every HTTP test class shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "assistant.public-base-url=" + AssistantHttpTest.PUBLIC_BASE_URL)
@AutoConfigureWebTestClient
@Import(AssistantHttpTest.FixedClockConfiguration.class)
public @interface AssistantHttpTest {

	/**
	 * Public base URL of the test service; the trailing slash must not double in
	 * how-to-cite links.
	 */
	String PUBLIC_BASE_URL = "https://cite.scholargate.test/archive/";

	/**
	 * Instant of the test clock, late in the UTC day so that a date taken in another time
	 * zone would differ.
	 */
	String NOW = "2025-03-14T23:30:00Z";

	/**
	 * UTC date of {@link #NOW}, as it appears in how-to-cite lines.
	 */
	String TODAY = "2025-03-14";

	/**
	 * Replaces the system clock with one fixed at {@link #NOW}.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	class FixedClockConfiguration {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC);
		}

	}

}
