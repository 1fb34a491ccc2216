package jp.suishin.progress;

import java.math.BigDecimal;

import jp.suishin.notation.FiscalYear;

/**
 * The value a KPI should have reached in a fiscal year (目安値): set by the plan, the target
 * in its own year, or interpolated between baseline and target where a scheme asks for
 * it.
 */
public record Milestone(BigDecimal value, FiscalYear year, Source source) {

	/** Where the milestone comes from. */
	public enum Source {

		SET, TARGET, INTERPOLATED

	}

	/**
	 * The milestone as every channel shows it (page, API, CSV, {@code evaluate}): as the
	 * plan set it, or, interpolated, rounded half-up to one decimal. Grading uses
	 * {@link #value()} unrounded.
	 */
	public BigDecimal shown() {
		return source == Source.INTERPOLATED ? Measures.oneDecimal(value) : value;
	}

	/**
	 * The milestone of a year: the one the plan sets, else the target in its own year,
	 * else — where the scheme interpolates — the point on the line from baseline to
	 * target; {@code null} when there is none.
	 */
	public static Milestone of(KpiFigures kpi, FiscalYear year, boolean interpolate) {
		BigDecimal set = kpi.milestones().get(year);
		if (set != null) {
			return new Milestone(set, year, Source.SET);
		}
		if (kpi.target() != null && year.equals(kpi.target().year())) {
			return new Milestone(kpi.target().value(), year, Source.TARGET);
		}
		if (!interpolate || kpi.baseline() == null || kpi.baseline().year() == null || kpi.target() == null
				|| kpi.target().year() == null || !year.isAfter(kpi.baseline().year())
				|| !year.isBefore(kpi.target().year())) {
			return null;
		}
		BigDecimal share = Measures.divide(BigDecimal.valueOf(year.value() - kpi.baseline().year().value()),
				BigDecimal.valueOf(kpi.target().year().value() - kpi.baseline().year().value()));
		BigDecimal value = kpi.baseline()
			.value()
			.add(share.multiply(kpi.target().value().subtract(kpi.baseline().value())));
		return new Milestone(value, year, Source.INTERPOLATED);
	}

}
