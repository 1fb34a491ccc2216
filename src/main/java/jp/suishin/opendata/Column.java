package jp.suishin.opendata;

import java.util.function.Function;

/**
 * The columns of the open data in their order: the Japanese name is the CSV's and the
 * xlsx's header, the key the JSON's field (documented in docs/open-data/README.md and
 * edition.schema.json; change all three together).
 */
public enum Column {

	LOCAL_GOVERNMENT_CODE("全国地方公共団体コード", "localGovernmentCode", Kind.TEXT, OpenDataRecord::localGovernmentCode),

	LOCAL_GOVERNMENT_NAME("地方公共団体名", "localGovernmentName", Kind.TEXT, OpenDataRecord::localGovernmentName),

	PLAN_KEY("計画ID", "planKey", Kind.TEXT, OpenDataRecord::planKey),

	PLAN_NAME("計画名", "planName", Kind.TEXT, OpenDataRecord::planName),

	SECTION("区分", "sectionTitle", Kind.TEXT, OpenDataRecord::sectionTitle),

	KPI_KEY("評価指標ID", "kpiKey", Kind.TEXT, OpenDataRecord::kpiKey),

	KPI_NAME("評価指標名", "kpiName", Kind.TEXT, OpenDataRecord::kpiName),

	UNIT("単位", "unit", Kind.TEXT, OpenDataRecord::unit),

	FISCAL_YEAR("年度（西暦）", "fiscalYear", Kind.INTEGER, OpenDataRecord::fiscalYear),

	FISCAL_YEAR_JAPANESE("年度（和暦）", "fiscalYearJapanese", Kind.TEXT, OpenDataRecord::fiscalYearJapanese),

	VALUE("値", "value", Kind.NUMBER, OpenDataRecord::value),

	STATUS("状態", "status", Kind.TEXT, OpenDataRecord::status),

	BASELINE_VALUE("基準値", "baselineValue", Kind.NUMBER, OpenDataRecord::baselineValue),

	BASELINE_YEAR("基準年度（西暦）", "baselineYear", Kind.INTEGER, OpenDataRecord::baselineYear),

	TARGET_VALUE("目標値", "targetValue", Kind.NUMBER, OpenDataRecord::targetValue),

	TARGET_YEAR("目標年度（西暦）", "targetYear", Kind.INTEGER, OpenDataRecord::targetYear),

	PROGRESS_RATE("進捗率（％）", "progressRate", Kind.NUMBER, OpenDataRecord::progressRate),

	GRADE("評価", "grade", Kind.TEXT, OpenDataRecord::grade),

	EDITION_ID("版ID", "editionId", Kind.INTEGER, OpenDataRecord::editionId),

	PUBLISHED_ON("公表日", "publishedOn", Kind.DATE, OpenDataRecord::publishedOn);

	/** How a column's values are written. */
	public enum Kind {

		/**
		 * A text, neutralised in CSV and xlsx where a spreadsheet would read a formula.
		 */
		TEXT,
		/**
		 * A bare number (no separators, {@code -} for minus), blank when there is none.
		 */
		NUMBER,
		/** A whole number (a fiscal year in 西暦, an id). */
		INTEGER,
		/** A date as {@code yyyy-MM-dd}. */
		DATE

	}

	private final String japanese;

	private final String key;

	private final Kind kind;

	private final Function<OpenDataRecord, Object> value;

	Column(String japanese, String key, Kind kind, Function<OpenDataRecord, Object> value) {
		this.japanese = japanese;
		this.key = key;
		this.kind = kind;
		this.value = value;
	}

	/** The CSV's and the xlsx's header. */
	public String japanese() {
		return japanese;
	}

	/** The JSON's field name. */
	public String key() {
		return key;
	}

	public Kind kind() {
		return kind;
	}

	/** The record's value in this column, or {@code null}. */
	public Object of(OpenDataRecord record) {
		return value.apply(record);
	}

}
