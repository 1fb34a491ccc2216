package jp.suishin.bench;

/**
 * How big the generated national dataset is. {@link #FULL} is the country: every
 * prefecture and municipality with a strategy of {@code kpisPerPlan} KPIs and
 * {@code years} fiscal years of values; {@link #SMOKE} is small enough for CI.
 *
 * @param prefectures the first one is shaped like Hokkaido: its municipalities lie below
 * subprefectural bureaus
 * @param municipalities in all, spread over the prefectures
 * @param largestPrefecture how many municipalities the first prefecture has (179 for
 * Hokkaido)
 * @param bureaus how many subprefectural bureaus the first prefecture has
 * @param kpisPerPlan KPIs of every plan
 * @param years fiscal years of values, ending with {@link #lastYear}
 * @param lastYear the last fiscal year with values, the one graded
 * @param seed the generator's seed: the same seed gives the same dataset
 */
public record Size(String name, int prefectures, int municipalities, int largestPrefecture, int bureaus,
		int kpisPerPlan, int years, int lastYear, long seed) {

	public static final Size FULL = new Size("full", 47, 1741, 179, 14, 100, 10, 2024, 20261201L);

	public static final Size SMOKE = new Size("smoke", 3, 45, 25, 3, 20, 10, 2024, 20261201L);

	public int firstYear() {
		return lastYear - years + 1;
	}

	public int organisations() {
		return prefectures + municipalities;
	}

	public long values() {
		return (long) organisations() * kpisPerPlan * years;
	}

	public static Size named(String name) {
		return switch (name) {
			case "full" -> FULL;
			case "smoke" -> SMOKE;
			default -> throw new IllegalArgumentException("unknown size " + name + " (full, smoke)");
		};
	}

}
