package jp.suishin.kpi;

import jp.suishin.notation.Unit;

/** What is needed to define a KPI. */
public record NewKpi(long planId, String key, String name, Unit unit, Direction direction, Aggregation aggregation,
		Baseline baseline, Target target, String department, String definition) {

	public NewKpi {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a KPI needs a name");
		}
	}

}
