package jp.suishin.kpi;

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

}
