package jp.suishin.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Target;
import jp.suishin.kpi.WrittenActual;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.ParsedValue;
import jp.suishin.notation.Unit;
import jp.suishin.notation.ValueNotation;
import jp.suishin.progress.KpiFigures;
import jp.suishin.progress.YearlyActuals;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Problem;
import jp.suishin.refusal.Validated;

/**
 * Reads the KPI table: a header row of {@link KpiTableColumns} and fiscal years, then one
 * KPI a row. Cells are read as people write them; anything unreadable stops the whole
 * read with the row, the column and the cell. A value in another unit than the KPI's is
 * left out and reported.
 */
public final class KpiTableReader {

	private static final Map<String, Direction> DIRECTIONS = Map.of("増加", Direction.INCREASE, "減少", Direction.DECREASE,
			"維持", Direction.MAINTAIN, "increase", Direction.INCREASE, "decrease", Direction.DECREASE, "maintain",
			Direction.MAINTAIN);

	private static final Map<String, Aggregation> AGGREGATIONS = Map.of("単年", Aggregation.YEARLY, "累計",
			Aggregation.CUMULATIVE, "延べ", Aggregation.CUMULATIVE, "平均", Aggregation.AVERAGE, "ストック", Aggregation.STOCK,
			"設置数", Aggregation.STOCK, "yearly", Aggregation.YEARLY, "cumulative", Aggregation.CUMULATIVE, "average",
			Aggregation.AVERAGE, "stock", Aggregation.STOCK);

	private KpiTableReader() {
	}

	/**
	 * Reads a KPI table file (CSV or xlsx, see {@link Sheets#read}).
	 * @throws UnreadableSheet at the first file, header or cell that cannot be read
	 */
	public static KpiTable read(String fileName, byte[] content) {
		return read(Sheets.read(fileName, content));
	}

