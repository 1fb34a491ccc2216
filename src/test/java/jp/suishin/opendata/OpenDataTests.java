package jp.suishin.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jp.suishin.document.ExportSampleDocument;
import jp.suishin.document.RenderedFile;
import jp.suishin.document.ReportDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An edition's open data: the four files, the CSV read back with an RFC 4180 reader, the
 * JSON checked against docs/open-data/edition.schema.json, the xlsx read back with POI.
 */
class OpenDataTests {

	static final Path SCHEMA = Path.of("docs/open-data/edition.schema.json");

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReportDocument edition = ExportSampleDocument.edition("012106");

	private final Map<String, RenderedFile> files = new OpenData().files(edition)
		.stream()
		.collect(Collectors.toMap(RenderedFile::fileName, Function.identity()));

	@Test
	void files_sayTheirEncodingInTheirNames_andCarryTheirRealContentTypes() {
		assertThat(files).containsOnlyKeys("sorachi-policy_2024_ed1_utf8-bom.csv", "sorachi-policy_2024_ed1_utf8.csv",
				"sorachi-policy_2024_ed1.json", "sorachi-policy_2024_ed1_opendata.xlsx");
		assertThat(files.get("sorachi-policy_2024_ed1_utf8-bom.csv").contentType())
			.isEqualTo("text/csv; charset=UTF-8");
		assertThat(files.get("sorachi-policy_2024_ed1_utf8.csv").contentType()).isEqualTo("text/csv; charset=UTF-8");
		assertThat(files.get("sorachi-policy_2024_ed1.json").contentType()).isEqualTo("application/json");
		assertThat(files.get("sorachi-policy_2024_ed1_opendata.xlsx").contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@Test
	void aDraft_hasNoOpenData() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OpenData().files(ExportSampleDocument.draft(null)));
	}

