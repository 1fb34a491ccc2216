package jp.suishin.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The report of a plan for one fiscal year of values, as printed: cover, one section per
 * project (目的, 推進エリア, activities, the project's KPI table, next year's actions), the KPI
 * list (評価指標一覧) with the summary and its distribution, the analysis and the list of
 * programs. Every part is plain data (numbers as {@link BigDecimal}, years as 西暦 fiscal
 * years, texts as printed) so that the document survives being stored as JSON in an
 * edition and read back years later, whatever the code that computed it has become.
 *
 * @param formatVersion the version of this structure ({@link #FORMAT_VERSION}) a stored
 * document was written with
 * @param sections one per node that carries the report's sections (the plan's projects)
 * @param kpiList every KPI row in print order, re-listed rows (再掲) included and marked
 * @param distribution the summary over the unique KPIs, shares adding up
 * @param analysis 分析・対応方向 as published: the planner's text, or the engine's draft
 * @param programs the programs of the year after the data year (R6年度における主な取組)
 * @param review the PDCA year beside the KPIs (evaluation sheets and decisions, the
 * experts' verification, logic models, donations); empty in a document of format 1
 */
public record ReportDocument(int formatVersion, Cover cover, List<Section> sections, KpiTable kpiList,
		Distribution distribution, Text analysis, List<ProgramLine> programs, YearReview review) {

	/** 2 added {@link #review}. */
	public static final int FORMAT_VERSION = 2;

	public ReportDocument {
		sections = List.copyOf(sections);
		programs = List.copyOf(programs);
		review = review == null ? YearReview.EMPTY : review;
	}

	/** The same document as one edition publishes it. */
	public ReportDocument asEdition(EditionMark edition) {
		return new ReportDocument(formatVersion, cover.withEdition(edition), sections, kpiList, distribution, analysis,
				programs, review);
	}

	/**
	 * The cover and the facts every page header and file name need.
	 *
	 * @param ownerCode the owner's 全国地方公共団体コード (6 digits), or {@code null} for a bureau,
	 * council or collaboration without one
	 * @param dataYear the fiscal year of the values (西暦: 2024 for R6)
	 * @param dataYearLabel how the report writes it (R6)
	 * @param title the report's title (道央広域連携地域政策展開方針の推進状況(R6)について)
	 * @param levelName the name of the sections' level (プロジェクト)
	 * @param edition {@code null} for a draft (a report not published as an edition)
	 * @param generatedOn the day the document was computed
	 */
	public record Cover(long planId, String planKey, String planName, long ownerId, String ownerName, String ownerCode,
			int dataYear, String dataYearLabel, String title, String levelName, EditionMark edition,
			LocalDate generatedOn) {

		public Cover withEdition(EditionMark mark) {
			return new Cover(planId, planKey, planName, ownerId, ownerName, ownerCode, dataYear, dataYearLabel, title,
					levelName, mark, generatedOn);
		}

	}

	/**
	 * Which edition a document is.
	 *
	 * @param id the edition's stable id (its URL)
	 * @param number 1 for the first edition of the year, 2 for its first correction …
	 * @param label as printed on the cover (令和7年度版, 令和7年度版（第2版・正誤）)
	 * @param publishedOn the day of publication
	 * @param correctionNote for a correction, what changed (正誤); {@code null} otherwise
	 */
	public record EditionMark(long id, int number, String label, LocalDate publishedOn, String correctionNote) {
	}

	/**
	 * One project's section.
	 *
	 * @param purpose 目的, or {@code null}
	 * @param area 推進エリア, or {@code null}
	 * @param kpis the section's KPI table (rows of {@link #kpiList} listed under it)
	 * @param actionsYear the fiscal year of {@code actions} (西暦), the data year + 1
	 * @param actionsYearLabel as printed (R7)
	 */
	public record Section(long nodeId, String code, String title, String purpose, String area,
			List<ActivityLine> activities, List<KpiRow> kpis, int actionsYear, String actionsYearLabel,
			List<ActionLine> actions) {

		public Section {
			activities = List.copyOf(activities);
			kpis = List.copyOf(kpis);
			actions = List.copyOf(actions);
		}

	}

	/**
	 * An activity as printed.
	 *
	 * @param dates the dates as written (令和5年9月16日～17日), or {@code null}
	 * @param firstDay the first day, for ordering and open data, or {@code null}
	 * @param images ids of the activity's stored images (never changed once stored)
	 */
	public record ActivityLine(String title, List<String> leads, String dates, LocalDate firstDay, String place,
			String summary, String participants, List<ImageRef> images) {

		public ActivityLine {
			leads = List.copyOf(leads);
			images = List.copyOf(images);
		}

	}

	public record ImageRef(long id, String contentType, int width, int height, String alt) {
	}

	public record ActionLine(String text, List<String> leads) {

		public ActionLine {
			leads = List.copyOf(leads);
		}

	}

	/**
	 * The KPI table: the fiscal years of the value columns (西暦, ascending, up to the data
	 * year) and the rows.
	 */
	public record KpiTable(List<Integer> columns, List<String> columnLabels, List<KpiRow> rows) {

		public KpiTable {
			columns = List.copyOf(columns);
			columnLabels = List.copyOf(columnLabels);
			rows = List.copyOf(rows);
		}

	}

	/**
	 * One printed KPI row.
	 *
	 * @param kpiKey the KPI's stable id (the same KPI keeps it across editions)
	 * @param nodeId the node it is listed under; {@code nodeTitle} that node's title
	 * @param relisted whether this row is a 再掲 (counted once)
	 * @param unit the unit values are written in (千人, ha, ％), "" for none
	 * @param direction increase, decrease or maintain
	 * @param baseline the baseline with its year, or {@code null} (「－」)
	 * @param values one per column of the table, {@code null} entries where nothing is
	 * recorded
	 * @param actual the data year's value as graded (its year may be earlier where the
	 * scheme grades on the latest available), or {@code null}
	 * @param target the target with its year
	 * @param progressRate 進捗率 as a number (one decimal, half-up), or {@code null} when it
	 * cannot be computed
	 * @param progressText 進捗率 as printed (99.9％, －％)
	 * @param gradeCode the grade's code under the plan's scheme; {@code gradeLabel} its
	 * label
	 */
	public record KpiRow(String kpiKey, long kpiId, long nodeId, String nodeTitle, String name, boolean relisted,
			String unit, String direction, Figure baseline, List<Figure> values, Figure actual, Figure target,
			BigDecimal progressRate, String progressText, String gradeCode, String gradeLabel) {

		public KpiRow {
			values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
		}

	}

	/**
	 * A value as printed and as a number.
	 *
	 * @param value the number in the KPI's unit (113500 for 113,500ha; 1274.46 for
	 * 1,274.46万人), {@code null} for a pending value
	 * @param text as printed (113,500ha, 集計中（7月頃）, ▲312人)
	 * @param status CONFIRMED (確定), PRELIMINARY (速報) or PENDING (集計中)
	 * @param year the fiscal year (西暦) the value is of
	 * @param yearLabel as printed (R2)
	 * @param expectedMonth for a pending value the month it is expected in, or
	 * {@code null}
	 */
	public record Figure(BigDecimal value, String text, Status status, int year, String yearLabel,
			Integer expectedMonth) {
	}

	public enum Status {

		CONFIRMED("確定"), PRELIMINARY("速報"), PENDING("集計中");

		private final String japanese;

		Status(String japanese) {
			this.japanese = japanese;
		}

		public String japanese() {
			return japanese;
		}

	}

	/**
	 * The summary of the KPI list over its unique KPIs.
	 *
	 * @param text the summary sentence (７件の評価指標（再掲を除く）のうち…) in both languages
	 * @param shares one per band or grade present, in the scheme's order, percentages and
	 * 割 each adding up to the whole (largest remainder)
	 */
	public record Distribution(int unique, int evaluated, int pending, Text text, List<Share> shares) {

		public Distribution {
			shares = List.copyOf(shares);
		}

	}

	/**
	 * @param code the grade's code, or {@code pending} / {@code none}
	 * @param label as printed (100％以上, 80~99％, 集計中)
	 */
	public record Share(String code, String label, int count, int percent, int tenths) {
	}

	/**
	 * A generated text in Japanese and English (a planner's own text is the same in
	 * both).
	 */
	public record Text(String ja, String en) {

		public String in(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) && en != null ? en : ja;
		}

	}

	/**
	 * A program of the list of programs.
	 *
	 * @param projects the codes of the sections it relates to (①③), as printed
	 */
	public record ProgramLine(String name, String summary, String lead, List<String> projects, int year) {

		public ProgramLine {
			projects = List.copyOf(projects);
		}

	}

}
