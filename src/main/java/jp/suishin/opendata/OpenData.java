package jp.suishin.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.suishin.document.RenderedFile;
import jp.suishin.document.ReportDocument;
import jp.suishin.document.ReportDocument.Cover;
import jp.suishin.document.ReportDocument.EditionMark;
import jp.suishin.document.ReportDocument.Figure;
import jp.suishin.document.ReportDocument.KpiRow;
import jp.suishin.document.render.PublicDataLicence;
import jp.suishin.document.render.ReportFileName;
import jp.suishin.document.render.SpreadsheetText;
import jp.suishin.exchange.FormulaGuard;
import jp.suishin.notation.FiscalYear;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The open-data files of one edition's document (its cover carries the edition mark),
 * following the Digital Agency's rules for machine-readable data: one table in long
 * format, one row per organisation × plan × KPI × fiscal year ({@link OpenDataRecord},
 * the columns {@link Column}), as
 * <ul>
 * <li>{@code <plan>_<year>_ed<N>_utf8-bom.csv}: UTF-8 with a byte-order mark (what Excel
 * needs to read Japanese),</li>
 * <li>{@code <plan>_<year>_ed<N>_utf8.csv}: UTF-8 without (what most tools expect),</li>
 * <li>{@code <plan>_<year>_ed<N>.json}: metadata (licence, publisher, plan, edition,
 * publication date, the columns) and the {@code records}, valid against
 * docs/open-data/edition.schema.json,</li>
 * <li>{@code <plan>_<year>_ed<N>_opendata.xlsx} (apart from the report's own workbook):
 * the same table with a metadata sheet, the licence in the document properties.</li>
 * </ul>
 * CSV per RFC 4180 (CRLF, fields with a comma, quote, CR or LF quoted, quotes doubled);
 * numbers are bare ({@code -312}, never ▲; blank for a pending value or none, never 0);
 * texts in CSV and xlsx go through {@link FormulaGuard} (JSON keeps them as they are).
 * {@code <year>} is the fiscal year of the values (西暦), {@code <N>} the edition's number.
 * Under the 公共データ利用規約（第1.0版）(PDL1.0).
 */
public class OpenData {

	public static final String CSV = "text/csv; charset=UTF-8";

	public static final String JSON = "application/json";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The version of the files' structure; the JSON Schema's. */
	public static final int FORMAT_VERSION = 1;

	private static final String BOM = "\uFEFF";

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	/**
	 * @throws IllegalArgumentException for a draft (a document without an edition mark)
	 */
	public List<RenderedFile> files(ReportDocument edition) {
		Cover cover = edition.cover();
		if (cover.edition() == null) {
			throw new IllegalArgumentException("open data is made from an edition, not a draft");
		}
		List<OpenDataRecord> records = records(edition);
		String base = baseName(cover);
		return List.of(new RenderedFile(base + "_utf8-bom.csv", CSV, csv(records, true)),
				new RenderedFile(base + "_utf8.csv", CSV, csv(records, false)),
				new RenderedFile(base + ".json", JSON, json(cover, records)),
				new RenderedFile(base + "_opendata.xlsx", XLSX, xlsx(cover, records)));
	}

	/**
	 * The rows: per unique KPI of the KPI list (a 再掲 row counted once) in print order,
	 * per fiscal year of the table that has a value or a pending value, ascending. 進捗率
	 * and the grade are on the row of the year the edition grades (the actual's year),
	 * which is always there.
	 */
	public static List<OpenDataRecord> records(ReportDocument edition) {
		Cover cover = edition.cover();
		EditionMark mark = cover.edition();
		long editionId = mark == null ? 0 : mark.id();
		LocalDate publishedOn = mark == null ? null : mark.publishedOn();
		List<OpenDataRecord> records = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (KpiRow kpi : edition.kpiList().rows()) {
			if (kpi.relisted() || !seen.add(kpi.kpiKey())) {
				continue;
			}
			int graded = kpi.actual() != null ? kpi.actual().year() : cover.dataYear();
			Map<Integer, Figure> byYear = new java.util.TreeMap<>();
			for (Figure value : kpi.values()) {
				if (value != null) {
					byYear.put(value.year(), value);
				}
			}
			if (kpi.actual() != null) {
				byYear.putIfAbsent(kpi.actual().year(), kpi.actual());
			}
			byYear.putIfAbsent(graded, null);
			for (Map.Entry<Integer, Figure> year : byYear.entrySet()) {
				Figure value = year.getValue();
				boolean isGraded = year.getKey() == graded;
				records.add(new OpenDataRecord(cover.ownerCode(), cover.ownerName(), cover.planKey(), cover.planName(),
						kpi.nodeTitle(), kpi.kpiKey(), kpi.name(), blankAsNull(kpi.unit()), year.getKey(),
						FiscalYear.of(year.getKey()).japaneseLabel(), value == null ? null : value.value(),
						value == null ? null : value.status().japanese(), valueOf(kpi.baseline()),
						yearOf(kpi.baseline()), valueOf(kpi.target()), yearOf(kpi.target()),
						isGraded ? kpi.progressRate() : null, isGraded ? kpi.gradeLabel() : null, editionId,
						publishedOn));
			}
		}
		return records;
	}

	private static BigDecimal valueOf(Figure figure) {
		return figure == null ? null : figure.value();
	}

	/** A baseline's or target's year; none for one without (計画開始時点: year 0). */
	private static Integer yearOf(Figure figure) {
		return figure == null || figure.year() < FiscalYear.FIRST ? null : figure.year();
	}

	private static String blankAsNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	/** {@code <planKey>_<dataYear>_ed<N>}, in ASCII. */
	static String baseName(Cover cover) {
		return ReportFileName.stem(cover);
	}

	static byte[] csv(List<OpenDataRecord> records, boolean bom) {
		StringBuilder csv = new StringBuilder(bom ? BOM : "");
		Column[] columns = Column.values();
		for (int c = 0; c < columns.length; c++) {
			field(csv, c, columns[c].japanese());
		}
		csv.append("\r\n");
		for (OpenDataRecord record : records) {
			for (int c = 0; c < columns.length; c++) {
				field(csv, c, written(columns[c], record));
			}
			csv.append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A cell as CSV and xlsx write it: a number bare, a text neutralised, none empty. */
	private static String written(Column column, OpenDataRecord record) {
		Object value = column.of(record);
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		String text = value.toString();
		return column.kind() == Column.Kind.TEXT ? FormulaGuard.neutralise(text) : text;
	}

	private static void field(StringBuilder csv, int index, String cell) {
		if (index > 0) {
			csv.append(',');
		}
		boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0
				|| cell.indexOf('\n') >= 0;
		csv.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
	}

	static byte[] json(Cover cover, List<OpenDataRecord> records) {
		EditionMark mark = cover.edition();
		ObjectNode root = MAPPER.createObjectNode();
		ObjectNode metadata = root.putObject("metadata");
		metadata.put("formatVersion", FORMAT_VERSION);
		metadata.put("title", cover.title());
		ObjectNode license = metadata.putObject("license");
		license.put("name", PublicDataLicence.NAME);
		license.put("id", PublicDataLicence.ID);
		license.put("url", PublicDataLicence.URL);
		ObjectNode publisher = metadata.putObject("publisher");
		publisher.put("name", cover.ownerName());
		publisher.put("localGovernmentCode", cover.ownerCode());
		ObjectNode plan = metadata.putObject("plan");
		plan.put("key", cover.planKey());
		plan.put("name", cover.planName());
		metadata.put("fiscalYear", cover.dataYear());
		metadata.put("fiscalYearJapanese", FiscalYear.of(cover.dataYear()).japaneseLabel());
		ObjectNode edition = metadata.putObject("edition");
		edition.put("id", mark.id());
		edition.put("number", mark.number());
		edition.put("label", mark.label());
		edition.put("correctionNote", mark.correctionNote());
		metadata.put("publishedOn", mark.publishedOn().toString());
		ArrayNode columns = metadata.putArray("columns");
		for (Column column : Column.values()) {
			ObjectNode described = columns.addObject();
			described.put("key", column.key());
			described.put("name", column.japanese());
			described.put("type", column.kind().name().toLowerCase());
		}
		ArrayNode rows = root.putArray("records");
		for (OpenDataRecord record : records) {
			ObjectNode row = rows.addObject();
			for (Column column : Column.values()) {
				Object value = column.of(record);
				if (value == null) {
					row.putNull(column.key());
				}
				else if (value instanceof BigDecimal number) {
					row.put(column.key(), number);
				}
				else if (value instanceof Integer number) {
					row.put(column.key(), number);
				}
				else if (value instanceof Long number) {
					row.put(column.key(), number);
				}
				else {
					row.put(column.key(), value.toString());
				}
			}
		}
		return MAPPER.writeValueAsBytes(root);
	}

	static byte[] xlsx(Cover cover, List<OpenDataRecord> records) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			Map<String, CellStyle> formats = new HashMap<>();
			XSSFSheet sheet = workbook.createSheet("データ");
			Column[] columns = Column.values();
			Row head = sheet.createRow(0);
			for (int c = 0; c < columns.length; c++) {
				Cell cell = head.createCell(c);
				cell.setCellValue(columns[c].japanese());
				cell.setCellStyle(header);
				sheet.setColumnWidth(c, columns[c].kind() == Column.Kind.TEXT ? 24 * 256 : 12 * 256);
			}
			int r = 1;
			for (OpenDataRecord record : records) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < columns.length; c++) {
					Object value = columns[c].of(record);
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (value instanceof BigDecimal number && exact(number)) {
						cell.setCellValue(number.doubleValue());
						int scale = Math.max(0, number.scale());
						cell.setCellStyle(style(workbook, formats, scale > 0 ? "0." + "0".repeat(scale) : "0"));
					}
					else if (value instanceof Number number && !(value instanceof BigDecimal)) {
						cell.setCellValue(number.doubleValue());
						cell.setCellStyle(style(workbook, formats, "0"));
					}
					else if (value instanceof LocalDate date) {
						cell.setCellValue(date);
						cell.setCellStyle(style(workbook, formats, "yyyy-mm-dd"));
					}
					else {
						cell.setCellValue(columns[c].kind() == Column.Kind.TEXT ? SpreadsheetText.cell(value.toString())
								: written(columns[c], record));
					}
				}
			}
			sheet.createFreezePane(0, 1);
			if (r > 1) {
				sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, columns.length - 1));
			}
			metadataSheet(workbook.createSheet("メタデータ"), cover, header);
			POIXMLProperties properties = workbook.getProperties();
			POIXMLProperties.CoreProperties core = properties.getCoreProperties();
			core.setTitle(cover.title());
			core.setCreator(cover.ownerName());
			core.setSubjectProperty(cover.planName());
			core.setDescription(PublicDataLicence.label() + " " + PublicDataLicence.URL);
			core.setContentStatus(cover.edition().label());
			POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
			custom.addProperty("License", PublicDataLicence.label());
			custom.addProperty("LicenseUrl", PublicDataLicence.URL);
			custom.addProperty("Publisher", cover.ownerName());
			if (cover.ownerCode() != null) {
				custom.addProperty("LocalGovernmentCode", cover.ownerCode());
			}
			custom.addProperty("EditionId", Long.toString(cover.edition().id()));
			custom.addProperty("PublishedOn", cover.edition().publishedOn().toString());
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot write the open data's xlsx", ex);
		}
	}

	private static void metadataSheet(XSSFSheet sheet, Cover cover, CellStyle header) {
		EditionMark mark = cover.edition();
		String[][] items = { { "項目", "内容" }, { "表題", cover.title() }, { "作成団体", cover.ownerName() },
				{ "全国地方公共団体コード", cover.ownerCode() }, { "計画ID", cover.planKey() }, { "計画名", cover.planName() },
				{ "年度（西暦）", Integer.toString(cover.dataYear()) }, { "版ID", Long.toString(mark.id()) },
				{ "版", mark.label() }, { "公表日", mark.publishedOn().toString() }, { "正誤", mark.correctionNote() },
				{ "利用規約", PublicDataLicence.label() }, { "利用規約URL", PublicDataLicence.URL } };
		for (int r = 0; r < items.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < 2; c++) {
				String text = items[r][c];
				Cell cell = row.createCell(c);
				if (text != null) {
					cell.setCellValue(SpreadsheetText.cell(text));
				}
				if (r == 0) {
					cell.setCellStyle(header);
				}
			}
		}
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(1, 80 * 256);
		sheet.createFreezePane(0, 1);
	}

	private static CellStyle style(XSSFWorkbook workbook, Map<String, CellStyle> formats, String format) {
		return formats.computeIfAbsent(format, f -> {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(f));
			return style;
		});
	}

	private static boolean exact(BigDecimal value) {
		return value.precision() <= 15 && new BigDecimal(Double.toString(value.doubleValue())).compareTo(value) == 0;
	}

}
