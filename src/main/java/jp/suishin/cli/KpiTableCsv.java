package jp.suishin.cli;

import jp.suishin.refusal.Validated;
import jp.suishin.notation.Csv;
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
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.ParsedValue;
import jp.suishin.notation.PreliminaryMark;
import jp.suishin.notation.Unit;
import jp.suishin.notation.ValueNotation;
import jp.suishin.progress.KpiFigures;
import jp.suishin.progress.LintFinding;

/**
 * Reads the KPI table CSV of the {@code evaluate} contract (UTF-8, header row): プロジェクト,
 * 評価指標, 単位, 方向, 集計, 基準値, 基準年度, 目標値, 目標年度, and one column per fiscal year (R6, 令和6年度, H29,
 * 2024年度, 2024). Cells are read as people write them; anything unreadable stops the whole
 * read with the row, the column and the cell quoted. A value in another unit than the
 * KPI's is left out and reported as a lint finding.
 */
final class KpiTableCsv {

	static final String PROJECT = "プロジェクト";

	static final String NAME = "評価指標";

	static final String UNIT = "単位";

	static final String DIRECTION = "方向";

	static final String AGGREGATION = "集計";

	static final String BASELINE = "基準値";

	static final String BASELINE_YEAR = "基準年度";

	static final String TARGET = "目標値";

	static final String TARGET_YEAR = "目標年度";

	static final String MILESTONE = "目安値";

	static final List<String> FIXED = List.of(PROJECT, NAME, UNIT, DIRECTION, AGGREGATION, BASELINE, BASELINE_YEAR,
			TARGET, TARGET_YEAR);

	private static final Map<String, Direction> DIRECTIONS = Map.of("増加", Direction.INCREASE, "減少", Direction.DECREASE,
			"維持", Direction.MAINTAIN, "increase", Direction.INCREASE, "decrease", Direction.DECREASE, "maintain",
			Direction.MAINTAIN);

	private static final Map<String, Aggregation> AGGREGATIONS = Map.of("単年", Aggregation.YEARLY, "累計",
			Aggregation.CUMULATIVE, "延べ", Aggregation.CUMULATIVE, "平均", Aggregation.AVERAGE, "ストック", Aggregation.STOCK,
			"設置数", Aggregation.STOCK, "yearly", Aggregation.YEARLY, "cumulative", Aggregation.CUMULATIVE, "average",
			Aggregation.AVERAGE, "stock", Aggregation.STOCK);

	private static final String RELISTED = "（再掲）";

	private KpiTableCsv() {
	}

