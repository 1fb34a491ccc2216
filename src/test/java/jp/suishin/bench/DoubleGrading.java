package jp.suishin.bench;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Direction;

/**
 * The floor of W1a: the built-in schemes' formulas written out in plain {@code double}
 * over arrays, with nothing else (no scheme files, no objects per KPI, no exact
 * arithmetic). A bench baseline only: the product grades in BigDecimal, and this twin is
 * checked against it on every run ({@link Disagreement}). It covers what the generated
 * dataset holds: confirmed values or none (no pending or preliminary ones, no milestones
 * set, no revisions), cumulative KPIs included.
 */
final class DoubleGrading {

	static final byte INCREASE = 0;

	static final byte DECREASE = 1;

	static final byte MAINTAIN = 2;

	/** A built-in scheme as the twin writes it: its labels, then 集計中 and －. */
	enum Scheme {

		RATIO("ratio", "達成", "80%以上", "80%未満"), THREE_LEVEL("three-level", "順調", "おおむね順調", "努力を要する"),
		SABC("sabc", "S", "A", "B", "C"), TIME_PROPORTIONAL("time-proportional", "着実", "概ね", "要改善"),
		MILESTONE("milestone", "順調", "おおむね順調", "努力を要する");

		final String code;

		final String[] labels;

		Scheme(String code, String... grades) {
			this.code = code;
			this.labels = new String[grades.length + 2];
			System.arraycopy(grades, 0, labels, 0, grades.length);
			labels[grades.length] = "集計中";
			labels[grades.length + 1] = "－";
		}

		int none() {
			return labels.length - 1;
		}

		static Scheme of(String code) {
			for (Scheme scheme : values()) {
				if (scheme.code.equals(code)) {
					return scheme;
				}
			}
			throw new IllegalArgumentException(code);
		}

	}

	/**
	 * One plan as arrays, a KPI per index; {@code NaN} for no baseline, target or value,
	 * {@link Integer#MIN_VALUE} for no year.
	 *
	 * @param values {@code kpis × years}, the KPI's years from {@code firstYear}
	 */
	record Plan(int kpis, int firstYear, int years, byte[] direction, boolean[] cumulative, double[] baseline,
			int[] baselineYear, double[] target, int[] targetYear, double[] values) {

		static Plan of(NationalDataset.GeneratedPlan plan, Size size) {
			int n = plan.kpis().size();
			Plan arrays = new Plan(n, size.firstYear(), size.years(), new byte[n], new boolean[n], new double[n],
					new int[n], new double[n], new int[n], new double[n * size.years()]);
			for (int k = 0; k < n; k++) {
				NationalDataset.GeneratedKpi kpi = plan.kpis().get(k);
				arrays.direction[k] = kpi.direction() == Direction.DECREASE ? DECREASE
						: kpi.direction() == Direction.MAINTAIN ? MAINTAIN : INCREASE;
				arrays.cumulative[k] = kpi.aggregation() == Aggregation.CUMULATIVE;
				arrays.baseline[k] = number(kpi.baseline());
				arrays.baselineYear[k] = kpi.baseline() == null ? Integer.MIN_VALUE : kpi.baselineYear();
				arrays.target[k] = number(kpi.target());
				arrays.targetYear[k] = kpi.target() == null ? Integer.MIN_VALUE : kpi.targetYear();
				for (int y = 0; y < size.years(); y++) {
					arrays.values[k * size.years() + y] = number(kpi.values()[y]);
				}
			}
			return arrays;
		}

		/**
		 * In tenths, so that the generated figures (at most one decimal) are whole
		 * numbers, exact in a double, and sums, differences and the products of the
		 * comparisons below stay exact.
		 */
		private static double number(BigDecimal value) {
			if (value == null) {
				return Double.NaN;
			}
			if (value.scale() > 1) {
				throw new IllegalArgumentException("the twin takes at most one decimal: " + value);
			}
			return value.movePointRight(1).doubleValue();
		}

		/** The evaluated actual of a KPI in a year (summed for a cumulative one). */
		double actual(int k, int year) {
			double own = value(k, year);
			if (!cumulative[k] || Double.isNaN(own)) {
				return own;
			}
			int from = baselineYear[k] != Integer.MIN_VALUE ? baselineYear[k] + 1 : firstWithValue(k);
			double sum = 0;
			for (int y = from; y <= year; y++) {
				double v = value(k, y);
				if (Double.isNaN(v)) {
					return Double.NaN;
				}
				sum += v;
			}
			return sum;
		}

		private double value(int k, int year) {
			int at = year - firstYear;
			return at < 0 || at >= years ? Double.NaN : values[k * years + at];
		}

		private int firstWithValue(int k) {
			for (int y = 0; y < years; y++) {
				if (!Double.isNaN(values[k * years + y])) {
					return firstYear + y;
				}
			}
			return firstYear;
		}

	}

	private DoubleGrading() {
	}

	/**
	 * The plan's count of each grade in the year, in the scheme's label order, then
	 * pending and none.
	 */
	static int[] counts(Scheme scheme, Plan plan, int year) {
		int[] counts = new int[scheme.labels.length];
		for (int k = 0; k < plan.kpis(); k++) {
			counts[grade(scheme, plan, k, year)]++;
		}
		return counts;
	}

