package jp.suishin.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import jp.suishin.exchange.FormulaGuard;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a plan as the xlsx workbook {@link PlanSheetReader} reads best, so that export →
 * edit in Excel → import loses nothing: the plan's name in a title row, one header row
 * (the level names, 評価指標, 単位, 方向, 集計, 基準値, 基準年度, 目標値, 目標年度, 定義, 担当課, one column per
 * fiscal year as {@code R2年度}), then one row per KPI listing (a re-listed one with （再掲）)
 * and per node without KPIs, the nodes' titles repeated on every row, no merged cells.
 * Figures are numbers with a number format ({@code ▲} for negatives through the format),
 * the unit in its own column; 集計中, 約… and － are texts. Streams its rows (SXSSF), so a
 * national plan takes a window of rows in memory, not the whole sheet.
 */
public final class PlanWorkbookWriter {

	/** The sheet's name. */
	public static final String SHEET = "KPI一覧";

	/** The fixed headers after the level names. */
	public static final List<String> FIXED = List.of("評価指標", "単位", "方向", "集計", "基準値", "基準年度", "目標値", "目標年度", "定義",
			"担当課");

	private static final String RELISTED = "（再掲）";

	/** Rows kept in memory while writing. */
	private static final int WINDOW = 200;

	private PlanWorkbookWriter() {
	}

	/**
	 * A plan as written out.
	 *
	 * @param name the plan's name, for the title row
	 * @param levelNames the levels' names from level 1 (基本目標, 施策)
	 * @param years the fiscal years to give a column; empty: every year a row has a value
	 * for
	 * @param rows in the plan's order
	 */
	public record Plan(String name, List<String> levelNames, List<FiscalYear> years, List<Listing> rows) {

		public Plan {
			levelNames = List.copyOf(levelNames);
			years = List.copyOf(years);
			rows = List.copyOf(rows);
		}

	}

	/**
	 * One row: a KPI listing, or a node without KPIs ({@code kpi} {@code null}).
	 *
	 * @param path the titles of the nodes from level 1 down
	 * @param kpi the KPI's name, or {@code null} for a node's own row
	 * @param relisted whether this listing is a re-listing (written with （再掲）)
	 * @param unit as the plan writes it, or {@code null}
	 * @param direction 増加 / 減少 / 維持
	 * @param aggregation 単年 / 累計 / 平均 / ストック, or {@code null}
	 * @param baseline in the KPI's unit, or {@code null}
	 * @param baselineYear or {@code null}
	 * @param target in the KPI's unit, or {@code null}
	 * @param targetYear or {@code null}
	 * @param definition or {@code null}
	 * @param department or {@code null}
	 * @param values by fiscal year
	 */
	public record Listing(List<String> path, String kpi, boolean relisted, String unit, String direction,
			String aggregation, BigDecimal baseline, FiscalYear baselineYear, BigDecimal target, FiscalYear targetYear,
			String definition, String department, SortedMap<FiscalYear, Value> values) {

		public Listing {
			path = List.copyOf(path);
			values = Collections.unmodifiableSortedMap(new TreeMap<>(values == null ? Map.of() : values));
		}

		/** A node's own row, for a node without KPIs. */
		public static Listing node(List<String> path) {
			return new Listing(path, null, false, null, null, null, null, null, null, null, null, null,
					new TreeMap<>());
		}

	}

	/**
	 * A year's value: a figure (written as a number), or a text (集計中（8月頃）, 約1,200, －).
	 */
	public record Value(BigDecimal number, String text) {

		public static Value of(BigDecimal number) {
			return new Value(number, null);
		}

		public static Value text(String text) {
			return new Value(null, text);
		}

	}

