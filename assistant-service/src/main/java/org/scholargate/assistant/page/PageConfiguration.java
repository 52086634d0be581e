package org.scholargate.assistant.page;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.WebFilter;

/**
 * Serves the chat page ({@code static/index.html} at {@code /}, assets under
 * {@code /assets/}) with a content security policy that lets it load scripts, styles and
 * data from this service alone, so no record or model text can run as script and the page
 * makes no request to another host.
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	WebFilter pageSecurityHeaders() {
		return (exchange, chain) -> {
			String path = exchange.getRequest().getPath().value();
			if ("/".equals(path) || path.endsWith(".html") || path.startsWith("/assets/")) {
				HttpHeaders headers = exchange.getResponse().getHeaders();
				headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
				headers.set("X-Content-Type-Options", "nosniff");
				headers.set("Referrer-Policy", "no-referrer");
			}
			return chain.filter(exchange);
		};
	}

}
