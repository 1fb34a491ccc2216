package jp.suishin.kpi;

import jp.suishin.notation.QuantityFormat;

/**
 * The parts of a KPI's definition a planner may change, as typed. The unit and the
 * aggregation stay: the stored values are in them. The baseline is revised separately
 * ({@link RevisingBaseline}), with its own history.
 *
 * @param direction 増加 / 減少 / 維持 or INCREASE / DECREASE / MAINTAIN
 * @param targetValue blank for no target
 * @param targetYear blank for a target without a year
 * @param from the first fiscal year a new direction or target applies to (適用開始年度, 中間見直し);
 * blank for every year of the plan
 */
public record KpiDefinition(String name, String direction, String targetValue, String targetYear, String definition,
		String from) {

	public KpiDefinition(String name, String direction, String targetValue, String targetYear, String definition) {
		this(name, direction, targetValue, targetYear, definition, null);
	}

	/**
	 * A KPI's definition as it stands, written as a planner would type it: what an edit
	 * starts from on the page, and what an API request keeps for the fields it leaves
	 * out.
	 */
	public static KpiDefinition of(Kpi kpi) {
		Target target = kpi.target();
		return new KpiDefinition(kpi.name(), kpi.direction().name(),
				target == null ? "" : QuantityFormat.number(target.value()),
				target == null || target.year() == null ? "" : target.year().eraLabel(),
				kpi.definition() == null ? "" : kpi.definition(), "");
	}

}
