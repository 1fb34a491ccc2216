package jp.suishin.organising;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.exchange.Grid;
import jp.suishin.exchange.GridCell;
import jp.suishin.exchange.Workbook;
import jp.suishin.organisation.LocalGovernmentCode;
import jp.suishin.organisation.OrganisationName;
import jp.suishin.refusal.Problem;

/**
 * The national list of local governments (全国地方公共団体コード) as the Ministry of Internal
 * Affairs publishes it, read from a workbook: a header row found by its words (団体コード,
 * 都道府県名（漢字）, 市区町村名（漢字）; title rows above it are passed over), then one row per prefecture
 * (its 市区町村名 empty, its code NN000 and a check digit) or municipality. The kana columns
 * are not kept. The wards of designated cities (札幌市中央区 …, listed on the ministry's second
 * sheet) are no organisations of their own here and are skipped; the special wards of
 * Tokyo (千代田区 …) are municipalities.
 */
final class NationalList {

	/** Rows searched for the header. */
	static final int HEADER_ROWS = 30;

	private NationalList() {
	}

	/** The rows read, the wards skipped, and every problem found. */
	record Read(List<ListedGovernment> governments, int skippedWards, List<ListProblem> problems) {
	}

	static Read read(Workbook workbook) {
		List<ListProblem> problems = new ArrayList<>();
		Map<String, ListedGovernment> byCode = new LinkedHashMap<>();
		int wards = 0;
		boolean headerFound = false;
		for (Grid grid : workbook.sheets()) {
			Optional<int[]> header = header(grid);
			if (header.isEmpty()) {
				continue;
			}
			headerFound = true;
			int[] h = header.get();
			int codeColumn = h[1];
			int prefectureColumn = h[2];
			int nameColumn = h[3];
			for (int r = h[0] + 1; r < grid.rowCount(); r++) {
				GridCell codeCell = grid.shown(r, codeColumn);
				String prefecture = text(grid.shown(r, prefectureColumn));
				String name = text(grid.shown(r, nameColumn));
				String code = codeText(codeCell);
				if (code.isEmpty() && prefecture.isEmpty() && name.isEmpty()) {
					continue;
				}
				int row = r + 1;
				int before = problems.size();
				LocalGovernmentCode lgCode = null;
				Optional<Problem> codeProblem = LocalGovernmentCode.check(code);
				if (code.isEmpty()) {
					problems.add(problem(grid, row, codeColumn, code, Problem.of("localgov.code.required")));
				}
				else if (codeProblem.isPresent()) {
					problems.add(problem(grid, row, codeColumn, codeCell.text(), codeProblem.get()));
				}
				else {
					lgCode = LocalGovernmentCode.of(code);
				}
				if (prefecture.isEmpty()) {
					problems.add(problem(grid, row, prefectureColumn, prefecture,
							Problem.of("localgov.prefecture.required")));
				}
				else {
					OrganisationName.of(prefecture)
						.rejection()
						.ifPresent(p -> problems.add(problem(grid, row, prefectureColumn, prefecture, p)));
				}
				boolean ownRow = name.isEmpty();
				if (!ownRow) {
					OrganisationName.of(name)
						.rejection()
						.ifPresent(p -> problems.add(problem(grid, row, nameColumn, name, p)));
				}
				if (lgCode != null && ownRow != lgCode.isPrefecture()) {
					problems.add(problem(grid, row, ownRow ? nameColumn : codeColumn, ownRow ? name : code,
							Problem.of(ownRow ? "localgov.name.required" : "localgov.municipality.code", code)));
				}
				if (problems.size() > before) {
					continue;
				}
				if (!ownRow && name.endsWith("区") && !lgCode.prefectureNumber().equals("13")) {
					wards++;
					continue;
				}
				ListedGovernment listed = new ListedGovernment(grid.name(), row, lgCode, prefecture,
						ownRow ? prefecture : name, ownRow, Grid.columnName(codeColumn),
						Grid.columnName(prefectureColumn));
				ListedGovernment earlier = byCode.putIfAbsent(lgCode.value(), listed);
				if (earlier != null && !(earlier.name().equals(listed.name())
						&& earlier.prefectureName().equals(listed.prefectureName()))) {
					problems.add(problem(grid, row, codeColumn, code,
							Problem.of("localgov.code.duplicate", code, earlier.row(), earlier.name())));
				}
			}
		}
		if (!headerFound) {
			problems.add(new ListProblem(workbook.sheets().isEmpty() ? "" : workbook.sheets().get(0).name(), 0, null,
					null, Problem.of("localgov.header.missing")));
		}
		return new Read(List.copyOf(byCode.values()), wards, problems);
	}

	/** The header's row and its code, prefecture and municipality columns. */
	private static Optional<int[]> header(Grid grid) {
		for (int r = 0; r < Math.min(HEADER_ROWS, grid.rowCount()); r++) {
			int code = -1;
			int prefecture = -1;
			int name = -1;
			List<GridCell> cells = grid.rows().get(r);
			for (int c = 0; c < cells.size(); c++) {
				String word = word(grid.shown(r, c).text());
				if (word.contains("カナ") || word.contains("ｶﾅ") || word.contains("かな")) {
					continue;
				}
				if (code < 0 && word.contains("団体コード")) {
					code = c;
				}
				else if (prefecture < 0 && word.contains("都道府県名")) {
					prefecture = c;
				}
				else if (name < 0 && word.contains("市区町村名")) {
					name = c;
				}
			}
			if (code >= 0 && prefecture >= 0 && name >= 0) {
				return Optional.of(new int[] { r, code, prefecture, name });
			}
		}
		return Optional.empty();
	}

	private static String word(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
	}

	private static String text(GridCell cell) {
		return cell.text().strip();
	}

	/**
	 * A code as the cell holds it: a code typed as a number, or saved from one, lost its
	 * leading zero ({@code 10006} for 北海道), which is put back when that makes a valid
	 * code.
	 */
	static String codeText(GridCell cell) {
		String code = Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).strip();
		if (code.matches("\\d{5}") && LocalGovernmentCode.check("0" + code).isEmpty()) {
			return "0" + code;
		}
		return code;
	}

	private static ListProblem problem(Grid grid, int row, int column, String cell, Problem problem) {
		return new ListProblem(grid.name(), row, Grid.columnName(column), cell, problem);
	}

}