	/** The workbook's bytes. */
	public static byte[] xlsx(Plan plan) {
		List<FiscalYear> years = plan.years().isEmpty() ? yearsWithValues(plan) : plan.years();
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet(SHEET);
			int levels = plan.levelNames().size();
			text(sheet.createRow(0).createCell(0), plan.name(), styles.title);
			Row header = sheet.createRow(2);
			List<String> headers = new ArrayList<>(plan.levelNames());
			headers.addAll(FIXED);
			years.forEach(year -> headers.add(year.eraLabel() + "年度"));
			for (int c = 0; c < headers.size(); c++) {
				text(header.createCell(c), headers.get(c), styles.header);
				sheet.setColumnWidth(c, c < levels || c == levels ? 30 * 256 : 11 * 256);
			}
			sheet.createFreezePane(levels + 1, 3);
			int r = 3;
			for (Listing listing : plan.rows()) {
				Row row = sheet.createRow(r++);
				int c = 0;
				for (int level = 0; level < levels; level++, c++) {
					if (level < listing.path().size()) {
						text(row.createCell(c), listing.path().get(level), null);
					}
				}
				if (listing.kpi() == null) {
					continue;
				}
				text(row.createCell(c++), listing.relisted() ? listing.kpi() + RELISTED : listing.kpi(), null);
				text(row.createCell(c++), listing.unit(), null);
				text(row.createCell(c++), listing.direction(), null);
				text(row.createCell(c++), listing.aggregation(), null);
				figure(row.createCell(c++), listing.baseline(), styles);
				text(row.createCell(c++), listing.baselineYear() == null ? null : listing.baselineYear().eraLabel(),
						null);
				figure(row.createCell(c++), listing.target(), styles);
				text(row.createCell(c++), listing.targetYear() == null ? null : listing.targetYear().eraLabel(), null);
				text(row.createCell(c++), listing.definition(), null);
				text(row.createCell(c++), listing.department(), null);
				for (FiscalYear year : years) {
					Value value = listing.values().get(year);
					Cell cell = row.createCell(c++);
					if (value != null && value.number() != null) {
						figure(cell, value.number(), styles);
					}
					else if (value != null) {
						text(cell, value.text(), null);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot write xlsx", ex);
		}
		finally {
			workbook.dispose();
		}
	}

	private static List<FiscalYear> yearsWithValues(Plan plan) {
		TreeSet<FiscalYear> years = new TreeSet<>();
		plan.rows().forEach(row -> years.addAll(row.values().keySet()));
		return List.copyOf(years);
	}

	private static void text(Cell cell, String text, CellStyle style) {
		if (text != null && !text.isEmpty()) {
			cell.setCellValue(FormulaGuard.neutralise(text));
		}
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	/**
	 * A figure as a number with its decimals and ▲ for minus through the format; as text
	 * where a spreadsheet's number cannot hold all its digits.
	 */
	private static void figure(Cell cell, BigDecimal value, Styles styles) {
		if (value == null) {
			return;
		}
		if (value.precision() > 15 || new BigDecimal(Double.toString(value.doubleValue())).compareTo(value) != 0) {
			text(cell, QuantityFormat.number(value), null);
			return;
		}
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(styles.number(Math.max(0, value.scale())));
	}

	/** The workbook's styles, made once each. */
	private static final class Styles {

		private final SXSSFWorkbook workbook;

		final CellStyle title;

		final CellStyle header;

		private final Map<Integer, CellStyle> numbers = new HashMap<>();

		Styles(SXSSFWorkbook workbook) {
			this.workbook = workbook;
			Font bold = workbook.createFont();
			bold.setBold(true);
			title = workbook.createCellStyle();
			title.setFont(bold);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
		}

		/** {@code #,##0.0;"▲"#,##0.0} for one decimal. */
		CellStyle number(int scale) {
			return numbers.computeIfAbsent(scale, s -> {
				String figure = s > 0 ? "#,##0." + "0".repeat(s) : "#,##0";
				CellStyle style = workbook.createCellStyle();
				style.setDataFormat(workbook.createDataFormat().getFormat(figure + ";\"▲\"" + figure));
				return style;
			});
		}

	}

}