	static KpiTable read(String text) {
		List<List<String>> records;
		try {
			records = Csv.parse(text);
		}
		catch (Csv.UnterminatedQuote ex) {
			throw new MalformedInputException(CliText.format("cli.csv.unterminated", ex.record()));
		}
		if (records.isEmpty()) {
			throw new MalformedInputException(CliText.format("cli.csv.empty"));
		}
		List<String> header = records.get(0).stream().map(String::strip).toList();
		Map<String, Integer> fixed = new LinkedHashMap<>();
		Map<Integer, FiscalYear> yearColumns = new TreeMap<>();
		Map<Integer, FiscalYear> milestoneColumns = new TreeMap<>();
		for (int c = 0; c < header.size(); c++) {
			String name = header.get(c);
			if (FIXED.contains(name)) {
				if (fixed.put(name, c) != null) {
					throw new MalformedInputException(CliText.format("cli.csv.duplicate-column", name));
				}
			}
			else if (name.startsWith(MILESTONE)) {
				addYearColumn(milestoneColumns, c, name,
						name.substring(MILESTONE.length()).replaceAll("[\\s()（）]", ""));
			}
			else {
				addYearColumn(yearColumns, c, name, name);
			}
		}
		if (!fixed.containsKey(NAME)) {
			throw new MalformedInputException(CliText.format("cli.csv.missing-column", NAME));
		}
		List<KpiFigures> rows = new ArrayList<>();
		List<LintFinding> findings = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int r = 1; r < records.size(); r++) {
			KpiFigures row = new Row(r + 1, records.get(r), header, fixed, yearColumns, milestoneColumns, findings)
				.read();
			if (!row.relisted() && !names.add(row.id())) {
				throw new MalformedInputException(CliText.format("cli.csv.duplicate-kpi", r + 1, row.name()));
			}
			rows.add(row);
		}
		return new KpiTable(rows, findings);
	}

	/**
	 * Registers a column headed by a fiscal year; an unreadable or repeated year stops
	 * the read.
	 */
	private static void addYearColumn(Map<Integer, FiscalYear> columns, int column, String header, String yearText) {
		FiscalYear year = FiscalYear.parse(yearText)
			.orElseThrow(() -> new MalformedInputException(
					CliText.format("cli.csv.unknown-column", column + 1, header, String.join("・", FIXED))));
		if (columns.containsValue(year)) {
			throw new MalformedInputException(CliText.format("cli.csv.duplicate-column", header));
		}
		columns.put(column, year);
	}

	/** One data row, with what is needed to name its cells in messages. */
	private record Row(int number, List<String> cells, List<String> header, Map<String, Integer> fixed,
			Map<Integer, FiscalYear> yearColumns, Map<Integer, FiscalYear> milestoneColumns,
			List<LintFinding> findings) {

		KpiFigures read() {
			String written = cell(NAME);
			if (written.isEmpty()) {
				throw fail(NAME, written, "cli.csv.required");
			}
			boolean relisted = written.endsWith(RELISTED) || written.endsWith("(再掲)");
			String name = relisted ? written.substring(0, written.length() - RELISTED.length()).strip() : written;
			Unit unit = Unit.of(cell(UNIT));
			Direction direction = choice(DIRECTION, DIRECTIONS, Direction.INCREASE);
			Aggregation aggregation = choice(AGGREGATION, AGGREGATIONS, Aggregation.YEARLY);
			Baseline baseline = amount(BASELINE, unit).map(v -> new Baseline(v, year(BASELINE_YEAR).orElse(null)))
				.orElse(null);
			Target target = amount(TARGET, unit).map(v -> new Target(v, year(TARGET_YEAR).orElse(null))).orElse(null);
			TreeMap<FiscalYear, Actual> values = new TreeMap<>();
			for (Map.Entry<Integer, FiscalYear> column : yearColumns.entrySet()) {
				String text = column.getKey() < cells.size() ? cells.get(column.getKey()).strip() : "";
				boolean preliminary = PreliminaryMark.isMarked(text);
				ParsedValue parsed = ValueNotation.parse(PreliminaryMark.strip(text), unit);
				String columnName = header.get(column.getKey());
				if (parsed instanceof ParsedValue.Amount amount) {
					values.put(column.getValue(),
							preliminary ? new Actual.Preliminary(amount.amount(), amount.approximate())
									: new Actual.Confirmed(amount.amount(), amount.approximate()));
				}
				else if (parsed instanceof ParsedValue.Pending pending) {
					values.put(column.getValue(), new Actual.Pending(pending.expectedMonth()));
				}
				else if (parsed instanceof ParsedValue.Invalid invalid) {
					if (invalid.problem().messageKey().equals("notation.value.unit-mismatch")) {
						findings.add(new LintFinding(name, LintFinding.Kind.UNIT_MISMATCH,
								CliText.format("cli.lint.unit-mismatch", number, columnName, text, unit.text())));
					}
					else {
						throw new MalformedInputException(CliText.format("cli.csv.cell", number, columnName, text,
								CliText.format(invalid.problem())));
					}
				}
			}
			TreeMap<FiscalYear, BigDecimal> milestones = new TreeMap<>();
			for (Map.Entry<Integer, FiscalYear> column : milestoneColumns.entrySet()) {
				amount(header.get(column.getKey()), column.getKey(), unit)
					.ifPresent(value -> milestones.put(column.getValue(), value));
			}
			return new KpiFigures(name, cell(PROJECT), name, relisted, unit, direction, aggregation, baseline, target,
					values, milestones, null);
		}

		private String cell(String column) {
			Integer index = fixed.get(column);
			return index == null || index >= cells.size() ? "" : cells.get(index).strip();
		}

		private <T> T choice(String column, Map<String, T> choices, T fallback) {
			String text = cell(column);
			if (text.isEmpty()) {
				return fallback;
			}
			T value = choices.get(text);
			if (value == null) {
				throw fail(column, text, "cli.csv.choice");
			}
			return value;
		}

		private Optional<BigDecimal> amount(String column, Unit unit) {
			return amount(column, fixed.get(column), unit);
		}

		private Optional<BigDecimal> amount(String column, Integer index, Unit unit) {
			String text = index == null || index >= cells.size() ? "" : cells.get(index).strip();
			if (ValueNotation.parse(text, unit) instanceof ParsedValue.Blank) {
				return Optional.empty();
			}
			Validated<BigDecimal> amount = ValueNotation.amount(text, unit);
			if (amount.rejection().isPresent()) {
				throw new MalformedInputException(
						CliText.format("cli.csv.cell", number, column, text, CliText.format(amount.rejection().get())));
			}
			return amount.accepted();
		}

		private Optional<FiscalYear> year(String column) {
			String text = cell(column);
			if (text.isEmpty() || text.equals("－") || text.equals("-")) {
				return Optional.empty();
			}
			return Optional.of(FiscalYear.parse(text).orElseThrow(() -> fail(column, text, "cli.csv.year")));
		}

		private MalformedInputException fail(String column, String text, String key) {
			return new MalformedInputException(
					CliText.format("cli.csv.cell", number, column, text, CliText.format(key)));
		}

	}

}
