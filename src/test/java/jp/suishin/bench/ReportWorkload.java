package jp.suishin.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jp.suishin.document.ReportDocument;
import jp.suishin.document.render.ReportPdf;
import jp.suishin.document.render.ReportWorkbook;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * W4 report: the PDF and the xlsx of a 200-KPI plan (four projects with their activities,
 * the KPI list, the chart, the analysis and the programs), rendered in-process after a
 * first render. The PDF against the same document in Latin letters rendered with a
 * Latin-only font (what the Japanese font's embedding and subsetting cost), and with an
 * absolute bound of 3 s; the xlsx against a bare POI write of the same cell grid (the
 * same sheets, rows and cells with the same values, no styles or formats).
 */
final class ReportWorkload implements Workload {

	static final Locale JAPANESE = Locale.JAPANESE;

	@Override
	public String id() {
		return "W4";
	}

	@Override
	public List<jp.suishin.bench.Row> run(BenchContext context) throws Exception {
		boolean smoke = context.smoke();
		int kpis = smoke ? 40 : 200;
		int rounds = smoke ? 2 : 7;
		int warmUps = smoke ? 1 : 3;
		ReportDocument japanese = SyntheticReport.of(kpis, 4, true);
		ReportDocument latin = SyntheticReport.of(kpis, 4, false);
		List<jp.suishin.bench.Row> rows = new ArrayList<>();

		ReportPdf pdf = ReportFonts.japanese();
		ReportPdf latinPdf = ReportFonts.latinOnly();
		byte[][] last = new byte[2][];
		double suishin = median(warmUps, rounds, () -> last[0] = pdf.render(japanese, JAPANESE));
		double bare = median(warmUps, rounds, () -> last[1] = latinPdf.render(latin, Locale.ENGLISH));
		String note = String.format(Locale.ROOT,
				"median of %d rounds after %d; %d pages, %,d bytes; baseline: the same document in Latin letters with a "
						+ "Latin-only font (%s), %d pages",
				rounds, warmUps, pages(last[0]), last[0].length, ReportFonts.latinDescription(), pages(last[1]));
		rows.add(jp.suishin.bench.Row.ratio(
				String.format(Locale.ROOT, "W4 report: PDF of a %d-KPI plan, embedded Japanese font", kpis), suishin,
				bare, "ms", 2, note));
		rows.add(jp.suishin.bench.Row.bound(String.format(Locale.ROOT, "W4 report: PDF of a %d-KPI plan, time", kpis),
				suishin, "ms", 3000, "after the first render"));

		ReportWorkbook workbook = new ReportWorkbook();
		byte[][] xlsx = new byte[1][];
		double workbookTime = median(warmUps, rounds, () -> xlsx[0] = workbook.render(japanese, JAPANESE));
		Grid grid = Grid.of(xlsx[0]);
		double bareWrite = median(warmUps, rounds, grid::write);
		rows.add(jp.suishin.bench.Row.ratio(String.format(Locale.ROOT, "W4 report: xlsx of a %d-KPI plan", kpis),
				workbookTime, bareWrite, "ms", 1.5,
				String.format(Locale.ROOT,
						"median of %d rounds after %d; %,d bytes, %,d cells in %d sheets; baseline: XSSFWorkbook "
								+ "writing the same cells, no styles",
						rounds, warmUps, xlsx[0].length, grid.cells(), grid.sheets.size())));
		return rows;
	}

	static double median(int warmUps, int rounds, Supplier<?> task) {
		List<Double> times = new ArrayList<>();
		for (int round = 0; round < warmUps + rounds; round++) {
			long started = System.nanoTime();
			task.get();
			double took = (System.nanoTime() - started) / 1e6;
			if (round >= warmUps) {
				times.add(took);
			}
		}
		return UploadWorkload.median(times);
	}

	static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new IllegalStateException("W4: the PDF cannot be read back", ex);
		}
	}

	/** The cells of a workbook as the bare write needs them: numbers and texts. */
	record Grid(List<String> names, List<List<List<Object>>> sheets) {

		static Grid of(byte[] xlsx) {
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				List<String> names = new ArrayList<>();
				List<List<List<Object>>> sheets = new ArrayList<>();
				for (Sheet sheet : workbook) {
					names.add(sheet.getSheetName());
					List<List<Object>> rows = new ArrayList<>();
					for (Row row : sheet) {
						List<Object> cells = new ArrayList<>();
						for (Cell cell : row) {
							cells.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
									: cell.toString());
						}
						rows.add(cells);
					}
					sheets.add(rows);
				}
				return new Grid(names, sheets);
			}
			catch (IOException ex) {
				throw new IllegalStateException("W4: the xlsx cannot be read back", ex);
			}
		}

		int cells() {
			return sheets.stream().flatMap(List::stream).mapToInt(List::size).sum();
		}

		byte[] write() {
			try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				for (int s = 0; s < sheets.size(); s++) {
					Sheet sheet = workbook.createSheet(names.get(s));
					List<List<Object>> rows = sheets.get(s);
					for (int r = 0; r < rows.size(); r++) {
						Row row = sheet.createRow(r);
						List<Object> cells = rows.get(r);
						for (int c = 0; c < cells.size(); c++) {
							Object value = cells.get(c);
							if (value instanceof Double number) {
								row.createCell(c).setCellValue(number);
							}
							else {
								row.createCell(c).setCellValue((String) value);
							}
						}
					}
				}
				workbook.write(out);
				return out.toByteArray();
			}
			catch (IOException ex) {
				throw new IllegalStateException("W4: the bare write failed", ex);
			}
		}

	}

}
