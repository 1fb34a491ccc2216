package jp.suishin.planimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the example KPI sheet of the README
 * ({@code docs/examples/kpi-sheet-example.xlsx} and its CSV): a title row, the header,
 * goals and measures, KPIs with ▲ values, a pending value and a re-listed KPI, as a city
 * keeps them. Run {@link #main} to write them again; {@link ExampleWorkbookTests} imports
 * the committed files.
 */
public final class ExampleWorkbook {

	static final Path XLSX = Path.of("docs/examples/kpi-sheet-example.xlsx");

	static final Path CSV = Path.of("docs/examples/kpi-sheet-example.csv");

	private ExampleWorkbook() {
	}

	static List<List<Object>> rows() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row("第2期 みどり市まち・ひと・しごと創生総合戦略 KPI一覧"));
		rows.add(row());
		rows.add(row("基本目標", "施策", "KPI", "単位", "基準値", "目標値", "2020", "2021", "2022", "2023"));
		rows.add(row("1 しごとをつくる", "(1) 農業の担い手の確保", "新規就農者数", "人", "12", "25", "3", "4", "6", "集計中（8月頃）"));
		rows.add(row("1 しごとをつくる", "(1) 農業の担い手の確保", "農地の集積率", "％", "40.5", "60", "41.2", "43.0", "44.8", null));
		rows.add(row("1 しごとをつくる", "(2) 観光の振興", "観光入込客数", "千人", "1,200", "1,500", "980", "1,050", "1,210", "1,320"));
		rows.add(row("2 ひとを呼び込む", "(1) 移住・定住の促進", "社会増減数", "人", "▲312", "0", "▲290", "▲275", "▲240", null));
		rows.add(row("2 ひとを呼び込む", "(1) 移住・定住の促進", "移住相談件数", "件", "85", "150", "92", "110", "131", "140"));
		rows.add(row("2 ひとを呼び込む", "(2) 関係人口の創出", "観光入込客数（再掲）", "千人", "1,200", "1,500", "980", "1,050", "1,210",
				"1,320"));
		rows.add(row("3 結婚・出産・子育て", "(1) 子育て支援", "合計特殊出生率", null, "1.32", "1.40", "1.30", "1.28", "1.31", null));
		return rows;
	}

	private static List<Object> row(Object... cells) {
		List<Object> row = new ArrayList<>();
		for (Object cell : cells) {
			row.add(cell);
		}
		return row;
	}

	static String csv() {
		StringBuilder csv = new StringBuilder("\uFEFF");
		for (List<Object> row : rows()) {
			List<String> cells = new ArrayList<>();
			for (Object cell : row) {
				String text = cell == null ? "" : cell.toString();
				cells.add(text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
			}
			csv.append(String.join(",", cells)).append("\r\n");
		}
		return csv.toString();
	}

	public static void main(String[] args) throws IOException {
		Files.createDirectories(XLSX.getParent());
		Files.write(XLSX, TestWorkbooks.xlsx("KPI一覧", rows()));
		Files.writeString(CSV, csv(), StandardCharsets.UTF_8);
	}

}
