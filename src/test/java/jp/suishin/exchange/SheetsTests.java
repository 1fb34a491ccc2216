package jp.suishin.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Optional;
import java.util.Map;

import jp.suishin.kpi.Actual;
import jp.suishin.notation.FiscalYear;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one reader on real files: CSV in UTF-8 with and without a byte-order mark, in
 * Shift_JIS as Excel in Japan saves it, an xlsx workbook written by POI; and the one
 * writer's formula neutralisation, undone by the reader for exactly the same characters.
 */
class SheetsTests {

	static final Charset SHIFT_JIS = Charset.forName("Windows-31J");

	/** A KPI table as a department keeps it, with characters only CP932 has (①, ～). */
	static final String TABLE = "評価指標,単位,目標値,目標年度,R5,令和6年度\r\n" + "移住相談件数①,件,700件,R7,▲312,集計中（7月頃）\r\n"
			+ "\"就職率（高卒～）\",％,63.9％,R6,52.0％,53.0％（速報）\r\n";

	@TempDir
	Path directory;

	Path file(String name, byte[] content) throws IOException {
		return Files.write(directory.resolve(name), content);
	}

	static List<List<String>> read(Path file) throws IOException {
		return Sheets.read(file.getFileName().toString(), Files.readAllBytes(file));
	}

