package org.scholargate.assistant.web;

import org.springframework.web.server.ServerWebExchange;

/**
 * What the request filters share about API requests: which paths are the API, and the
 * exchange attribute that names the client once it is known.
 */
public final class ApiRequests {

	/**
	 * Exchange attribute holding the client id that API key checks resolved, such as
	 * {@code key:3f1c2d9e8a4b4c6d}.
	 */
	public static final String CLIENT_ID_ATTRIBUTE = ApiRequests.class.getName() + ".clientId";

	private ApiRequests() {
	}

	/**
	 * Returns whether a request is an API request: its path is under {@code /api/} or
	 * {@code /v1/}. Actuator endpoints and static pages are not.
	 */
	public static boolean isApi(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		return path.startsWith("/api/") || path.startsWith("/v1/") || path.equals("/api") || path.equals("/v1");
	}

}
