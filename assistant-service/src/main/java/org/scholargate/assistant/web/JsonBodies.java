package org.scholargate.assistant.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * Reads JSON request bodies at the edge of every JSON endpoint, rejecting a wrong content
 * type with 415 and a body over the size limit with 413.
 */
public final class JsonBodies {

	private JsonBodies() {
	}

	/**
	 * Reads the whole body of a JSON request.
	 * @param request the request
	 * @param maxBytes the largest accepted body, in bytes
	 * @return a {@code Mono} that emits the body, empty bytes when there is none. It
	 * fails with a 415 {@link ProblemException} for a content type other than JSON,
	 * checked on subscription, and with a 413 one when the declared or actual length
	 * exceeds {@code maxBytes}. Cancelling releases what was buffered. Runs on the thread
	 * that delivers the body, a Netty event loop.
	 */
	public static Mono<byte[]> read(ServerRequest request, int maxBytes) {
		return Mono.defer(() -> {
			Charset charset = checkContentType(request);
			checkContentEncoding(request);
			if (request.headers().contentLength().orElse(-1) > maxBytes) {
				return Mono.error(tooLarge(maxBytes));
			}
			return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), maxBytes).map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return toUtf8(bytes, charset);
			}).defaultIfEmpty(new byte[0]).onErrorMap(DataBufferLimitException.class, (ex) -> tooLarge(maxBytes));
		});
	}

	/**
	 * Re-encodes a body sent in a declared charset other than UTF-8, so that the JSON
	 * parser, which detects only the Unicode encodings, reads it correctly.
	 */
	private static byte[] toUtf8(byte[] bytes, Charset charset) {
		if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
			return bytes;
		}
		return new String(bytes, charset).getBytes(StandardCharsets.UTF_8);
	}

	private static void checkContentEncoding(ServerRequest request) {
		String encoding = request.headers().firstHeader("Content-Encoding");
		if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.strip())) {
			throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-content-encoding",
					"Content encoding '" + encoding + "' is not supported; send the JSON body uncompressed");
		}
	}

	private static Charset checkContentType(ServerRequest request) {
		MediaType type;
		try {
			type = request.headers().contentType().orElse(null);
		}
		catch (InvalidMediaTypeException ex) {
			throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
					"Content type '" + request.headers().firstHeader("Content-Type")
							+ "' is not a valid media type; send 'application/json'");
		}
		if (type == null || !(MediaType.APPLICATION_JSON.isCompatibleWith(type)
				|| (type.getSubtype().endsWith("+json") && "application".equals(type.getType())))) {
			throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Content type '"
					+ ((type != null) ? type : "none") + "' is not supported; send 'application/json'");
		}
		try {
			return type.getCharset();
		}
		catch (IllegalArgumentException ex) {
			throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-charset",
					"Charset '" + type.getParameter("charset") + "' is not supported; send UTF-8");
		}
	}

	private static ProblemException tooLarge(int maxBytes) {
		return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
				"The request body is larger than " + maxBytes + " bytes");
	}

}
