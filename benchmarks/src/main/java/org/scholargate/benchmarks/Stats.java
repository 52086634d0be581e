package org.scholargate.benchmarks;

import org.HdrHistogram.Histogram;

/**
 * Histograms in microseconds and their summaries.
 */
final class Stats {

	private Stats() {
	}

	static Histogram histogram() {
		return new Histogram(600_000_000L, 3);
	}

	static void record(Histogram histogram, long nanos) {
		histogram.recordValue(Math.max(0, Math.min(nanos / 1000, 600_000_000L)));
	}

	static double p(Histogram histogram, double percentile) {
		return (histogram.getTotalCount() == 0) ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
	}

	/**
	 * Returns {@code p50/p99/max} in milliseconds.
	 */
	static String summary(Histogram histogram) {
		return String.format("%.2f/%.2f/%.2f", p(histogram, 50), p(histogram, 99),
				(histogram.getTotalCount() == 0) ? Double.NaN : histogram.getMaxValue() / 1000.0);
	}

	static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ", 4)[0];
		}
		catch (java.io.IOException ex) {
			return "?";
		}
	}

}
