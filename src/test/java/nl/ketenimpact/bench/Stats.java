package nl.ketenimpact.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median, spread and percentiles of a few measurements. */
record Stats(double median, double min, double max, double p50, double p99, int n) {

	static Stats of(List<Double> values) {
		if (values.isEmpty()) {
			return new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
		return new Stats(median, sorted.get(0), sorted.get(n - 1), percentile(sorted, 50), percentile(sorted, 99), n);
	}

	/** Nearest-rank percentile of sorted values. */
	static double percentile(List<Double> sorted, double p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
	}

	/** "median (min–max, n=…)" with the given format for each number. */
	String spread(String format) {
		return String.format(format, median) + " (" + String.format(format, min) + "–" + String.format(format, max) + ", n=" + n + ")";
	}
}
