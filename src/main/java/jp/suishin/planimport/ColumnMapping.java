package jp.suishin.planimport;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.Problem;

/**
 * How each column of a plan's KPI sheet is read, left to right.
 *
 * @param columns every column of the table, by index
 */
public record ColumnMapping(List<SheetColumn> columns) {

	public ColumnMapping {
		columns = List.copyOf(columns);
	}

	/** The column at an index, if the table has it. */
	public Optional<SheetColumn> column(int index) {
		return columns.stream().filter(c -> c.index() == index).findFirst();
	}

	/** The columns with a role, left to right. */
	public List<SheetColumn> withRole(ColumnRole role) {
		return columns.stream().filter(c -> c.role() == role).toList();
	}

	/** The first column with a role. */
	public Optional<SheetColumn> first(ColumnRole role) {
		return columns.stream().filter(c -> c.role() == role).findFirst();
	}

	/**
	 * A planner's overrides read: by column index, the column as the planner says it is
	 * (its header left empty: the reader fills it in), and the overrides that cannot be
	 * read, by the column letters as given.
	 */
	public record Overrides(SortedMap<Integer, SheetColumn> columns, Map<String, Problem> problems) {

		public Overrides {
			columns = Collections.unmodifiableSortedMap(new TreeMap<>(columns));
			problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
		}

	}

	/**
	 * Reads a planner's overrides, by column letter: {@code level:N}, {@code kpi},
	 * {@code unit}, {@code direction}, {@code aggregation}, {@code baseline},
	 * {@code baseline-year}, {@code target}, {@code target-year},
	 * {@code year:<a fiscal year>}, {@code definition}, {@code department},
	 * {@code ignore}. For example {@code {"A":"level:1","F":"year:2020","G":"ignore"}}.
	 */
	public static Overrides parseOverrides(Map<String, String> overrides) {
		SortedMap<Integer, SheetColumn> columns = new TreeMap<>();
		Map<String, Problem> problems = new LinkedHashMap<>();
		if (overrides == null) {
			return new Overrides(columns, problems);
		}
		for (Map.Entry<String, String> entry : new TreeMap<>(overrides).entrySet()) {
			String letter = entry.getKey() == null ? ""
					: Normalizer.normalize(entry.getKey(), Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
			int index = columnIndex(letter);
			if (index < 0) {
				problems.put(String.valueOf(entry.getKey()),
						Problem.of("planimport.sheet.override.column", String.valueOf(entry.getKey())));
				continue;
			}
			String spec = entry.getValue() == null ? ""
					: Normalizer.normalize(entry.getValue(), Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
			SheetColumn column = column(index, letter, spec);
			if (column == null) {
				problems.put(letter, Problem.of("planimport.sheet.override.role", letter, entry.getValue()));
			}
			else if (columns.containsKey(index)) {
				problems.put(letter, Problem.of("planimport.sheet.override.twice", letter));
			}
			else {
				columns.put(index, column);
			}
		}
		return new Overrides(columns, problems);
	}

	private static SheetColumn column(int index, String letter, String spec) {
		int colon = spec.indexOf(':');
		String word = colon < 0 ? spec : spec.substring(0, colon).strip();
		String argument = colon < 0 ? null : spec.substring(colon + 1).strip();
		if (word.equals("level")) {
			if (argument == null || !argument.matches("[1-9]")) {
				return null;
			}
			return new SheetColumn(index, letter, "", ColumnRole.LEVEL, Integer.parseInt(argument), null, true);
		}
		if (word.equals("year")) {
			Optional<FiscalYear> year = FiscalYear.parse(argument);
			return year.map(y -> new SheetColumn(index, letter, "", ColumnRole.YEAR_VALUE, 0, y, true)).orElse(null);
		}
		if (argument != null) {
			return null;
		}
		ColumnRole role = switch (word) {
			case "kpi" -> ColumnRole.KPI;
			case "unit" -> ColumnRole.UNIT;
			case "direction" -> ColumnRole.DIRECTION;
			case "aggregation" -> ColumnRole.AGGREGATION;
			case "baseline" -> ColumnRole.BASELINE;
			case "baseline-year" -> ColumnRole.BASELINE_YEAR;
			case "target" -> ColumnRole.TARGET;
			case "target-year" -> ColumnRole.TARGET_YEAR;
			case "definition" -> ColumnRole.DEFINITION;
			case "department" -> ColumnRole.DEPARTMENT;
			case "ignore" -> ColumnRole.IGNORED;
			default -> null;
		};
		return role == null ? null : new SheetColumn(index, letter, "", role, 0, null, true);
	}

	/** A column's index from its letters ({@code A} → 0, {@code AA} → 26), or -1. */
	public static int columnIndex(String letters) {
		if (letters == null || !letters.matches("[A-Z]{1,3}")) {
			return -1;
		}
		int index = 0;
		for (char c : letters.toCharArray()) {
			index = index * 26 + (c - 'A' + 1);
		}
		return index - 1;
	}

}
