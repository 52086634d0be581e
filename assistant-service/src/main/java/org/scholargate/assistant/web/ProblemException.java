package org.scholargate.assistant.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A client error answered as an RFC 9457 problem response.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	/**
	 * Creates a problem.
	 * @param status the response status
	 * @param type a short slug naming the kind of problem, such as
	 * {@code message-too-long}
	 * @param detail what was wrong with this request and how to fix it
	 */
	public ProblemException(HttpStatus status, String type, String detail) {
		super(detail);
		this.status = status;
		this.type = type;
	}

	public HttpStatus getStatus() {
		return this.status;
	}

	/**
	 * Returns the slug naming the kind of problem, such as {@code message-too-long}.
	 */
	public String getType() {
		return this.type;
	}

	/**
	 * Returns the problem as a {@link ProblemDetail} with a type URI under
	 * {@code /problems/}.
	 */
	public ProblemDetail toProblemDetail() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.status, getMessage());
		problem.setType(URI.create("/problems/" + this.type));
		return problem;
	}

}
