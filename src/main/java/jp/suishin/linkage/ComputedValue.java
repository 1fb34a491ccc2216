package jp.suishin.linkage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jp.suishin.kpi.Actual;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;

/**
 * A parent KPI's value for a year as computed from its contributors, with how complete it
 * is: the page shows 「9団体中7団体の実績」 from {@code contributing} and {@code reported}, so that
 * a partial sum is never mistaken for the whole.
 *
 * @param method how the KPI is computed; {@code null} when it is not computed
 * @param contributing how many KPIs (one per organisation) contribute to it
 * @param reported how many of them have a value for the year the viewer may see that is
 * not pending
 * @param value the result, in the parent's unit; {@code null} unless every contributor
 * (and, for a weighted mean, every weight) is known
 * @param pending whether the result waits for contributors' values
 * @param problemKey why the value cannot be computed at all (a message key), or
 * {@code null}
 * @param problemArguments the arguments of {@code problemKey}'s message
 */
public record ComputedValue(ComputationMethod method, FiscalYear year, int contributing, int reported, BigDecimal value,
		boolean pending, String problemKey, List<Object> problemArguments) {

	public ComputedValue {
		problemArguments = Collections.unmodifiableList(new ArrayList<>(problemArguments));
	}

	static ComputedValue of(ComputationMethod method, FiscalYear year, int contributing, int reported,
			BigDecimal value) {
		return new ComputedValue(method, year, contributing, reported, value, false, null, List.of());
	}

	static ComputedValue waiting(ComputationMethod method, FiscalYear year, int contributing, int reported) {
		return new ComputedValue(method, year, contributing, reported, null, true, null, List.of());
	}

	static ComputedValue problem(ComputationMethod method, FiscalYear year, int contributing, int reported,
			String problemKey, Object... arguments) {
		return new ComputedValue(method, year, contributing, reported, null, false, problemKey,
				Arrays.asList(arguments));
	}

	/**
	 * Whether the value is known: every contributor reported and nothing stood in the
	 * way.
	 */
	public boolean complete() {
		return value != null;
	}

	/** The value as the parent's unit writes it, or empty while it is not known. */
	public String display(Unit unit) {
		return value == null ? "" : new Actual.Confirmed(value).display(unit);
	}

	/** Whether the KPI is computed from its contributors at all. */
	public boolean computed() {
		return !"linkage.computation.none".equals(problemKey);
	}

}