	@Test
	void csvWithBom_startsWithIt_andTheOtherDoesNot_otherwiseTheyAreTheSame() {
		byte[] bom = csv("_utf8-bom.csv");
		byte[] plain = csv("_utf8.csv");
		assertThat(Arrays.copyOf(bom, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(plain[0]).isNotEqualTo((byte) 0xEF);
		assertThat(Arrays.copyOfRange(bom, 3, bom.length)).isEqualTo(plain);
	}

	@Test
	void csv_readBack_isTheRecords_oneRowPerKpiAndYear() {
		String text = new String(csv("_utf8.csv"), StandardCharsets.UTF_8);
		assertThat(text).endsWith("\r\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n");
		List<List<String>> rows = Rfc4180.read(text);
		assertThat(rows.get(0))
			.containsExactlyElementsOf(Arrays.stream(Column.values()).map(Column::japanese).toList());
		assertThat(rows.get(0).subList(0, 2)).containsExactly("全国地方公共団体コード", "地方公共団体名");
		List<OpenDataRecord> records = OpenData.records(edition);
		// 4 + 5 + 3 + 3 + 2: years with a value or a pending one; 再掲 once
		assertThat(records).hasSize(17);
		assertThat(rows).hasSize(records.size() + 1);
		for (int i = 0; i < records.size(); i++) {
			List<String> row = rows.get(i + 1);
			OpenDataRecord record = records.get(i);
			for (Column column : Column.values()) {
				Object value = column.of(record);
				String expected = value == null ? ""
						: value instanceof BigDecimal number ? number.toPlainString() : value.toString();
				String cell = row.get(column.ordinal());
				if (column.kind() == Column.Kind.TEXT && expected.startsWith("=")) {
					assertThat(cell).isEqualTo("'" + expected);
				}
				else {
					assertThat(cell).as(column.key() + " of row " + i).isEqualTo(expected);
				}
			}
		}
	}

	@Test
	void csv_pendingValueIsBlank_negativeIsMinus_codeKeepsItsZero() {
		List<List<String>> rows = Rfc4180.read(new String(csv("_utf8.csv"), StandardCharsets.UTF_8));
		List<String> pending = row(rows, "kpi-tantekko-visitors", "2024");
		assertThat(pending.get(Column.VALUE.ordinal())).isEmpty();
		assertThat(pending.get(Column.STATUS.ordinal())).isEqualTo("集計中");
		assertThat(pending.get(Column.PROGRESS_RATE.ordinal())).isEmpty();
		assertThat(pending.get(Column.GRADE.ordinal())).isEqualTo("集計中");
		assertThat(pending.get(Column.FISCAL_YEAR_JAPANESE.ordinal())).isEqualTo("令和6年度");
		List<String> outflow = row(rows, "kpi-outflow", "2024");
		assertThat(outflow.get(Column.VALUE.ordinal())).isEqualTo("-275");
		assertThat(outflow.get(Column.BASELINE_VALUE.ordinal())).isEqualTo("-312");
		assertThat(outflow.get(Column.BASELINE_YEAR.ordinal())).isEqualTo("2020");
		assertThat(row(rows, "kpi-visitors", "2024").get(Column.BASELINE_YEAR.ordinal())).isEmpty();
		assertThat(row(rows, "kpi-visitors", "2024").get(Column.BASELINE_VALUE.ordinal())).isEqualTo("1232");
		assertThat(row(rows, "kpi-visitors", "2024").get(Column.STATUS.ordinal())).isEqualTo("速報");
		assertThat(row(rows, "kpi-visitors", "2024").get(Column.VALUE.ordinal())).isEqualTo("1274.46");
		List<String> farmland = row(rows, "kpi-farmland", "2024");
		assertThat(farmland.get(Column.PROGRESS_RATE.ordinal())).isEqualTo("99.9");
		assertThat(farmland.get(Column.GRADE.ordinal())).isEqualTo("80~99％");
		assertThat(farmland.get(Column.UNIT.ordinal())).isEqualTo("ha");
		assertThat(row(rows, "kpi-farmland", "2023").get(Column.PROGRESS_RATE.ordinal())).isEmpty();
		assertThat(farmland.get(Column.LOCAL_GOVERNMENT_CODE.ordinal())).isEqualTo("012106");
		assertThat(farmland.get(Column.EDITION_ID.ordinal())).isEqualTo("42");
		assertThat(farmland.get(Column.PUBLISHED_ON.ordinal())).isEqualTo("2025-09-30");
		String all = new String(csv("_utf8.csv"), StandardCharsets.UTF_8);
		assertThat(all).doesNotContain("▲");
		assertThat(all).contains("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\"");
	}

	@Test
	void json_isValidAgainstTheDocumentedSchema() throws IOException {
		assertThat(validate(new String(files.get("sorachi-policy_2024_ed1.json").bytes(), StandardCharsets.UTF_8)))
			.isEmpty();
		RenderedFile withoutCode = new OpenData().files(ExportSampleDocument.edition())
			.stream()
			.filter(file -> file.fileName().endsWith(".json"))
			.findFirst()
			.orElseThrow();
		assertThat(validate(new String(withoutCode.bytes(), StandardCharsets.UTF_8))).isEmpty();
	}

	@Test
	void json_carriesTheLicenceAndTheRecordsAsNumbers() {
		JsonNode json = JSON.readTree(files.get("sorachi-policy_2024_ed1.json").bytes());
		assertThat(json.path("metadata").path("license").path("id").asString()).isEqualTo("PDL1.0");
		assertThat(json.path("metadata").path("license").path("name").asString()).isEqualTo("公共データ利用規約（第1.0版）");
		assertThat(json.path("metadata").path("publishedOn").asString()).isEqualTo("2025-09-30");
		JsonNode first = json.path("records").get(0);
		assertThat(first.path("value").isNumber()).isTrue();
		assertThat(first.path("value").decimalValue()).isEqualByComparingTo("7250");
		assertThat(json.path("records")).hasSize(17);
		boolean pendingSeen = false;
		for (JsonNode record : json.path("records")) {
			if (record.path("status").asString().equals("集計中")) {
				assertThat(record.path("value").isNull()).isTrue();
				pendingSeen = true;
			}
			if (record.path("kpiKey").asString().equals("kpi-visitors")) {
				assertThat(record.path("kpiName").asString()).isEqualTo(ExportSampleDocument.FORMULA_NAME);
			}
		}
		assertThat(pendingSeen).isTrue();
	}

	@Test
	void json_withAValueAsText_failsTheSchema() throws IOException {
		ObjectNode json = (ObjectNode) JSON.readTree(files.get("sorachi-policy_2024_ed1.json").bytes());
		((ObjectNode) json.path("records").get(0)).put("value", "7,250");
		assertThat(validate(JSON.writeValueAsString(json))).isNotEmpty();
		ObjectNode noLicence = (ObjectNode) JSON.readTree(files.get("sorachi-policy_2024_ed1.json").bytes());
		((ObjectNode) noLicence.path("metadata")).remove("license");
		assertThat(validate(JSON.writeValueAsString(noLicence))).isNotEmpty();
	}

	@Test
	void schema_servedFromTheClasspath_isTheDocumentedOne() throws IOException {
		try (InputStream served = OpenDataTests.class.getResourceAsStream("/static/open-data/edition.schema.json")) {
			assertThat(served).isNotNull();
			assertThat(served.readAllBytes()).isEqualTo(Files.readAllBytes(SCHEMA));
		}
	}

	@Test
	void xlsx_isTheSameTable_withNumbersAsNumbers_andTheLicenceInItsProperties() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(files.get("sorachi-policy_2024_ed1_opendata.xlsx").bytes()))) {
			Sheet data = workbook.getSheetAt(0);
			assertThat(data.getNumMergedRegions()).isZero();
			List<String> headers = new ArrayList<>();
			data.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
			assertThat(headers)
				.containsExactlyElementsOf(Arrays.stream(Column.values()).map(Column::japanese).toList());
			assertThat(data.getLastRowNum()).isEqualTo(17);
			Row outflow = null;
			Row pending = null;
			for (Row row : data) {
				if (row.getRowNum() == 0) {
					continue;
				}
				String key = row.getCell(Column.KPI_KEY.ordinal()).getStringCellValue();
				double year = row.getCell(Column.FISCAL_YEAR.ordinal()).getNumericCellValue();
				if (key.equals("kpi-outflow") && year == 2024) {
					outflow = row;
				}
				if (key.equals("kpi-tantekko-visitors") && year == 2024) {
					pending = row;
				}
				Cell name = row.getCell(Column.KPI_NAME.ordinal());
				assertThat(name.getStringCellValue()).doesNotStartWith("=");
			}
			Cell value = outflow.getCell(Column.VALUE.ordinal());
			assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(value.getNumericCellValue()).isEqualTo(-275);
			assertThat(outflow.getCell(Column.LOCAL_GOVERNMENT_CODE.ordinal()).getStringCellValue())
				.isEqualTo("012106");
			assertThat(pending.getCell(Column.VALUE.ordinal())).isNull();
			assertThat(pending.getCell(Column.STATUS.ordinal()).getStringCellValue()).isEqualTo("集計中");
			assertThat(workbook.getProperties().getCustomProperties().getProperty("License").getLpwstr())
				.isEqualTo("公共データ利用規約（第1.0版）(PDL1.0)");
		}
	}

	@Test
	void csv_quotesFieldsWithLineBreaksCommasAndQuotes_perRfc4180() {
		OpenDataRecord record = OpenData.records(edition).get(0);
		OpenDataRecord awkward = new OpenDataRecord(record.localGovernmentCode(), record.localGovernmentName(),
				record.planKey(), record.planName(), "一行目\r\n二行目, \"引用\"", record.kpiKey(), "@SUM(A1)", record.unit(),
				record.fiscalYear(), record.fiscalYearJapanese(), new BigDecimal("-0.5"), record.status(), null, null,
				null, null, null, null, record.editionId(), record.publishedOn());
		String text = new String(OpenData.csv(List.of(awkward), false), StandardCharsets.UTF_8);
		assertThat(text).contains(",\"一行目\r\n二行目, \"\"引用\"\"\",");
		List<String> row = Rfc4180.read(text).get(1);
		assertThat(row.get(Column.SECTION.ordinal())).isEqualTo("一行目\r\n二行目, \"引用\"");
		assertThat(row.get(Column.KPI_NAME.ordinal())).isEqualTo("'@SUM(A1)");
		assertThat(row.get(Column.VALUE.ordinal())).isEqualTo("-0.5");
		assertThat(row.get(Column.BASELINE_VALUE.ordinal())).isEmpty();
	}

	@Test
	void aKpiWithNothingForTheGradedYear_stillHasThatYearsRow_withItsGrade() throws IOException {
		ReportDocument document = ExportSampleDocument.edition();
		List<ReportDocument.KpiRow> rows = new ArrayList<>();
		for (ReportDocument.KpiRow row : document.kpiList().rows()) {
			if (row.kpiKey().equals("kpi-outflow")) {
				List<ReportDocument.Figure> values = new ArrayList<>(row.values());
				values.set(values.size() - 1, null);
				row = new ReportDocument.KpiRow(row.kpiKey(), row.kpiId(), row.nodeId(), row.nodeTitle(), row.name(),
						row.relisted(), row.unit(), row.direction(), row.baseline(), values, null, row.target(), null,
						"－％", "none", "－");
			}
			rows.add(row);
		}
		ReportDocument changed = new ReportDocument(document.formatVersion(), document.cover(), document.sections(),
				new ReportDocument.KpiTable(document.kpiList().columns(), document.kpiList().columnLabels(), rows),
				document.distribution(), document.analysis(), document.programs(), document.review());
		OpenDataRecord graded = OpenData.records(changed)
			.stream()
			.filter(record -> record.kpiKey().equals("kpi-outflow") && record.fiscalYear() == 2024)
			.findFirst()
			.orElseThrow();
		assertThat(graded.value()).isNull();
		assertThat(graded.status()).isNull();
		assertThat(graded.grade()).isEqualTo("－");
		RenderedFile json = new OpenData().files(changed)
			.stream()
			.filter(file -> file.fileName().endsWith(".json"))
			.findFirst()
			.orElseThrow();
		assertThat(validate(new String(json.bytes(), StandardCharsets.UTF_8))).isEmpty();
	}

	@Test
	void fileNames_areAscii_whateverThePlansKey() {
		ReportDocument document = ExportSampleDocument.edition();
		ReportDocument.Cover cover = document.cover();
		ReportDocument.Cover japaneseKey = new ReportDocument.Cover(cover.planId(), "空知 方針/2024", cover.planName(),
				cover.ownerId(), cover.ownerName(), cover.ownerCode(), cover.dataYear(), cover.dataYearLabel(),
				cover.title(), cover.levelName(), cover.edition(), cover.generatedOn());
		assertThat(OpenData.baseName(japaneseKey)).isEqualTo("2024_2024_ed1");
	}

	private byte[] csv(String suffix) {
		return files.get("sorachi-policy_2024_ed1" + suffix).bytes();
	}

	private static List<String> row(List<List<String>> rows, String kpiKey, String year) {
		return rows.stream()
			.filter(row -> row.get(Column.KPI_KEY.ordinal()).equals(kpiKey)
					&& row.get(Column.FISCAL_YEAR.ordinal()).equals(year))
			.findFirst()
			.orElseThrow();
	}

	static List<Error> validate(String json) throws IOException {
		Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(Files.readString(SCHEMA), InputFormat.JSON);
		return schema.validate(json, InputFormat.JSON);
	}

	/** A reader of RFC 4180 CSV: quoted fields, doubled quotes, CRLF between records. */
	static final class Rfc4180 {

		static List<List<String>> read(String text) {
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			int i = 0;
			while (i < text.length()) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i += 2;
						continue;
					}
					if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
					i++;
					continue;
				}
				if (c == '"') {
					if (field.length() > 0) {
						throw new IllegalArgumentException("quote inside an unquoted field at " + i);
					}
					quoted = true;
				}
				else if (c == ',') {
					row.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					row.add(field.toString());
					field.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
					i++;
				}
				else if (c == '\r' || c == '\n') {
					throw new IllegalArgumentException("a bare line break outside quotes at " + i);
				}
				else {
					field.append(c);
				}
				i++;
			}
			if (quoted) {
				throw new IllegalArgumentException("an unterminated quote");
			}
			if (field.length() > 0 || !row.isEmpty()) {
				row.add(field.toString());
				rows.add(row);
			}
			return rows;
		}

	}

}
