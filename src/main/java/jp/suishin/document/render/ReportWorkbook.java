package jp.suishin.document.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

import jp.suishin.document.RenderedFile;
import jp.suishin.document.ReportDocument;
import jp.suishin.document.ReportDocument.Cover;
import jp.suishin.document.ReportDocument.EditionMark;
import jp.suishin.document.ReportDocument.Figure;
import jp.suishin.document.ReportDocument.KpiRow;
import jp.suishin.document.ReportDocument.Share;
import jp.suishin.document.YearReview;
import jp.suishin.notation.QuantityFormat;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report's tables as an xlsx workbook (the ordinary writer: a report is a few hundred
 * rows): an overview sheet (title, plan, publisher, edition, licence, summary, analysis),
 * the KPI list (評価指標一覧) with the section of every row in its own column (so that each
 * project's KPI table is a filter away, with no merged cells), the distribution of the
 * summary, and a long-format data sheet (one row per KPI and fiscal year, 再掲 counted
 * once). Every sheet has one header row in its first row, frozen, and its data below it.
 * Figures are numbers in their cells with a number format built from the KPI's unit and
 * the figure's decimals ({@code #,##0"ha";"▲"#,##0"ha"}: ▲ for negatives through the
 * format, never text), 進捗率 a number formatted {@code 0.0"%"}; a pending value (集計中) is
 * text. Every text goes through {@link SpreadsheetText} (formula neutralisation). The
 * document properties carry the title, the publisher and the licence (PDL1.0).
 */
public class ReportWorkbook {

	/** The xlsx content type. */
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final String BUNDLE = "messages";

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private static final int WIDE = 40 * 256;

	private static final int NARROW = 12 * 256;

	/**
	 * The workbook as a file: {@code <plan>_<year>_ed<N>.xlsx} ({@link ReportFileName}).
	 */
	public RenderedFile file(ReportDocument document, Locale locale) {
		return new RenderedFile(ReportFileName.stem(document.cover()) + ".xlsx", CONTENT_TYPE,
				render(document, locale));
	}