	/** Shares of the counts in {@code units} that add up (largest remainder). */
	static int[] shares(int[] counts, int units) {
		int total = 0;
		for (int count : counts) {
			total += count;
		}
		int[] shares = new int[counts.length];
		if (total == 0) {
			return shares;
		}
		int left = units;
		int[] remainders = new int[counts.length];
		for (int i = 0; i < counts.length; i++) {
			shares[i] = counts[i] * units / total;
			remainders[i] = counts[i] * units % total;
			left -= shares[i];
		}
		for (; left > 0; left--) {
			int best = -1;
			for (int i = 0; i < counts.length; i++) {
				if (counts[i] > 0 && (best < 0 || remainders[i] > remainders[best]
						|| remainders[i] == remainders[best] && counts[i] > counts[best])) {
					best = i;
				}
			}
			shares[best]++;
			remainders[best] = -1;
		}
		return shares;
	}

	/** The counts by label, labels with none left out: what GradeSummary reports. */
	static Map<String, Integer> byLabel(Scheme scheme, int[] counts) {
		Map<String, Integer> byLabel = new LinkedHashMap<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				byLabel.merge(scheme.labels[i], counts[i], Integer::sum);
			}
		}
		return byLabel;
	}

	static int grade(Scheme scheme, Plan p, int k, int year) {
		int actualYear = year;
		double a = p.actual(k, year);
		if (Double.isNaN(a) && scheme == Scheme.MILESTONE) {
			for (int y = year - 1; y >= p.firstYear(); y--) {
				a = p.actual(k, y);
				if (!Double.isNaN(a)) {
					actualYear = y;
					break;
				}
			}
		}
		if (Double.isNaN(a)) {
			return scheme.none();
		}
		byte direction = p.direction()[k];
		double b = p.baseline()[k];
		double t = p.target()[k];
		double[] rate = new double[2];
		switch (scheme) {
			case RATIO:
			case THREE_LEVEL:
				if (!ratio(a, t, direction, rate) && !improvement(a, b, t, rate)) {
					return scheme.none();
				}
				return atLeast(rate, 100) ? 0 : atLeast(rate, 80) ? 1 : 2;
			case SABC: {
				if (!Double.isNaN(t) && (direction == DECREASE ? a <= t : a >= t)) {
					return 0;
				}
				if (Double.isNaN(b)) {
					return scheme.none();
				}
				if (direction == DECREASE ? a < b : a > b) {
					return 1;
				}
				boolean within = b == 0 ? a == b : Math.abs(a - b) * 100 <= 10 * Math.abs(b);
				return within ? 2 : 3;
			}
			case TIME_PROPORTIONAL:
				if (!pace(actualYear, a, b, p.baselineYear()[k], t, p.targetYear()[k], direction, p.cumulative()[k],
						rate)) {
					return scheme.none();
				}
				return atLeast(rate, 100) ? 0 : atLeast(rate, 60) ? 1 : 2;
			case MILESTONE: {
				double m = p.targetYear()[k] == actualYear ? t : Double.NaN;
				if (!Double.isNaN(m) && !Double.isNaN(b) && (direction == DECREASE ? a <= m : a >= m)) {
					return 0;
				}
				if (!improvement(a, b, m, rate) && !(!Double.isNaN(m) && m == b && ratio(a, m, direction, rate))) {
					return scheme.none();
				}
				return atLeast(rate, 80) ? 1 : 2;
			}
			default:
				throw new IllegalArgumentException(scheme.name());
		}
	}

	/*
	 * A rate is numerator ÷ denominator × 100, kept as the two ({@code rate[0]}, {@code
	 * rate[1]}) and compared with a threshold by cross-multiplying: exact for whole
	 * numbers, as the engine's comparison is.
	 */

	static boolean atLeast(double[] rate, double threshold) {
		double left = rate[0] * 100;
		double right = threshold * rate[1];
		return rate[1] > 0 ? left >= right : left <= right;
	}

	static boolean ratio(double a, double t, byte direction, double[] rate) {
		if (!(a > 0) || !(t > 0)) {
			return false;
		}
		rate[0] = direction == DECREASE ? t : a;
		rate[1] = direction == DECREASE ? a : t;
		return true;
	}

	static boolean improvement(double a, double b, double t, double[] rate) {
		if (Double.isNaN(b) || Double.isNaN(t) || t == b) {
			return false;
		}
		rate[0] = a - b;
		rate[1] = t - b;
		return true;
	}

	static boolean pace(int year, double a, double b, int baselineYear, double t, int targetYear, byte direction,
			boolean cumulative, double[] rate) {
		if (Double.isNaN(b) || baselineYear == Integer.MIN_VALUE || Double.isNaN(t) || targetYear == Integer.MIN_VALUE
				|| targetYear <= baselineYear || year <= baselineYear) {
			return false;
		}
		double start = cumulative ? 0 : b;
		if (t == start) {
			return ratio(a, t, direction, rate);
		}
		int elapsed = year - baselineYear;
		int span = targetYear - baselineYear;
		// share of the way = elapsed ÷ span, at most 1
		rate[0] = (a - start) * (elapsed >= span ? 1 : span);
		rate[1] = (t - start) * (elapsed >= span ? 1 : elapsed);
		return true;
	}

	/** The schemes in {@link jp.suishin.progress.Schemes#BUILT_IN}'s order. */
	static List<Scheme> of(List<String> codes) {
		return codes.stream().map(Scheme::of).toList();
	}

}
