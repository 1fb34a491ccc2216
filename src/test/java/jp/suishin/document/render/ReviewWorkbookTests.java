package jp.suishin.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The PDCA year in the report's workbook: a sheet of the evaluation sheets (money as
 * numbers) and one of the donations, only when the document has them.
 */
class ReviewWorkbookTests {

	static XSSFWorkbook open(byte[] bytes) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	static List<String> names(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	@Test
	void aReportWithoutReview_hasTheFourSheetsAsBefore() throws IOException {
		try (XSSFWorkbook workbook = open(new ReportWorkbook().render(ReportFixture.sorachi(), Locale.JAPANESE))) {
			assertThat(names(workbook)).hasSize(4).doesNotContain("事務事業評価", "寄附");
		}
	}

	@Test
	void theProgramsSheet_holdsEachSheetsRatingsAndCostsAsNumbers() throws IOException {
		try (XSSFWorkbook workbook = open(new ReportWorkbook().render(ReviewFixture.report(), Locale.JAPANESE))) {
			assertThat(names(workbook)).endsWith("事務事業評価", "寄附");
			Sheet programs = workbook.getSheet("事務事業評価");
			Row header = programs.getRow(0);
			Row decided = programs.getRow(1);
			assertThat(decided.getCell(0).getStringCellValue()).isEqualTo("炭鉄港ガイドツアー事業");
			assertThat(decided.getCell(column(header, "最終の評価段階")).getStringCellValue()).isEqualTo("外部有識者評価");
			assertThat(decided.getCell(column(header, "有効性")).getNumericCellValue()).isEqualTo(4);
			assertThat(decided.getCell(column(header, "フルコスト")).getCellType()).isEqualTo(CellType.NUMERIC);
			// 12,000 (事業費) + 12,000 (人件費) = 24,000千円, as the fixture gives it
			assertThat(decided.getCell(column(header, "フルコスト")).getNumericCellValue()).isEqualTo(24000);
			assertThat(decided.getCell(column(header, "寄附金")).getNumericCellValue()).isEqualTo(1500);
			assertThat(decided.getCell(column(header, "予算への反映")).getStringCellValue()).isEqualTo("R7予算で2,000千円増額");
			Row inProgress = programs.getRow(2);
			assertThat(inProgress.getCell(column(header, "評価完了"))).satisfiesAnyOf(cell -> assertThat(cell).isNull(),
					cell -> assertThat(cell.getStringCellValue()).isEmpty());
			Sheet donations = workbook.getSheet("寄附");
			assertThat(donations.getRow(2).getCell(0).getStringCellValue()).isEqualTo("（匿名希望）");
			assertThat(donations.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2000);
			assertThat(donations.getRow(1).getCell(5).getStringCellValue()).isEqualTo("はい");
		}
	}

	static int column(Row header, String name) {
		for (int c = 0; c < header.getLastCellNum(); c++) {
			if (name.equals(header.getCell(c).getStringCellValue())) {
				return c;
			}
		}
		throw new AssertionError("no column " + name);
	}

}