	public byte[] render(ReportDocument document, Locale locale) {
		ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.JAPANESE : locale, NO_FALLBACK);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			Locale language = locale == null ? Locale.JAPANESE : locale;
			overview(workbook.createSheet(texts.getString("opendata.workbook.sheet.overview")), document, language,
					texts, styles);
			kpiList(workbook.createSheet(texts.getString("opendata.workbook.sheet.kpis")), document, texts, styles);
			distribution(workbook.createSheet(texts.getString("opendata.workbook.sheet.distribution")), document, texts,
					styles);
			data(workbook.createSheet(texts.getString("opendata.workbook.sheet.data")), document, texts, styles);
			if (!document.review().programs().isEmpty()) {
				programs(workbook.createSheet(texts.getString("render.review.workbook.sheet.programs")), document,
						texts, styles);
			}
			if (document.review().donations() != null) {
				donations(workbook.createSheet(texts.getString("render.review.workbook.sheet.donations")),
						document.review().donations(), texts, styles);
			}
			workbook.setActiveSheet(1);
			properties(workbook.getProperties(), document, language);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot write the report's xlsx", ex);
		}
	}

	private static void overview(XSSFSheet sheet, ReportDocument document, Locale locale, ResourceBundle texts,
			Styles styles) {
		Cover cover = document.cover();
		header(sheet, styles, texts.getString("opendata.workbook.col.item"),
				texts.getString("opendata.workbook.col.content"));
		List<String[]> items = new ArrayList<>();
		items.add(item(texts, "title", cover.title()));
		items.add(item(texts, "plan", cover.planName()));
		items.add(item(texts, "owner", cover.ownerName()));
		items.add(item(texts, "code", cover.ownerCode()));
		items.add(item(texts, "data-year", cover.dataYearLabel() + " (" + cover.dataYear() + ")"));
		EditionMark edition = cover.edition();
		if (edition != null) {
			items.add(item(texts, "edition", edition.label()));
			items.add(item(texts, "published", edition.publishedOn().toString()));
			if (edition.correctionNote() != null) {
				items.add(item(texts, "correction", edition.correctionNote()));
			}
		}
		else {
			items.add(item(texts, "edition", texts.getString("opendata.workbook.draft")));
		}
		items.add(item(texts, "generated", cover.generatedOn() == null ? null : cover.generatedOn().toString()));
		items.add(item(texts, "licence", PublicDataLicence.label() + " " + PublicDataLicence.URL));
		if (document.distribution() != null && document.distribution().text() != null) {
			items.add(item(texts, "summary", document.distribution().text().in(locale)));
		}
		if (document.analysis() != null) {
			items.add(item(texts, "analysis", document.analysis().in(locale)));
		}
		int r = 1;
		for (String[] item : items) {
			Row row = sheet.createRow(r++);
			text(row.createCell(0), item[0], null);
			text(row.createCell(1), item[1], styles.wrapped);
		}
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(1, 100 * 256);
		sheet.createFreezePane(0, 1);
	}

	private static String[] item(ResourceBundle texts, String key, String value) {
		return new String[] { texts.getString("opendata.workbook.item." + key), value };
	}

	private static void kpiList(XSSFSheet sheet, ReportDocument document, ResourceBundle texts, Styles styles) {
		Cover cover = document.cover();
		List<String> headers = new ArrayList<>();
		headers.add(cover.levelName() == null || cover.levelName().isBlank()
				? texts.getString("opendata.workbook.col.section") : cover.levelName());
		headers.add(texts.getString("opendata.workbook.col.kpi"));
		headers.add(texts.getString("opendata.workbook.col.relisted"));
		headers.add(texts.getString("opendata.workbook.col.unit"));
		headers.add(texts.getString("opendata.workbook.col.baseline"));
		headers.add(texts.getString("opendata.workbook.col.baseline-year"));
		headers.addAll(document.kpiList().columnLabels());
		headers.add(texts.getString("opendata.workbook.col.actual"));
		headers.add(texts.getString("opendata.workbook.col.actual-year"));
		headers.add(texts.getString("opendata.workbook.col.target"));
		headers.add(texts.getString("opendata.workbook.col.target-year"));
		headers.add(texts.getString("opendata.workbook.col.progress"));
		headers.add(texts.getString("opendata.workbook.col.grade"));
		headers.add(texts.getString("opendata.workbook.col.kpi-key"));
		header(sheet, styles, headers.toArray(String[]::new));
		int r = 1;
		for (KpiRow kpi : document.kpiList().rows()) {
			Row row = sheet.createRow(r++);
			int c = 0;
			text(row.createCell(c++), kpi.nodeTitle(), null);
			text(row.createCell(c++), kpi.name(), null);
			text(row.createCell(c++), kpi.relisted() ? texts.getString("opendata.workbook.relisted") : null, null);
			text(row.createCell(c++), kpi.unit(), null);
			figure(row.createCell(c++), kpi.baseline(), kpi.unit(), "－", styles);
			text(row.createCell(c++), kpi.baseline() == null ? null : kpi.baseline().yearLabel(), null);
			for (int i = 0; i < document.kpiList().columns().size(); i++) {
				Figure value = i < kpi.values().size() ? kpi.values().get(i) : null;
				figure(row.createCell(c++), value, kpi.unit(), null, styles);
			}
			figure(row.createCell(c++), kpi.actual(), kpi.unit(), "－", styles);
			text(row.createCell(c++), kpi.actual() == null ? null : kpi.actual().yearLabel(), null);
			figure(row.createCell(c++), kpi.target(), kpi.unit(), "－", styles);
			text(row.createCell(c++), kpi.target() == null ? null : kpi.target().yearLabel(), null);
			Cell progress = row.createCell(c++);
			if (kpi.progressRate() != null && exact(kpi.progressRate())) {
				progress.setCellValue(kpi.progressRate().doubleValue());
				progress.setCellStyle(styles.number(progressFormat(kpi.progressRate().scale())));
			}
			else {
				text(progress, kpi.progressText(), null);
			}
			text(row.createCell(c++), kpi.gradeLabel(), null);
			text(row.createCell(c++), kpi.kpiKey(), null);
		}
		for (int c = 0; c < headers.size(); c++) {
			sheet.setColumnWidth(c, c < 2 ? WIDE : NARROW);
		}
		sheet.createFreezePane(2, 1);
		if (r > 1) {
			sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, headers.size() - 1));
		}
	}

	private static void distribution(XSSFSheet sheet, ReportDocument document, ResourceBundle texts, Styles styles) {
		header(sheet, styles, texts.getString("opendata.workbook.col.band"),
				texts.getString("opendata.workbook.col.count"), texts.getString("opendata.workbook.col.percent"),
				texts.getString("opendata.workbook.col.tenths"));
		int r = 1;
		if (document.distribution() != null) {
			for (Share share : document.distribution().shares()) {
				Row row = sheet.createRow(r++);
				text(row.createCell(0), share.label(), null);
				integer(row.createCell(1), share.count(),
						styles.number(texts.getString("opendata.workbook.format.count")));
				integer(row.createCell(2), share.percent(), styles.number("0\"%\""));
				integer(row.createCell(3), share.tenths(),
						styles.number(texts.getString("opendata.workbook.format.tenths")));
			}
		}
		sheet.setColumnWidth(0, 24 * 256);
		for (int c = 1; c < 4; c++) {
			sheet.setColumnWidth(c, NARROW);
		}
		sheet.createFreezePane(0, 1);
	}

	/**
	 * One row per unique KPI (再掲 counted once) and fiscal year that has a value or a
	 * pending value: the long form a pivot table or a statistics tool reads.
	 */
	private static void data(XSSFSheet sheet, ReportDocument document, ResourceBundle texts, Styles styles) {
		header(sheet, styles, texts.getString("opendata.workbook.col.kpi-key"),
				texts.getString("opendata.workbook.col.kpi"), texts.getString("opendata.workbook.col.unit"),
				texts.getString("opendata.workbook.col.fiscal-year"), texts.getString("opendata.workbook.col.era"),
				texts.getString("opendata.workbook.col.value"), texts.getString("opendata.workbook.col.status"));
		Set<String> seen = new LinkedHashSet<>();
		int r = 1;
		for (KpiRow kpi : document.kpiList().rows()) {
			if (kpi.relisted() || !seen.add(kpi.kpiKey())) {
				continue;
			}
			for (Figure value : kpi.values()) {
				if (value == null) {
					continue;
				}
				Row row = sheet.createRow(r++);
				text(row.createCell(0), kpi.kpiKey(), null);
				text(row.createCell(1), kpi.name(), null);
				text(row.createCell(2), kpi.unit(), null);
				integer(row.createCell(3), value.year(), styles.number("0"));
				text(row.createCell(4), value.yearLabel(), null);
				if (value.value() != null) {
					figure(row.createCell(5), value, kpi.unit(), null, styles);
				}
				text(row.createCell(6),
						texts.getString("opendata.workbook.status." + value.status().name().toLowerCase()), null);
			}
		}
		sheet.setColumnWidth(0, 16 * 256);
		sheet.setColumnWidth(1, WIDE);
		for (int c = 2; c < 7; c++) {
			sheet.setColumnWidth(c, NARROW);
		}
		sheet.createFreezePane(2, 1);
		if (r > 1) {
			sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, 6));
		}
	}

	/**
	 * One row per evaluation sheet of the year (the PDCA year's part): its last completed
	 * stage's ratings and direction, the cost with its sources, the decision. Money is a
	 * number in the sheet's unit (its own column), never text.
	 */
	private static void programs(XSSFSheet sheet, ReportDocument document, ResourceBundle texts, Styles styles) {
		String[] columns = { "program", "node", "year", "complete", "stage", "necessity", "effectiveness", "efficiency",
				"stage-direction", "unit", "program-cost", "general-fund", "national-grant", "donations", "other",
				"personnel", "full-cost", "decision", "budget" };
		List<String> headers = new ArrayList<>();
		for (String column : columns) {
			headers.add(texts.getString("render.review.workbook.col." + column));
		}
		header(sheet, styles, headers.toArray(String[]::new));
		int r = 1;
		for (YearReview.ProgramReview program : document.review().programs()) {
			Row row = sheet.createRow(r++);
			int c = 0;
			text(row.createCell(c++), program.programName(), null);
			text(row.createCell(c++), program.nodeTitle(), null);
			text(row.createCell(c++), program.yearLabel(), null);
			text(row.createCell(c++), program.complete() ? texts.getString("render.review.workbook.yes") : null, null);
			YearReview.Stage last = program.stages().isEmpty() ? null
					: program.stages().get(program.stages().size() - 1);
			text(row.createCell(c++), last == null ? null : last.name(), null);
			if (last != null) {
				integer(row.createCell(c), last.necessity(), styles.number("0"));
				integer(row.createCell(c + 1), last.effectiveness(), styles.number("0"));
				integer(row.createCell(c + 2), last.efficiency(), styles.number("0"));
			}
			c += 3;
			text(row.createCell(c++), last == null ? null : last.directionLabel(), null);
			YearReview.Cost cost = program.cost();
			String unit = cost == null ? null : cost.unit();
			text(row.createCell(c++), unit, null);
			for (YearReview.Money money : cost == null ? new YearReview.Money[7]
					: new YearReview.Money[] { cost.programCost(), cost.generalFund(), cost.nationalGrant(),
							cost.donations(), cost.other(), cost.personnelCost(), cost.fullCost() }) {
				money(row.createCell(c++), money, styles);
			}
			text(row.createCell(c++), program.decision() == null ? null : program.decision().directionLabel(), null);
			text(row.createCell(c++), program.decision() == null ? null : program.decision().budgetConsequence(), null);
		}
		for (int c = 0; c < headers.size(); c++) {
			sheet.setColumnWidth(c, c < 2 ? WIDE : NARROW);
		}
		sheet.createFreezePane(1, 1);
		if (r > 1) {
			sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, headers.size() - 1));
		}
	}

	/** The donations of the data year; an anonymous donor is never named. */
	private static void donations(XSSFSheet sheet, YearReview.Donations donations, ResourceBundle texts,
			Styles styles) {
		header(sheet, styles, texts.getString("render.review.workbook.col.donor"),
				texts.getString("render.review.workbook.col.received"),
				texts.getString("render.review.workbook.col.amount"),
				texts.getString("render.review.workbook.col.unit"),
				texts.getString("render.review.workbook.col.donation-program"),
				texts.getString("render.review.workbook.col.example"));
		int r = 1;
		for (YearReview.DonationLine line : donations.lines()) {
			Row row = sheet.createRow(r++);
			text(row.createCell(0),
					line.donor() == null ? texts.getString("render.review.donation.anonymous") : line.donor(), null);
			text(row.createCell(1), line.receivedOn() == null ? null : line.receivedOn().toString(), null);
			money(row.createCell(2), line.amount(), styles);
			text(row.createCell(3), donations.unit(), null);
			text(row.createCell(4), line.programName(), null);
			text(row.createCell(5), line.example() ? texts.getString("render.review.workbook.yes") : null, null);
		}
		sheet.setColumnWidth(0, WIDE);
		for (int c = 1; c < 6; c++) {
			sheet.setColumnWidth(c, c == 4 ? WIDE : NARROW);
		}
		sheet.createFreezePane(1, 1);
	}

	/**
	 * An amount as a number ({@code #,##0}, ▲ for negatives), or its text when inexact.
	 */
	private static void money(Cell cell, YearReview.Money money, Styles styles) {
		if (money == null) {
			return;
		}
		if (money.value() == null || !exact(money.value())) {
			text(cell, money.text(), null);
			return;
		}
		cell.setCellValue(money.value().doubleValue());
		cell.setCellStyle(styles.number(figureFormat("", Math.max(0, money.value().scale()))));
	}

	private static void properties(POIXMLProperties properties, ReportDocument document, Locale locale) {
		Cover cover = document.cover();
		POIXMLProperties.CoreProperties core = properties.getCoreProperties();
		core.setTitle(cover.title());
		core.setSubjectProperty(cover.planName());
		core.setCreator(cover.ownerName());
		core.setDescription(PublicDataLicence.label() + " " + PublicDataLicence.URL);
		core.setKeywords(cover.planKey() + " " + cover.dataYear());
		core.setContentStatus(cover.edition() == null ? "draft" : cover.edition().label());
		if (cover.generatedOn() != null) {
			core.setCreated(Optional.of(Date.from(cover.generatedOn().atStartOfDay().toInstant(ZoneOffset.UTC))));
		}
		POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
		custom.addProperty("License", PublicDataLicence.label());
		custom.addProperty("LicenseUrl", PublicDataLicence.URL);
		custom.addProperty("Publisher", cover.ownerName());
		if (cover.ownerCode() != null) {
			custom.addProperty("LocalGovernmentCode", cover.ownerCode());
		}
		custom.addProperty("Plan", cover.planKey());
		custom.addProperty("FiscalYear", cover.dataYear());
		if (cover.edition() != null) {
			custom.addProperty("EditionId", Long.toString(cover.edition().id()));
			custom.addProperty("Edition", cover.edition().label());
			custom.addProperty("PublishedOn", cover.edition().publishedOn().toString());
		}
	}

	private static void header(XSSFSheet sheet, Styles styles, String... headers) {
		Row row = sheet.createRow(0);
		for (int c = 0; c < headers.length; c++) {
			text(row.createCell(c), headers[c], styles.header);
		}
	}

	private static void text(Cell cell, String text, CellStyle style) {
		if (text != null && !text.isEmpty()) {
			cell.setCellValue(SpreadsheetText.cell(text));
		}
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static void integer(Cell cell, int value, CellStyle style) {
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	/**
	 * A figure as a number in its unit's format; a pending one (or one a spreadsheet's
	 * number cannot hold exactly) as its printed text; none as {@code none}.
	 */
	private static void figure(Cell cell, Figure figure, String unit, String none, Styles styles) {
		if (figure == null) {
			text(cell, none, null);
			return;
		}
		BigDecimal value = figure.value();
		if (value == null) {
			text(cell, figure.text() == null || figure.text().isBlank() ? QuantityFormat.pending(null) : figure.text(),
					null);
			return;
		}
		if (!exact(value)) {
			text(cell, figure.text() == null ? QuantityFormat.number(value) : figure.text(), null);
			return;
		}
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(styles.number(figureFormat(unit, Math.max(0, value.scale()))));
	}

	/**
	 * The number format of a figure in {@code unit} with {@code scale} decimals:
	 * thousands separators, the unit as a literal, ▲ for negatives:
	 * {@code #,##0.0"千人";"▲"#,##0.0"千人"}.
	 */
	static String figureFormat(String unit, int scale) {
		String digits = scale > 0 ? "#,##0." + "0".repeat(scale) : "#,##0";
		String positive = digits + literal(unit);
		return positive + ";\"▲\"" + positive;
	}

	/** 進捗率 as a number of percent: {@code 0.0"%";"▲"0.0"%"}. */
	static String progressFormat(int scale) {
		String digits = scale > 0 ? "0." + "0".repeat(scale) : "0";
		return digits + "\"%\";\"▲\"" + digits + "\"%\"";
	}

	/** Text as a literal of a number format: in quotes, a quote itself escaped. */
	private static String literal(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		StringBuilder literal = new StringBuilder();
		for (String part : text.split("\"", -1)) {
			if (literal.length() > 0) {
				literal.append("\\\"");
			}
			if (!part.isEmpty()) {
				literal.append('"').append(part.replace("\\", "")).append('"');
			}
		}
		return literal.toString();
	}

	/** A spreadsheet number (a double) holds the figure with all its digits. */
	private static boolean exact(BigDecimal value) {
		return value.precision() <= 15 && new BigDecimal(Double.toString(value.doubleValue())).compareTo(value) == 0;
	}

	/** The workbook's styles, one per number format. */
	private static final class Styles {

		private final XSSFWorkbook workbook;

		final CellStyle header;

		final CellStyle wrapped;

		private final Map<String, CellStyle> numbers = new HashMap<>();

		Styles(XSSFWorkbook workbook) {
			this.workbook = workbook;
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.TOP);
			wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
			wrapped.setVerticalAlignment(VerticalAlignment.TOP);
		}

		CellStyle number(String format) {
			return numbers.computeIfAbsent(format, f -> {
				CellStyle style = workbook.createCellStyle();
				style.setDataFormat(workbook.createDataFormat().getFormat(f));
				return style;
			});
		}

	}

}
