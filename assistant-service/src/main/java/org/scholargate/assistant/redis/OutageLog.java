package org.scholargate.assistant.redis;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;

/**
 * Logs a dependency's failures once per outage instead of once per request: the first
 * failure as a warning with its exception, later ones at debug level, and the first
 * success after a failure as the recovery.
 */
public final class OutageLog {

	private final Logger logger;

	private final String dependency;

	private final AtomicBoolean failing = new AtomicBoolean();

	/**
	 * Creates a log for one dependency.
	 * @param logger the logger of the class that uses the dependency
	 * @param dependency what failed, as it appears in messages, such as
	 * {@code "Redis answer cache"}
	 */
	public OutageLog(Logger logger, String dependency) {
		this.logger = logger;
		this.dependency = dependency;
	}

	/**
	 * Records a failure and what the caller does instead.
	 */
	public void failed(Throwable ex, String fallback) {
		if (this.failing.compareAndSet(false, true)) {
			this.logger.warn("{} failed; {} until it recovers", this.dependency, fallback, ex);
		}
		else if (this.logger.isDebugEnabled()) {
			this.logger.debug("{} failed again: {}", this.dependency, ex.toString());
		}
	}

	/**
	 * Records a success, logging the recovery when the dependency was failing.
	 */
	public void succeeded() {
		if (this.failing.get() && this.failing.compareAndSet(true, false)) {
			this.logger.info("{} recovered", this.dependency);
		}
	}

}