	static void assertTheTable(List<List<String>> rows) {
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).containsExactly("評価指標", "単位", "目標値", "目標年度", "R5", "令和6年度");
		assertThat(rows.get(1)).startsWith("移住相談件数①", "件", "700件", "R7").endsWith("集計中（7月頃）").hasSize(6);
		assertThat(rows.get(2).get(0)).isEqualTo("就職率（高卒～）");
		KpiTable table = KpiTableReader.read(rows);
		assertThat(table.rows()).extracting(k -> k.name()).containsExactly("移住相談件数①", "就職率（高卒～）");
		assertThat(table.rows().get(0).values().get(FiscalYear.of(2023)))
			.isEqualTo(new Actual.Confirmed(new BigDecimal("-312")));
		assertThat(table.rows().get(0).values().get(FiscalYear.of(2024))).isEqualTo(new Actual.Pending(7));
		assertThat(table.rows().get(1).values().get(FiscalYear.of(2024)))
			.isEqualTo(new Actual.Preliminary(new BigDecimal("53.0")));
	}

	@Test
	void csvInUtf8_withAndWithoutAByteOrderMark() throws IOException {
		assertTheTable(read(file("plain.csv", TABLE.getBytes(StandardCharsets.UTF_8))));
		assertTheTable(read(file("bom.csv", ("\uFEFF" + TABLE).getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void csvInShiftJis_asExcelInJapanSavesIt() throws IOException {
		byte[] content = TABLE.getBytes(SHIFT_JIS);
		assertThat(new String(content, StandardCharsets.UTF_8)).as("not readable as UTF-8").contains("\uFFFD");
		assertTheTable(read(file("sjis.csv", content)));
	}

	@Test
	void anXlsxWorkbookWrittenByPoi_numbersAsExcelShowsThem() throws IOException {
		Path file = directory.resolve("sheet.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("R6");
			List<List<String>> csv = Sheets.read("t.csv", TABLE.getBytes(StandardCharsets.UTF_8));
			for (int r = 0; r < csv.size(); r++) {
				for (int c = 0; c < csv.get(r).size(); c++) {
					(sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r)).createCell(c)
						.setCellValue(csv.get(r).get(c));
				}
			}
			// A department types figures as numbers, negative ones with a minus.
			sheet.getRow(1).getCell(4).setCellValue(-312);
			sheet.getRow(1).createCell(6).setCellFormula("1+1");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(sheet.getRow(1).getCell(6));
			workbook.write(out);
		}
		List<List<String>> rows = read(file);
		assertThat(rows.get(1).get(6)).as("a formula reads as its value, never as its text").isEqualTo("2");
		assertTheTable(List.of(rows.get(0), rows.get(1).subList(0, 6), rows.get(2)));
	}

	@Test
	void somethingElse_isRefusedNamingTheFile() throws IOException {
		byte[] neither = { (byte) 0x81, (byte) 0x20, (byte) 0xff, (byte) 0xfe };
		UnreadableSheet refused = catchThrowableOfType(UnreadableSheet.class, () -> read(file("binary.csv", neither)));
		assertThat(refused.problem().messageKey()).isEqualTo("exchange.unreadable");
		assertThat(refused.problem().arguments()).containsExactly("binary.csv");
		UnreadableSheet broken = catchThrowableOfType(UnreadableSheet.class,
				() -> read(file("broken.xlsx", "PK\u0003\u0004 not a workbook".getBytes(StandardCharsets.UTF_8))));
		assertThat(broken.problem().messageKey()).isEqualTo("exchange.unreadable");
	}

	@Test
	void aSheetFarTooWideOrLong_isRefusedAtItsRow_inCsvAsInXlsx() {
		String wide = "評価指標" + ",x".repeat(Sheets.MAX_COLUMNS) + "\n";
		UnreadableSheet refused = catchThrowableOfType(UnreadableSheet.class,
				() -> Sheets.read("wide.csv", wide.getBytes(StandardCharsets.UTF_8)));
		assertThat(refused.row()).isEqualTo(1);
		assertThat(refused.problem().messageKey()).isEqualTo("exchange.too-many-columns");
		String longSheet = "評価指標\n" + "x\n".repeat(Sheets.MAX_ROWS);
		assertThat(catchThrowableOfType(UnreadableSheet.class,
				() -> Sheets.read("long.csv", longSheet.getBytes(StandardCharsets.UTF_8)))
			.problem()
			.messageKey()).isEqualTo("exchange.too-many-rows");
	}

	/** Every character a spreadsheet may start a formula with, and the guard itself. */
	@ParameterizedTest
	@ValueSource(strings = { "=", "+", "-", "@", "\t", "\r", "\0", "'" })
	void everyFormulaStart_isNeutralisedInCsvAndXlsx_andReadsBackAsItWas(String first) throws IOException {
		String text = first + "cmd|' /C calc'!A0";
		List<List<SheetCell>> rows = List.of(List.of(SheetCell.text("評価指標")), List.of(SheetCell.text(text)));
		byte[] csv = Sheets.csv(rows);
		String written = new String(csv, StandardCharsets.UTF_8);
		assertThat(written).as("no cell starts with the character itself")
			.doesNotContain("\r\n" + text)
			.doesNotContain("\r\n\"" + text)
			.containsAnyOf("\r\n'" + text, "\r\n\"'" + text);
		assertThat(read(file("guarded.csv", csv)).get(1)).containsExactly(text);
		byte[] xlsx = Sheets.xlsx("R6", rows);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).startsWith("'");
		}
		assertThat(read(file("guarded.xlsx", xlsx)).get(1)).containsExactly(text);
	}

	@Test
	void aLeadingNul_neverReachesASpreadsheetOrTheReaderUnguarded() {
		String text = "\0=cmd|' /C calc'!A0";
		assertThat(FormulaGuard.neutralise(text)).isEqualTo("'" + text);
		assertThat(FormulaGuard.restore(FormulaGuard.neutralise(text))).isEqualTo(text);
		assertThat(FormulaGuard.restore("'abc")).as("an apostrophe before ordinary text stays").isEqualTo("'abc");
		assertThat(FormulaGuard.restore("-312")).isEqualTo("-312");
	}

	@Test
	void figures_areNumbersInXlsx_andReadBackToTheSameAmounts_negativeOnesToo() throws IOException {
		List<BigDecimal> figures = List.of(new BigDecimal("-312"), new BigDecimal("52.0"), new BigDecimal("1274.46"),
				new BigDecimal("113500"), new BigDecimal("123456789012345678.123456"));
		List<List<SheetCell>> rows = new ArrayList<>();
		rows.add(List.of(SheetCell.text("v")));
		figures.forEach(f -> rows.add(List.of(new SheetCell.Figure(f, jp.suishin.notation.QuantityFormat.number(f)))));
		byte[] xlsx = Sheets.xlsx("R6", rows);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(-312);
		}
		List<List<String>> read = read(file("figures.xlsx", xlsx));
		assertThat(read.subList(1, read.size())).extracting(r -> r.get(0))
			.containsExactly("-312", "52.0", "1,274.46", "113,500", "123,456,789,012,345,678.123456");
		List<List<String>> csv = read(file("figures.csv", Sheets.csv(rows)));
		assertThat(csv.subList(1, csv.size())).extracting(r -> r.get(0))
			.containsExactly("▲312", "52.0", "1,274.46", "113,500", "123,456,789,012,345,678.123456");
	}

	@Test
	void aWorkbookThatInflatesLikeAZipBomb_isRefused_byPoisCheckLeftOn() throws IOException {
		byte[] workbook = Sheets.xlsx("R6", List.of(List.of(SheetCell.text("評価指標"))));
		assertThat(Sheets.read("ok.xlsx", workbook)).containsExactly(List.of("評価指標"));
		java.io.ByteArrayOutputStream padded = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
				new java.io.ByteArrayInputStream(workbook));
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(padded)) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				in.transferTo(out);
				out.closeEntry();
			}
			out.putNextEntry(new java.util.zip.ZipEntry("xl/padding.xml"));
			out.write(" ".repeat(20_000_000).getBytes(StandardCharsets.US_ASCII));
			out.closeEntry();
		}
		UnreadableSheet refused = catchThrowableOfType(UnreadableSheet.class,
				() -> Sheets.read("bomb.xlsx", padded.toByteArray()));
		assertThat(refused).isNotNull();
		assertThat(refused.problem().messageKey()).isEqualTo("exchange.zip-bomb");
	}

	/**
	 * A workbook as Excel in Japan saves it: shared strings with their phonetic guide
	 * (ふりがな), an inline string, an escaped control character; read streaming as the text
	 * people see.
	 */
	@Test
	void anXlsxWorkbookAsExcelSavesIt_readsWithoutItsPhoneticGuide() throws IOException {
		byte[] edited = edited(Map.of("xl/sharedStrings.xml",
				sharedStrings -> ("""
						<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
						<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">							<si><t>評価指標</t><rPh sb="0" eb="2"><t>ヒョウカ</t></rPh><phoneticPr fontId="1"/></si>							<si><t>R6</t></si></sst>"""),
				"xl/worksheets/", sheet -> sheet.replace("</sheetData>",
						"""
								<row r="3"><c r="A3" t="inlineStr"><is><r><t>移住</t></r><r><t>相談_x0009_件数</t></r>							<rPh sb="0" eb="2"><t>イジュウ</t></rPh></is></c><c r="B3"><v>1274.5</v></c></row></sheetData>""")));
		List<List<String>> rows = Sheets.read("excel.xlsx", edited);
		assertThat(rows).containsExactly(List.of("評価指標", "R6"), List.of(), List.of("移住相談\t件数", "1274.5"));

		List<List<String>> onlyTheFirst = new ArrayList<>();
		Sheets.read("excel.xlsx", edited, new Sheets.Rows() {

			@Override
			public void row(int number, List<String> cells) {
				onlyTheFirst.add(cells);
			}

			@Override
			public boolean reads(int column) {
				return column == 0;
			}

		});
		assertThat(onlyTheFirst).as("a column not read comes empty, in its place")
			.containsExactly(List.of("評価指標", ""), List.of("移住相談\t件数", ""));
	}

	/**
	 * Shared strings far beyond any KPI list are refused while they are read, before they
	 * fill the heap: what reading holds is bounded whatever the file.
	 */
	@Test
	void aWorkbookOfFarTooMuchText_isRefused() {
		List<List<SheetCell>> rows = new ArrayList<>();
		rows.add(List.of(SheetCell.text("評価指標")));
		// random letters: text that does not inflate like a bomb, so that POI's own check
		// lets it through
		java.util.Random random = new java.util.Random(1);
		for (int r = 0; r < 300; r++) {
			StringBuilder text = new StringBuilder();
			random.ints(32_000, 'a', 'z' + 1).forEach(c -> text.append((char) c));
			rows.add(List.of(SheetCell.text(text.toString())));
		}
		byte[] xlsx = Sheets.xlsx("R6", rows);
		UnreadableSheet refused = catchThrowableOfType(UnreadableSheet.class, () -> Sheets.read("long.xlsx", xlsx));
		assertThat(refused).isNotNull();
		assertThat(refused.problem().messageKey()).isEqualTo("exchange.too-much-text");
	}

	/**
	 * A one-row workbook as Sheets writes it, with entries edited: each edit applies to
	 * the entries whose name starts with its key.
	 */
	private static byte[] edited(Map<String, UnaryOperator<String>> edits) throws IOException {
		byte[] workbook = Sheets.xlsx("R6", List.of(List.of(SheetCell.text("評価指標"), SheetCell.text("R6"))));
		java.io.ByteArrayOutputStream edited = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
				new java.io.ByteArrayInputStream(workbook));
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(edited)) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String name = entry.getName();
				out.putNextEntry(new java.util.zip.ZipEntry(name));
				Optional<UnaryOperator<String>> edit = edits.entrySet()
					.stream()
					.filter(e -> name.startsWith(e.getKey()))
					.map(Map.Entry::getValue)
					.findFirst();
				if (edit.isPresent()) {
					String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					out.write(edit.get().apply(text).getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return edited.toByteArray();
	}

	/** The workbook with rows added to its sheet. */
	private static byte[] withSheetRows(String rows) throws IOException {
		return edited(Map.of("xl/worksheets/", sheet -> sheet.replace("</sheetData>", rows + "</sheetData>")));
	}

	/**
	 * A crafted sheet that gives the same row number again and again is held to the row
	 * limit all the same: the limit counts the rows handed on, not the numbers written.
	 */
	@Test
	void rowsThatRepeatTheirNumber_stillMeetTheRowLimit() throws IOException {
		java.util.Random random = new java.util.Random(7);
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i <= Sheets.MAX_ROWS; i++) {
			rows.append("<row r=\"3\"><c r=\"A3\"><v>").append(random.nextInt()).append("</v></c></row>");
		}
		byte[] crafted = withSheetRows(rows.toString());
		UnreadableSheet refused = catchThrowableOfType(UnreadableSheet.class, () -> Sheets.read("x.xlsx", crafted));
		assertThat(refused).isNotNull();
		assertThat(refused.problem().messageKey()).isEqualTo("exchange.too-many-rows");
	}

	/** A cell naming a style the workbook does not have reads with the default style. */
	@Test
	void aCellOfAStyleThatDoesNotExist_readsWithTheDefault() throws IOException {
		byte[] crafted = withSheetRows("<row r=\"3\"><c r=\"A3\" s=\"2000000000\"><v>1274.5</v></c></row>");
		assertThat(Sheets.read("x.xlsx", crafted)).last().isEqualTo(List.of("1274.5"));
	}

}
