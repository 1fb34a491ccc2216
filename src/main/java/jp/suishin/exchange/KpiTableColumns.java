package jp.suishin.exchange;

import java.util.List;

/** The KPI table's fixed column headers, in the order the writer writes them. */
public final class KpiTableColumns {

	public static final String PROJECT = "プロジェクト";

	public static final String NAME = "評価指標";

	public static final String UNIT = "単位";

	public static final String DIRECTION = "方向";

	public static final String AGGREGATION = "集計";

	public static final String BASELINE = "基準値";

	public static final String BASELINE_YEAR = "基準年度";

	public static final String TARGET = "目標値";

	public static final String TARGET_YEAR = "目標年度";

	/** A milestone column is headed 目安値 and a fiscal year: 目安値R6, 目安値(令和6年度). */
	public static final String MILESTONE = "目安値";

	/** After a KPI's name: the row re-lists a KPI listed before. */
	public static final String RELISTED = "（再掲）";

	public static final List<String> FIXED = List.of(PROJECT, NAME, UNIT, DIRECTION, AGGREGATION, BASELINE,
			BASELINE_YEAR, TARGET, TARGET_YEAR);

	private KpiTableColumns() {
	}

	/** Whether a name cell ends with （再掲）, in full-width or half-width brackets. */
	public static boolean isRelisted(String written) {
		return written.endsWith(RELISTED) || written.endsWith("(再掲)");
	}

	/** A name cell without its （再掲）. */
	public static String relistedName(String written) {
		return isRelisted(written) ? written.substring(0, written.length() - RELISTED.length()).strip() : written;
	}

}