	/**
	 * Reads the rows of a sheet as a KPI table.
	 * @throws UnreadableSheet at the first header or cell that cannot be read
	 */
	public static KpiTable read(List<List<String>> sheet) {
		List<List<String>> records = sheet.stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).toList();
		if (records.isEmpty()) {
			throw UnreadableSheet.file("exchange.empty");
		}
		List<String> header = records.get(0).stream().map(String::strip).toList();
		Map<String, Integer> fixed = new LinkedHashMap<>();
		Map<Integer, FiscalYear> yearColumns = new TreeMap<>();
		Map<Integer, FiscalYear> milestoneColumns = new TreeMap<>();
		for (int c = 0; c < header.size(); c++) {
			String name = header.get(c);
			if (name.isEmpty()) {
				continue;
			}
			if (KpiTableColumns.FIXED.contains(name)) {
				if (fixed.put(name, c) != null) {
					throw UnreadableSheet.row(1, "exchange.duplicate-column", name);
				}
			}
			else if (name.startsWith(KpiTableColumns.MILESTONE)) {
				addYearColumn(milestoneColumns, c, name,
						name.substring(KpiTableColumns.MILESTONE.length()).replaceAll("[\\s()（）]", ""));
			}
			else {
				addYearColumn(yearColumns, c, name, name);
			}
		}
		if (!fixed.containsKey(KpiTableColumns.NAME)) {
			throw UnreadableSheet.row(1, "exchange.missing-column", KpiTableColumns.NAME);
		}
		List<KpiFigures> rows = new ArrayList<>();
		List<KpiTable.UnitMismatch> mismatches = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int r = 1; r < records.size(); r++) {
			KpiFigures row = new Row(r + 1, records.get(r), header, fixed, yearColumns, milestoneColumns, mismatches)
				.read();
			if (!row.relisted() && !names.add(row.id())) {
				throw UnreadableSheet.cell(r + 1, KpiTableColumns.NAME, row.name(),
						Problem.of("exchange.duplicate-kpi"));
			}
			rows.add(row);
		}
		return new KpiTable(rows, mismatches);
	}

	/**
	 * Registers a column headed by a fiscal year; an unreadable or repeated year stops
	 * the read.
	 */
	private static void addYearColumn(Map<Integer, FiscalYear> columns, int column, String header, String yearText) {
		FiscalYear year = FiscalYear.parse(yearText)
			.orElseThrow(() -> UnreadableSheet.row(1, "exchange.unknown-column", column + 1, header,
					String.join("・", KpiTableColumns.FIXED)));
		if (columns.containsValue(year)) {
			throw UnreadableSheet.row(1, "exchange.duplicate-column", header);
		}
		columns.put(column, year);
	}

	/** One data row, with what is needed to name its cells in messages. */
	private record Row(int number, List<String> cells, List<String> header, Map<String, Integer> fixed,
			Map<Integer, FiscalYear> yearColumns, Map<Integer, FiscalYear> milestoneColumns,
			List<KpiTable.UnitMismatch> mismatches) {

		KpiFigures read() {
			String written = cell(KpiTableColumns.NAME);
			if (written.isEmpty()) {
				throw fail(KpiTableColumns.NAME, written, "exchange.required");
			}
			boolean relisted = KpiTableColumns.isRelisted(written);
			String name = KpiTableColumns.relistedName(written);
			Unit unit = Unit.of(cell(KpiTableColumns.UNIT));
			Direction direction = choice(KpiTableColumns.DIRECTION, DIRECTIONS, Direction.INCREASE);
			Aggregation aggregation = choice(KpiTableColumns.AGGREGATION, AGGREGATIONS, Aggregation.YEARLY);
			Baseline baseline = amount(KpiTableColumns.BASELINE, unit)
				.map(v -> new Baseline(v, year(KpiTableColumns.BASELINE_YEAR).orElse(null)))
				.orElse(null);
			Target target = amount(KpiTableColumns.TARGET, unit)
				.map(v -> new Target(v, year(KpiTableColumns.TARGET_YEAR).orElse(null)))
				.orElse(null);
			TreeMap<FiscalYear, Actual> values = new TreeMap<>();
			for (Map.Entry<Integer, FiscalYear> column : yearColumns.entrySet()) {
				String text = at(column.getKey());
				String columnName = header.get(column.getKey());
				WrittenActual read = WrittenActual.read(text, null, null, unit);
				if (read instanceof WrittenActual.Value value) {
					values.put(column.getValue(), value.actual());
				}
				else if (read instanceof WrittenActual.Unreadable unreadable) {
					Problem problem = unreadable.problems()
						.stream()
						.map(FieldProblem::problem)
						.findFirst()
						.orElseThrow();
					if (problem.messageKey().equals("notation.value.unit-mismatch")) {
						mismatches.add(new KpiTable.UnitMismatch(name, number, columnName, text, unit));
					}
					else {
						throw UnreadableSheet.cell(number, columnName, text, problem);
					}
				}
			}
			TreeMap<FiscalYear, BigDecimal> milestones = new TreeMap<>();
			for (Map.Entry<Integer, FiscalYear> column : milestoneColumns.entrySet()) {
				amount(header.get(column.getKey()), column.getKey(), unit)
					.ifPresent(value -> milestones.put(column.getValue(), value));
			}
			return new KpiFigures(name, cell(KpiTableColumns.PROJECT), name, relisted, unit, direction, aggregation,
					baseline, target, YearlyActuals.of(values), milestones, null);
		}

		private String at(Integer index) {
			return index == null || index >= cells.size() || cells.get(index) == null ? "" : cells.get(index).strip();
		}

		private String cell(String column) {
			return at(fixed.get(column));
		}

		private <T> T choice(String column, Map<String, T> choices, T fallback) {
			String text = cell(column);
			if (text.isEmpty()) {
				return fallback;
			}
			T value = choices.get(text);
			if (value == null) {
				throw fail(column, text, "exchange.choice");
			}
			return value;
		}

		private Optional<BigDecimal> amount(String column, Unit unit) {
			return amount(column, fixed.get(column), unit);
		}

		private Optional<BigDecimal> amount(String column, Integer index, Unit unit) {
			String text = at(index);
			if (ValueNotation.parse(text, unit) instanceof ParsedValue.Blank) {
				return Optional.empty();
			}
			Validated<BigDecimal> amount = ValueNotation.amount(text, unit);
			if (amount.rejection().isPresent()) {
				throw UnreadableSheet.cell(number, column, text, amount.rejection().get());
			}
			return amount.accepted();
		}

		private Optional<FiscalYear> year(String column) {
			String text = cell(column);
			if (text.isEmpty() || text.equals("－") || text.equals("-")) {
				return Optional.empty();
			}
			return Optional.of(FiscalYear.parse(text).orElseThrow(() -> fail(column, text, "exchange.year")));
		}

		private UnreadableSheet fail(String column, String text, String key) {
			return UnreadableSheet.cell(number, column, text, Problem.of(key));
		}

	}

}
