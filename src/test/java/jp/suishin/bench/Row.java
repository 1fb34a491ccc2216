package jp.suishin.bench;

import java.util.Locale;

/**
 * One line of the benchmark table: what Suishin did, what the bare baseline did in the
 * same run, their ratio, the goal and whether it was met. Figures are text, already in
 * their units, so that a row can say "1.23 s" or "p99 48 ms" alike.
 */
public record Row(String workload, String suishin, String baseline, String ratio, String goal, Verdict verdict,
		String note) {

	/**
	 * A row whose goal is a ratio of times (or any "lower is better" figure) against the
	 * baseline.
	 * @param maxRatio the goal: Suishin takes at most this many times the baseline
	 */
	public static Row ratio(String workload, double suishin, double baseline, String unit, double maxRatio,
			String note) {
		double ratio = suishin / baseline;
		return new Row(workload, figure(suishin, unit), figure(baseline, unit),
				String.format(Locale.ROOT, "%.2f×", ratio), String.format(Locale.ROOT, "≤ %s×", plain(maxRatio)),
				Verdict.of(ratio <= maxRatio), note);
	}

	/**
	 * A row whose goal is a ratio of throughputs ("higher is better").
	 * @param minRatio the goal: Suishin achieves at least this share of the baseline
	 */
	public static Row throughput(String workload, double suishin, double baseline, String unit, double minRatio,
			String note) {
		double ratio = suishin / baseline;
		return new Row(workload, figure(suishin, unit), figure(baseline, unit),
				String.format(Locale.ROOT, "%.2f×", ratio), String.format(Locale.ROOT, "≥ %s×", plain(minRatio)),
				Verdict.of(ratio >= minRatio), note);
	}

	/** A row whose goal is an absolute bound on Suishin's figure (no baseline). */
	public static Row bound(String workload, double suishin, String unit, double max, String note) {
		return new Row(workload, figure(suishin, unit), "", "", "≤ " + figure(max, unit), Verdict.of(suishin <= max),
				note);
	}

	/** A workload that a later issue brings. */
	public static Row pending(String workload, String why) {
		return new Row(workload, "", "", "", "", Verdict.PENDING, why);
	}

	public static String figure(double value, String unit) {
		String number = Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value) : Math.abs(value) >= 10
				? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.3f", value);
		return unit.isEmpty() ? number : number + " " + unit;
	}

	private static String plain(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
