package jp.suishin.planimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.suishin.exchange.Grid;
import jp.suishin.exchange.GridCell;
import jp.suishin.exchange.Workbook;
import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.Problem;

/**
 * Reads the KPI table of a city's plan sheet into a {@link PlanSheet}: what is written,
 * not whether it is valid (that is the dry run's).
 */
public final class PlanSheetReader {

	private PlanSheetReader() {
	}

	/** First version: the first sheet, one header row with 評価指標 and level columns. */
	public static PlanSheet read(Workbook workbook, Map<String, String> overrides) {
		Grid grid = workbook.sheets().get(0);
		List<SheetIssue> problems = new ArrayList<>();
		int header = -1;
		for (int r = 0; r < grid.rowCount() && header < 0; r++) {
			for (int c = 0; c < grid.rows().get(r).size(); c++) {
				String h = normalise(grid.cell(r, c).text());
				if (h.equals("評価指標") || h.equals("KPI")) {
					header = r;
				}
			}
		}
		if (header < 0) {
			problems.add(new SheetIssue(grid.name(), 0, null, null, Problem.of("planimport.sheet.noHeader")));
			return new PlanSheet(grid.name(), null, List.of(), new ColumnMapping(List.of()), List.of(), List.of(),
					List.of(), problems, List.of());
		}
		List<SheetColumn> columns = new ArrayList<>();
		List<String> levelNames = new ArrayList<>();
		for (int c = 0; c < grid.rows().get(header).size(); c++) {
			String written = grid.cell(header, c).text();
			String h = normalise(written);
			ColumnRole role = switch (h) {
				case "基本目標", "施策" -> ColumnRole.LEVEL;
				case "評価指標", "KPI" -> ColumnRole.KPI;
				case "単位" -> ColumnRole.UNIT;
				case "基準値" -> ColumnRole.BASELINE;
				case "目標値" -> ColumnRole.TARGET;
				default -> ColumnRole.IGNORED;
			};
			FiscalYear year = null;
			if (role == ColumnRole.IGNORED) {
				year = FiscalYear.parse(h).orElse(null);
				if (year != null) {
					role = ColumnRole.YEAR_VALUE;
				}
			}
			if (role == ColumnRole.LEVEL) {
				levelNames.add(written);
			}
			columns.add(new SheetColumn(c, Grid.columnName(c), written, role,
					role == ColumnRole.LEVEL ? levelNames.size() : 0, year, role != ColumnRole.IGNORED));
		}
		ColumnMapping mapping = new ColumnMapping(columns);
		List<SheetKpiRow> kpis = new ArrayList<>();
		List<SheetNode> nodes = new ArrayList<>();
		for (int r = header + 1; r < grid.rowCount(); r++) {
			List<String> path = new ArrayList<>();
			for (SheetColumn level : mapping.withRole(ColumnRole.LEVEL)) {
				path.add(grid.shown(r, level.index()).text().strip());
			}
			String name = mapping.first(ColumnRole.KPI).map(c -> grid.cell(0, 0).text()).orElse("");
			int row = r;
			name = mapping.first(ColumnRole.KPI).map(c -> grid.cell(row, c.index()).text().strip()).orElse("");
			if (name.isEmpty()) {
				continue;
			}
			String unit = mapping.first(ColumnRole.UNIT)
				.map(c -> grid.cell(row, c.index()).text().strip())
				.orElse(null);
			TreeMap<FiscalYear, WrittenValue> values = new TreeMap<>();
			for (SheetColumn yc : mapping.withRole(ColumnRole.YEAR_VALUE)) {
				GridCell cell = grid.cell(r, yc.index());
				if (!cell.isBlank()) {
					values.put(yc.year(),
							new WrittenValue(cell.text(), cell.number(), cell.formula(), r + 1, yc.letter()));
				}
			}
			kpis.add(new SheetKpiRow(grid.name(), r + 1, path, name, false, unit, "増加", true, null,
					value(grid, mapping, ColumnRole.BASELINE, r), null, value(grid, mapping, ColumnRole.TARGET, r),
					null, null, null, values));
		}
		return new PlanSheet(grid.name(), null, levelNames, mapping, kpis, List.of(), List.of(), problems, nodes);
	}

	private static WrittenValue value(Grid grid, ColumnMapping mapping, ColumnRole role, int r) {
		return mapping.first(role).map(c -> {
			GridCell cell = grid.cell(r, c.index());
			return cell.isBlank() ? null
					: new WrittenValue(cell.text(), cell.number(), cell.formula(), r + 1, c.letter());
		}).orElse(null);
	}

	static String normalise(String text) {
		return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).replaceAll("\\s", "");
	}

}
