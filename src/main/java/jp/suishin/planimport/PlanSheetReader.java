package jp.suishin.planimport;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.suishin.exchange.CellRange;
import jp.suishin.exchange.Grid;
import jp.suishin.exchange.GridCell;
import jp.suishin.exchange.Workbook;
import jp.suishin.kpi.Direction;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.ParsedValue;
import jp.suishin.notation.Unit;
import jp.suishin.notation.ValueNotation;
import jp.suishin.planimport.HeaderVocabulary.Header;
import jp.suishin.planimport.HeaderVocabulary.Kind;
import jp.suishin.refusal.Problem;

/**
 * Reads the KPI table of the sheet a city keeps into a {@link PlanSheet}: which sheet and
 * rows hold it, what each column is (from its header in the usual variants, or as the
 * planner says), the tree's nodes and the KPI rows with their values as written. Whether
 * those values are valid is not decided here: the dry run checks them with the rules
 * every channel uses.
 */
public final class PlanSheetReader {

	/** How far down a sheet its header is looked for. */
	private static final int HEADER_SEARCH_ROWS = 60;

	private static final Set<ColumnRole> SINGLE = EnumSet.of(ColumnRole.KPI, ColumnRole.UNIT, ColumnRole.DIRECTION,
			ColumnRole.AGGREGATION, ColumnRole.BASELINE, ColumnRole.BASELINE_YEAR, ColumnRole.TARGET,
			ColumnRole.TARGET_YEAR, ColumnRole.DEFINITION, ColumnRole.DEPARTMENT);

	private static final Pattern RELISTED_AT_END = Pattern.compile("[\\s\\u3000]*[（(【［\\[]\\s*再掲\\s*[）)】］\\]]\\s*$");

	private static final Pattern RELISTED_AT_START = Pattern.compile("^\\s*[（(【［\\[]\\s*再掲\\s*[）)】］\\]][\\s\\u3000]*");

	private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("^(.*?)[\\s\\u3000]*[（(]([^（）()]+)[）)]\\s*$");

	private static final Pattern FOOTNOTE = Pattern.compile("^(※|\\*|\\(注|注\\d*[):.、\\s]|注$|出典|資料[:：]|備考[:：]|参考[:：])");

	private static final Pattern LINE_BREAKS = Pattern.compile("[ \\t\\u3000]*\\R[\\s\\u3000]*");

	private static final Pattern AMOUNT_START = Pattern.compile("^(約|延べ|累計)?[▲△\\-−+]?[\\d,.・]*\\d");

	private static final Map<String, String> DIRECTIONS = directions();

	private PlanSheetReader() {
	}

	/**
	 * @param workbook the file's sheets as read
	 * @param overrides the planner's column assignments by column letter
	 * ({@link ColumnMapping#parseOverrides}); they always win over what the header says
	 */
	public static PlanSheet read(Workbook workbook, Map<String, String> overrides) {
		ColumnMapping.Overrides assigned = ColumnMapping.parseOverrides(overrides);
		List<Grid> sheets = workbook.sheets();
		Located best = null;
		for (int i = 0; i < sheets.size(); i++) {
			Located located = locate(sheets.get(i), i);
			if (located != null && (best == null || located.betterThan(best))) {
				best = located;
			}
		}
		if (best == null && !sheets.isEmpty()
				&& assigned.columns().values().stream().anyMatch(c -> c.role() == ColumnRole.KPI)) {
			best = firstRowWithData(sheets);
		}
		if (best == null) {
			String name = sheets.isEmpty() ? "" : sheets.get(0).name();
			Problem problem = sheets.isEmpty() ? Problem.of("planimport.sheet.noSheet")
					: Problem.of("planimport.sheet.noHeader");
			List<SheetIssue> problems = new ArrayList<>();
			problems.add(new SheetIssue(name, 0, null, null, problem));
			overrideProblems(name, assigned, overrides, problems);
			return new PlanSheet(name, null, List.of(), new ColumnMapping(List.of()), List.of(), List.of(), List.of(),
					problems, List.of());
		}
		List<SheetIssue> warnings = new ArrayList<>();
		for (int i = 0; i < sheets.size(); i++) {
			if (i != best.sheet() && looksLikeData(sheets.get(i))) {
				warnings.add(new SheetIssue(sheets.get(i).name(), 0, null, null,
						Problem.of("planimport.sheet.extraSheet", sheets.get(i).name())));
			}
		}
		return new Reading(best.grid(), best.row(), assigned, overrides, warnings).read();
	}

	/** Where a sheet's header seems to be, and how sure that is. */
	private record Located(Grid grid, int sheet, int row, int words, boolean kpi) {

		boolean betterThan(Located other) {
			if (kpi != other.kpi) {
				return kpi;
			}
			return words > other.words;
		}

	}

	/** The row of a sheet most like a KPI table's header, or {@code null}. */
	private static Located locate(Grid grid, int sheet) {
		int width = width(grid);
		Located best = null;
		for (int r = 0; r < Math.min(grid.rowCount(), HEADER_SEARCH_ROWS); r++) {
			Set<Object> words = new HashSet<>();
			int years = 0;
			boolean kpi = false;
			for (int c = 0; c < width; c++) {
				Header header = HeaderVocabulary.read(grid.shown(r, c).text());
				if (header.word()) {
					words.add(header.kind() == Kind.ROLE ? header.role() : header.kind());
					kpi |= header.role() == ColumnRole.KPI;
				}
				else if (header.kind() == Kind.YEAR) {
					years++;
				}
			}
			int score = words.size() + (years > 0 ? 1 : 0);
			if ((kpi || score >= 3)
					&& (best == null || (kpi && !best.kpi()) || (kpi == best.kpi() && score > best.words()))) {
				best = new Located(grid, sheet, r, score, kpi);
			}
		}
		return best;
	}

	/**
	 * Without a header it knows, the planner's assignments apply to the first row with
	 * data.
	 */
	private static Located firstRowWithData(List<Grid> sheets) {
		for (int i = 0; i < sheets.size(); i++) {
			Grid grid = sheets.get(i);
			for (int r = 0; r < grid.rowCount(); r++) {
				int cells = 0;
				for (int c = 0; c < grid.rows().get(r).size(); c++) {
					cells += grid.cell(r, c).isBlank() ? 0 : 1;
				}
				if (cells >= 2) {
					return new Located(grid, i, r, 0, false);
				}
			}
		}
		return null;
	}

	private static boolean looksLikeData(Grid grid) {
		int rows = 0;
		for (int r = 0; r < grid.rowCount() && rows < 2; r++) {
			int cells = 0;
			for (GridCell cell : grid.rows().get(r)) {
				cells += cell.isBlank() ? 0 : 1;
			}
			rows += cells >= 2 ? 1 : 0;
		}
		return rows >= 2;
	}

	private static int width(Grid grid) {
		int width = 0;
		for (List<GridCell> row : grid.rows()) {
			width = Math.max(width, row.size());
		}
		for (CellRange merge : grid.merges()) {
			width = Math.max(width, merge.lastColumn() + 1);
		}
		return width;
	}

	private static void overrideProblems(String sheet, ColumnMapping.Overrides assigned, Map<String, String> overrides,
			List<SheetIssue> problems) {
		assigned.problems()
			.forEach((letter, problem) -> problems
				.add(new SheetIssue(sheet, 0, letter, overrides == null ? null : written(overrides, letter), problem)));
	}

	private static String written(Map<String, String> overrides, String letter) {
		for (Map.Entry<String, String> entry : overrides.entrySet()) {
			if (entry.getKey() != null && HeaderVocabulary.normalise(entry.getKey()).equalsIgnoreCase(letter)) {
				return entry.getValue();
			}
		}
		return null;
	}

	/** A cell's text as one line: line breaks inside a cell are only wrapping. */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		String stripped = text.strip();
		if (stripped.indexOf('\n') < 0 && stripped.indexOf('\r') < 0 && stripped.indexOf('\u2028') < 0
				&& stripped.indexOf('\u2029') < 0 && stripped.indexOf('\u0085') < 0) {
			return stripped;
		}
		Matcher breaks = LINE_BREAKS.matcher(stripped);
		StringBuilder joined = new StringBuilder();
		while (breaks.find()) {
			boolean ascii = breaks.start() > 0 && stripped.charAt(breaks.start() - 1) < 0x80
					&& breaks.end() < stripped.length() && stripped.charAt(breaks.end()) < 0x80;
			breaks.appendReplacement(joined, ascii ? " " : "");
		}
		breaks.appendTail(joined);
		return joined.toString();
	}

	private static Map<String, String> directions() {
		Map<String, String> words = new HashMap<>();
		for (String w : List.of("増加", "増やす", "増", "↑", "⇧", "↗", "上昇", "向上", "拡大", "増加させる", "上げる", "高める", "増大")) {
			words.put(w, Direction.INCREASE.word());
		}
		for (String w : List.of("減少", "減らす", "減", "↓", "⇩", "↘", "低減", "減少させる", "下げる", "抑制", "削減", "低下")) {
			words.put(w, Direction.DECREASE.word());
		}
		for (String w : List.of("維持", "現状維持", "→", "⇒", "➡", "横ばい", "維持する", "保つ", "現状維持・向上")) {
			words.put(w, Direction.MAINTAIN.word());
		}
		return Map.copyOf(words);
	}

	/** 増加 / 減少 / 維持 for the usual ways of writing them; anything else as written. */
	static String direction(String written) {
		String s = HeaderVocabulary.normalise(written);
		String word = DIRECTIONS.get(s);
		if (word != null) {
			return word;
		}
		Optional<Direction> parsed = Direction.parse(s.toUpperCase(java.util.Locale.ROOT));
		return parsed.map(Direction::word).orElse(written.strip());
	}

	/** Whether a number format shows its number as a percentage ({@code 0.0%}). */
	static boolean percentFormat(String format) {
		if (format == null) {
			return false;
		}
		String plain = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "");
		return plain.indexOf('%') >= 0;
	}

	/** One read of the located sheet. */
	private static final class Reading {

		private final Grid grid;

		private final String sheet;

		private final int headerRow;

		private final ColumnMapping.Overrides assigned;

		private final Map<String, String> overrides;

		private final List<SheetIssue> warnings;

		private final List<SheetIssue> problems = new ArrayList<>();

		private final List<String> ignored = new ArrayList<>();

		private int top;

		private int bottom;

		/** The headers' units, by column. */
		private final Map<Integer, String> headerUnits = new HashMap<>();

		/** The headers' years as written, by column. */
		private final Map<Integer, String> headerYears = new HashMap<>();

		private List<SheetColumn> columns;

		Reading(Grid grid, int headerRow, ColumnMapping.Overrides assigned, Map<String, String> overrides,
				List<SheetIssue> warnings) {
			this.grid = grid;
			this.sheet = grid.name();
			this.headerRow = headerRow;
			this.assigned = assigned;
			this.overrides = overrides;
			this.warnings = warnings;
		}

		PlanSheet read() {
			overrideProblems(sheet, assigned, overrides, problems);
			headerRows();
			columns = columns();
			ColumnMapping mapping = new ColumnMapping(columns);
			List<SheetColumn> levels = mapping.withRole(ColumnRole.LEVEL)
				.stream()
				.sorted(Comparator.comparingInt(SheetColumn::level))
				.toList();
			List<String> levelNames = levels.stream().map(c -> c.header().isEmpty() ? c.letter() : c.header()).toList();
			String title = title();
			Optional<SheetColumn> kpi = mapping.first(ColumnRole.KPI);
			if (kpi.isEmpty()) {
				problems.add(issue(headerRow, null, null, Problem.of("planimport.sheet.noKpiColumn")));
			}
			if (levels.isEmpty()) {
				problems.add(issue(headerRow, null, null, Problem.of("planimport.sheet.noLevelColumn")));
			}
			if (kpi.isEmpty() || levels.isEmpty() || !problems.isEmpty()) {
				unknownColumns(grid.rowCount());
				return new PlanSheet(sheet, title, levelNames, mapping, List.of(), ignored, warnings, problems,
						List.of());
			}
			Rows rows = new Rows(mapping, levels, kpi.get());
			rows.read();
			unknownColumns(rows.end);
			if (rows.kpis.isEmpty() && rows.nodes.isEmpty() && problems.isEmpty()) {
				problems.add(issue(bottom + 1, null, null, Problem.of("planimport.sheet.empty")));
			}
			return new PlanSheet(sheet, title, levelNames, mapping, rows.kpis, ignored, warnings, problems, rows.nodes);
		}

		private SheetIssue issue(int row, Integer column, String cell, Problem problem) {
			return new SheetIssue(sheet, row + 1, column == null ? null : Grid.columnName(column), cell, problem);
		}

		/**
		 * The header's rows: the located one, with a label row above it over year columns
		 * (実績値 over R2年度…), or a second row beneath it under merged or label cells.
		 */
		private void headerRows() {
			top = headerRow;
			bottom = headerRow;
			int width = width(grid);
			if (headerRow > 0) {
				for (int c = 0; c < width; c++) {
					if (sameRegion(headerRow - 1, headerRow, c)) {
						continue;
					}
					Header above = HeaderVocabulary.read(grid.shown(headerRow - 1, c).text());
					Header below = HeaderVocabulary.read(grid.shown(headerRow, c).text());
					boolean label = above.kind() == Kind.GROUP || (above.kind() == Kind.ROLE && above.year() == null
							&& (above.role() == ColumnRole.TARGET || above.role() == ColumnRole.BASELINE));
					if (label && below.kind() == Kind.YEAR) {
						top = headerRow - 1;
						return;
					}
				}
			}
			int next = headerRow + 1;
			if (next >= grid.rowCount()) {
				return;
			}
			for (CellRange merge : grid.merges()) {
				if (merge.firstRow() == headerRow && merge.lastRow() >= next) {
					bottom = next;
					return;
				}
			}
			for (int c = 0; c < width; c++) {
				// A row with a KPI's name under the KPI header is the first row of data.
				if (HeaderVocabulary.read(grid.shown(headerRow, c).text()).role() == ColumnRole.KPI
						&& !grid.cell(next, c).isBlank()) {
					return;
				}
			}
			for (CellRange merge : grid.merges()) {
				if (merge.firstRow() == headerRow && merge.lastRow() == headerRow
						&& merge.lastColumn() > merge.firstColumn()) {
					for (int c = merge.firstColumn(); c <= merge.lastColumn(); c++) {
						Header below = HeaderVocabulary.read(grid.cell(next, c).text());
						if (below.word() || below.kind() == Kind.YEAR) {
							bottom = next;
							return;
						}
					}
				}
			}
			int cells = 0;
			int years = 0;
			for (int c = 0; c < width; c++) {
				GridCell cell = grid.cell(next, c);
				if (cell.isBlank()) {
					continue;
				}
				Header below = HeaderVocabulary.read(cell.text());
				if (!below.word() && below.kind() != Kind.YEAR) {
					return;
				}
				cells++;
				years += below.kind() == Kind.YEAR ? 1 : 0;
			}
			if (cells > 0 && years > 0) {
				bottom = next;
			}
		}

		private boolean sameRegion(int row, int other, int column) {
			CellRange merge = grid.mergeAt(row, column);
			return merge != null && merge.contains(other, column);
		}

		/**
		 * Every column up to the header's last, as the header says or the planner
		 * assigned.
		 */
		private List<SheetColumn> columns() {
			int width = 0;
			int gridWidth = width(grid);
			for (int c = 0; c < gridWidth; c++) {
				for (int r = top; r <= bottom; r++) {
					if (!grid.shown(r, c).text().isBlank()) {
						width = c + 1;
					}
				}
			}
			if (!assigned.columns().isEmpty()) {
				width = Math.max(width, assigned.columns().lastKey() + 1);
			}
			List<SheetColumn> read = new ArrayList<>();
			Set<Integer> assignedLevels = new HashSet<>();
			assigned.columns()
				.values()
				.stream()
				.filter(c -> c.role() == ColumnRole.LEVEL)
				.forEach(c -> assignedLevels.add(c.level()));
			for (int c = 0; c < width; c++) {
				String written = headerText(c);
				Header header = header(c);
				SheetColumn planner = assigned.columns().get(c);
				if (header.unit() != null) {
					headerUnits.put(c, header.unit());
				}
				if (header.yearText() != null) {
					headerYears.put(c, header.yearText());
				}
				String letter = Grid.columnName(c);
				if (planner != null) {
					FiscalYear year = planner.year();
					if (year == null
							&& (planner.role() == ColumnRole.BASELINE || planner.role() == ColumnRole.TARGET)) {
						year = header.year();
					}
					if (planner.role() == ColumnRole.IGNORED && !written.isEmpty()) {
						ignored.add(written);
					}
					read.add(new SheetColumn(c, letter, written, planner.role(), planner.level(), year, true));
					continue;
				}
				switch (header.kind()) {
					case GOAL, MEASURE ->
						read.add(new SheetColumn(c, letter, written, ColumnRole.LEVEL, 0, null, true));
					case ROLE, YEAR ->
						read.add(new SheetColumn(c, letter, written, header.role(), 0, header.year(), true));
					case UNNEEDED -> {
						ignored.add(written);
						read.add(new SheetColumn(c, letter, written, ColumnRole.IGNORED, 0, null, true));
					}
					default -> read.add(new SheetColumn(c, letter, written, ColumnRole.IGNORED, 0, null, false));
				}
			}
			guessLevels(read);
			numberLevels(read, assignedLevels);
			return conflicts(read);
		}

		/**
		 * Headers not recognised left of the KPI column, next to the level columns or the
		 * KPI column, are the plan's own level names (分野, 政策): read as levels, with a
		 * warning.
		 */
		private void guessLevels(List<SheetColumn> read) {
			int kpi = -1;
			for (SheetColumn column : read) {
				if (column.role() == ColumnRole.KPI) {
					kpi = column.index();
					break;
				}
			}
			for (int i = kpi - 1; i >= 0; i--) {
				SheetColumn column = read.get(i);
				if (column.role() == ColumnRole.LEVEL) {
					continue;
				}
				if (column.detected() || column.header().isEmpty()) {
					break;
				}
				read.set(i, new SheetColumn(column.index(), column.letter(), column.header(), ColumnRole.LEVEL, 0, null,
						true));
				warnings.add(issue(headerRow, column.index(), column.header(),
						Problem.of("planimport.sheet.column.levelGuessed", column.letter(), column.header())));
			}
		}

		/** Level columns left to right, around the levels the planner gave. */
		private void numberLevels(List<SheetColumn> read, Set<Integer> taken) {
			int next = 1;
			for (int i = 0; i < read.size(); i++) {
				SheetColumn column = read.get(i);
				if (column.role() == ColumnRole.LEVEL && column.level() == 0) {
					while (taken.contains(next)) {
						next++;
					}
					read.set(i, new SheetColumn(column.index(), column.letter(), column.header(), ColumnRole.LEVEL,
							next, null, column.detected()));
					next++;
				}
			}
			Map<Integer, SheetColumn> byLevel = new TreeMap<>();
			for (SheetColumn column : read) {
				if (column.role() == ColumnRole.LEVEL) {
					SheetColumn before = byLevel.put(column.level(), column);
					if (before != null) {
						problems.add(issue(headerRow, column.index(), column.header(), Problem
							.of("planimport.sheet.level.twice", before.letter(), column.letter(), column.level())));
					}
				}
			}
			int expected = 1;
			for (int level : byLevel.keySet()) {
				if (level != expected) {
					problems.add(issue(headerRow, byLevel.get(level).index(), byLevel.get(level).header(),
							Problem.of("planimport.sheet.level.gap", byLevel.get(level).letter(), level, expected)));
					break;
				}
				expected++;
			}
		}

		/**
		 * Two columns read as the same thing: a problem, except several targets by year
		 * (中間目標 and 最終目標), where the latest is the target.
		 */
		private List<SheetColumn> conflicts(List<SheetColumn> read) {
			List<SheetColumn> targets = read.stream().filter(c -> c.role() == ColumnRole.TARGET).toList();
			if (targets.size() > 1 && targets.stream().allMatch(c -> c.year() != null)
					&& targets.stream().map(SheetColumn::year).distinct().count() == targets.size()
					&& targets.stream().noneMatch(c -> assigned.columns().containsKey(c.index()))) {
				SheetColumn latest = targets.stream().max(Comparator.comparing(SheetColumn::year)).orElseThrow();
				for (int i = 0; i < read.size(); i++) {
					SheetColumn column = read.get(i);
					if (column.role() == ColumnRole.TARGET && column != latest) {
						read.set(i, new SheetColumn(column.index(), column.letter(), column.header(),
								ColumnRole.IGNORED, 0, null, true));
						ignored.add(column.header());
						warnings.add(issue(headerRow, column.index(), column.header(),
								Problem.of("planimport.sheet.column.earlierTarget", column.letter(), latest.letter())));
					}
				}
			}
			Map<ColumnRole, SheetColumn> single = new HashMap<>();
			Map<FiscalYear, SheetColumn> years = new HashMap<>();
			for (SheetColumn column : read) {
				SheetColumn before = null;
				if (SINGLE.contains(column.role())) {
					before = single.putIfAbsent(column.role(), column);
				}
				else if (column.role() == ColumnRole.YEAR_VALUE) {
					before = years.putIfAbsent(column.year(), column);
				}
				if (before != null) {
					problems.add(issue(headerRow, column.index(), column.header(),
							Problem.of("planimport.sheet.column.conflict", before.letter(), column.letter(),
									before.header(), column.header())));
				}
			}
			return read;
		}

		/** What a column's header cells say, as written: two rows joined with a space. */
		private String headerText(int c) {
			String upper = clean(grid.shown(top, c).text());
			if (top == bottom && continuation(c)) {
				return yearsUnderMergedLabel(c) == null ? "" : upper;
			}
			if (top == bottom || sameRegion(top, bottom, c)) {
				return upper;
			}
			String lower = clean(grid.shown(bottom, c).text());
			if (upper.isEmpty() || upper.equals(lower)) {
				return lower;
			}
			return lower.isEmpty() ? upper : upper + " " + lower;
		}

		private Header header(int c) {
			if (top == bottom && continuation(c)) {
				ColumnRole role = yearsUnderMergedLabel(c);
				return role == null ? Header.UNKNOWN : new Header(Kind.ROLE, role, null, null, null);
			}
			if (top == bottom || sameRegion(top, bottom, c)) {
				return HeaderVocabulary.read(grid.shown(top, c).text());
			}
			return HeaderVocabulary.read(grid.shown(top, c).text(), grid.shown(bottom, c).text());
		}

		/** A column under a one-row header label merged from a column to its left. */
		private boolean continuation(int c) {
			CellRange merge = grid.mergeAt(top, c);
			return merge != null && merge.firstColumn() < c;
		}

		/**
		 * 基準値 or 目標値 merged over a figure's column and the next, which holds years
		 * ({@code H30}, {@code （R6）}): that column's role as the label's year; else
		 * {@code null}.
		 */
		private ColumnRole yearsUnderMergedLabel(int c) {
			Header label = HeaderVocabulary.read(grid.shown(top, c).text());
			if (label.role() != ColumnRole.BASELINE && label.role() != ColumnRole.TARGET) {
				return null;
			}
			int years = 0;
			for (int r = bottom + 1; r < Math.min(grid.rowCount(), bottom + 21); r++) {
				String text = HeaderVocabulary.normalise(grid.cell(r, c).text()).replaceAll("^\\((.*)\\)$", "$1");
				if (text.isEmpty()) {
					continue;
				}
				if (FiscalYear.parse(text).isEmpty()) {
					return null;
				}
				years++;
			}
			if (years == 0) {
				return null;
			}
			return label.role() == ColumnRole.BASELINE ? ColumnRole.BASELINE_YEAR : ColumnRole.TARGET_YEAR;
		}

		/** The first text above the header: the plan's name as the sheet gives it. */
		private String title() {
			for (int r = 0; r < top; r++) {
				List<GridCell> cells = grid.rows().get(r);
				for (int c = 0; c < cells.size(); c++) {
					String text = clean(grid.cell(r, c).text());
					if (!text.isEmpty()) {
						return text;
					}
				}
			}
			return null;
		}

		/** Columns the header does not say anything known about, which hold something. */
		private void unknownColumns(int end) {
			for (SheetColumn column : columns) {
				if (column.detected() || column.role() != ColumnRole.IGNORED) {
					continue;
				}
				if (!column.header().isEmpty()) {
					warnings.add(issue(headerRow, column.index(), column.header(),
							Problem.of("planimport.sheet.column.unknown", column.letter(), column.header())));
					continue;
				}
				for (int r = bottom + 1; r < end; r++) {
					if (!grid.cell(r, column.index()).isBlank()) {
						warnings.add(issue(headerRow, column.index(), "",
								Problem.of("planimport.sheet.column.noHeader", column.letter())));
						break;
					}
				}
			}
		}

		/** The table's rows beneath the header, down to its end. */
		private final class Rows {

			private final ColumnMapping mapping;

			private final List<SheetColumn> levels;

			private final SheetColumn kpi;

			private final int width;

			final List<SheetKpiRow> kpis = new ArrayList<>();

			final List<SheetNode> nodes = new ArrayList<>();

			private final Set<List<String>> seenNodes = new HashSet<>();

			private final Map<String, Integer> seenKpis = new LinkedHashMap<>();

			int end;

			private final Map<ColumnRole, Optional<SheetColumn>> firsts = new EnumMap<>(ColumnRole.class);

			private final List<SheetColumn> yearColumns;

			Rows(ColumnMapping mapping, List<SheetColumn> levels, SheetColumn kpi) {
				this.mapping = mapping;
				this.yearColumns = mapping.withRole(ColumnRole.YEAR_VALUE);
				this.levels = levels;
				this.kpi = kpi;
				this.width = columns.size();
			}

			private Optional<SheetColumn> first(ColumnRole role) {
				return firsts.computeIfAbsent(role, mapping::first);
			}

			void read() {
				String[] previous = new String[levels.size()];
				java.util.Arrays.fill(previous, "");
				boolean started = false;
				end = grid.rowCount();
				for (int r = bottom + 1; r < grid.rowCount(); r++) {
					if (blank(r)) {
						if (started && !insideMergeFromAbove(r)) {
							end = r;
							break;
						}
						continue;
					}
					if (footnote(r)) {
						end = r;
						break;
					}
					if (repeatedHeader(r)) {
						continue;
					}
					started = true;
					row(r, previous);
				}
				for (int r = end + 1; r < grid.rowCount(); r++) {
					if (!blank(r) && !footnote(r) && !grid.cell(r, kpi.index()).isBlank() && hasValues(r)) {
						warnings.add(issue(r, kpi.index(), clean(grid.cell(r, kpi.index()).text()),
								Problem.of("planimport.sheet.row.afterTable", end + 1)));
						break;
					}
				}
			}

			/**
			 * Nothing in the columns the import reads (a row numbered in a 番号 column and
			 * otherwise empty is blank too).
			 */
			private boolean blank(int r) {
				for (SheetColumn column : columns) {
					if (column.role() != ColumnRole.IGNORED && present(r, column.index())) {
						return false;
					}
				}
				return true;
			}

			/**
			 * Whether a cell holds something in this row: its own value, or a merged
			 * region beginning in this row (a goal's title merged across the table).
			 */
			private boolean present(int r, int c) {
				if (!grid.cell(r, c).isBlank()) {
					return true;
				}
				CellRange merge = grid.mergeAt(r, c);
				return merge != null && merge.firstRow() == r && !grid.shown(r, c).isBlank();
			}

			/** The header repeated inside the table (as printed on every page). */
			private boolean repeatedHeader(int r) {
				return sameAsHeader(r, kpi.index()) && sameAsHeader(r, levels.get(0).index());
			}

			private boolean sameAsHeader(int r, int c) {
				String cell = grid.cell(r, c).text();
				return !cell.isBlank() && HeaderVocabulary.normalise(cell)
					.equals(HeaderVocabulary.normalise(grid.shown(top, c).text()));
			}

			private boolean insideMergeFromAbove(int r) {
				for (SheetColumn level : levels) {
					CellRange merge = grid.mergeAt(r, level.index());
					if (merge != null && merge.firstRow() < r) {
						return true;
					}
				}
				return false;
			}

			private boolean hasValues(int r) {
				for (SheetColumn column : columns) {
					if ((column.role() == ColumnRole.YEAR_VALUE || column.role() == ColumnRole.BASELINE
							|| column.role() == ColumnRole.TARGET) && !grid.cell(r, column.index()).isBlank()) {
						return true;
					}
				}
				return false;
			}

			/**
			 * A note beneath the table: ※…, 注…, 出典…, or a long sentence alone in the
			 * first column.
			 */
			private boolean footnote(int r) {
				int first = -1;
				int cells = 0;
				for (int c = 0; c < width; c++) {
					if (!grid.cell(r, c).isBlank()) {
						first = first < 0 ? c : first;
						cells++;
					}
				}
				if (first < 0) {
					return false;
				}
				String text = Normalizer.normalize(grid.cell(r, first).text().strip(), Normalizer.Form.NFKC);
				if (FOOTNOTE.matcher(text).find()) {
					return true;
				}
				return cells == 1 && first == firstColumn() && first != kpi.index()
						&& (text.contains("。") || text.length() > 60);
			}

			private int firstColumn() {
				for (SheetColumn column : columns) {
					if (!column.header().isEmpty()) {
						return column.index();
					}
				}
				return 0;
			}

			private void row(int r, String[] previous) {
				String[] current = new String[levels.size()];
				boolean own = false;
				boolean changedAbove = false;
				CellRange left = null;
				for (int i = 0; i < levels.size(); i++) {
					int c = levels.get(i).index();
					CellRange merge = grid.mergeAt(r, c);
					// A title merged across several level columns belongs to the first.
					String written = merge != null && merge.equals(left) ? "" : clean(grid.shown(r, c).text());
					left = merge;
					if (!written.isEmpty()) {
						current[i] = written;
						// Written in this row (not a merged region's continuation): a
						// level
						// left blank beneath it is none, as when goals are repeated on
						// each
						// row.
						if (present(r, c)) {
							own = true;
							changedAbove = true;
						}
						if (!written.equals(previous[i])) {
							changedAbove = true;
						}
					}
					else {
						current[i] = changedAbove ? "" : previous[i];
					}
				}
				String written = clean(grid.cell(r, kpi.index()).text());
				if (written.isEmpty() && !own) {
					warnings.add(issue(r, kpi.index(), "", Problem.of("planimport.sheet.row.noKpi")));
					return;
				}
				int depth = 0;
				for (int i = 0; i < current.length; i++) {
					if (!current[i].isEmpty()) {
						depth = i + 1;
					}
				}
				for (int i = 0; i < depth; i++) {
					if (current[i].isEmpty()) {
						problems.add(issue(r, levels.get(i).index(), "",
								Problem.of("planimport.sheet.level.missing", levels.get(i).header())));
						return;
					}
				}
				if (depth == 0) {
					problems.add(issue(r, levels.get(0).index(), "",
							Problem.of("planimport.sheet.level.missing", levels.get(0).header())));
					return;
				}
				System.arraycopy(current, 0, previous, 0, current.length);
				List<String> path = List.of(current).subList(0, depth);
				for (int k = 1; k <= depth; k++) {
					List<String> prefix = List.copyOf(path.subList(0, k));
					if (seenNodes.add(prefix)) {
						nodes.add(new SheetNode(prefix, r + 1));
					}
				}
				if (!written.isEmpty()) {
					kpi(r, List.copyOf(path), written);
				}
			}

			private void kpi(int r, List<String> path, String written) {
				boolean relisted = false;
				String name = written;
				Matcher end = RELISTED_AT_END.matcher(name);
				if (end.find()) {
					name = name.substring(0, end.start()).strip();
					relisted = true;
				}
				Matcher start = RELISTED_AT_START.matcher(name);
				if (start.find()) {
					name = name.substring(start.end()).strip();
					relisted = true;
				}
				String key = String.join("\u0000", path) + "\u0001" + name;
				Integer first = seenKpis.putIfAbsent(key, r + 1);
				if (first != null) {
					problems
						.add(issue(r, kpi.index(), written, Problem.of("planimport.sheet.kpi.duplicate", name, first)));
					return;
				}
				Optional<SheetColumn> baselineColumn = first(ColumnRole.BASELINE);
				Optional<SheetColumn> targetColumn = first(ColumnRole.TARGET);
				Split baseline = split(r, baselineColumn);
				Split target = split(r, targetColumn);
				String unit = unit(r, baseline, target);
				boolean percent = unit == null || Unit.of(unit).isPercentage();
				if (unit == null && anyPercent(r)) {
					unit = "%";
				}
				WrittenValue baselineValue = baseline == null ? null : baseline.value(percent);
				WrittenValue targetValue = target == null ? null : target.value(percent);
				String baselineYear = year(r, ColumnRole.BASELINE_YEAR, baseline, baselineColumn);
				String targetYear = year(r, ColumnRole.TARGET_YEAR, target, targetColumn);
				TreeMap<FiscalYear, WrittenValue> values = new TreeMap<>();
				for (SheetColumn column : yearColumns) {
					WrittenValue value = value(r, column.index(), grid.shown(r, column.index()).text().strip(),
							percent);
					if (value != null) {
						values.put(column.year(), value);
					}
				}
				String directionText = text(r, ColumnRole.DIRECTION);
				String direction;
				boolean inferred = directionText == null;
				if (inferred) {
					direction = inferred(r, name, relisted, unit, baselineValue, targetValue);
				}
				else {
					direction = direction(directionText);
				}
				kpis.add(new SheetKpiRow(sheet, r + 1, path, name, relisted, unit, direction, inferred,
						text(r, ColumnRole.AGGREGATION), baselineValue, baselineYear, targetValue, targetYear,
						text(r, ColumnRole.DEFINITION), text(r, ColumnRole.DEPARTMENT), values));
			}

			/**
			 * A baseline or target cell, with a year written in brackets after it split
			 * off.
			 */
			private record Split(GridCell cell, String text, String year, int row, int column) {

				WrittenValue value(boolean percent) {
					return PlanSheetReader.value(cell, text, row, column, percent);
				}

			}

			private Split split(int r, Optional<SheetColumn> column) {
				if (column.isEmpty()) {
					return null;
				}
				int c = column.get().index();
				GridCell cell = grid.shown(r, c);
				if (cell.isBlank()) {
					return null;
				}
				String text = cell.text().strip();
				if (cell.number() == null) {
					Matcher bracket = YEAR_IN_BRACKETS.matcher(text);
					if (bracket.matches() && FiscalYear.parse(bracket.group(2)).isPresent()) {
						return new Split(cell, bracket.group(1).strip(), bracket.group(2).strip(), r, c);
					}
				}
				return new Split(cell, text, null, r, c);
			}

			private WrittenValue value(int r, int c, String text, boolean percent) {
				GridCell cell = grid.shown(r, c);
				return cell.isBlank() ? null : PlanSheetReader.value(cell, text, r, c, percent);
			}

			private String year(int r, ColumnRole yearRole, Split value, Optional<SheetColumn> valueColumn) {
				String fromColumn = text(r, yearRole);
				if (fromColumn != null) {
					return fromColumn.replaceAll("^[（(](.*)[）)]$", "$1").strip();
				}
				if (value != null && value.year() != null) {
					return value.year();
				}
				return valueColumn.map(c -> headerYears.get(c.index())).orElse(null);
			}

			/**
			 * A text column's cell (merged down: the region's), or {@code null} when
			 * blank.
			 */
			private String text(int r, ColumnRole role) {
				Optional<SheetColumn> column = first(role);
				if (column.isEmpty()) {
					return null;
				}
				String text = clean(grid.shown(r, column.get().index()).text());
				return text.isEmpty() ? null : text;
			}

			/** From the 単位 column, else a header's brackets, else the figures' suffix. */
			private String unit(int r, Split baseline, Split target) {
				String column = text(r, ColumnRole.UNIT);
				if (column != null) {
					return column;
				}
				for (SheetColumn c : columns) {
					if ((c.role() == ColumnRole.BASELINE || c.role() == ColumnRole.TARGET
							|| c.role() == ColumnRole.YEAR_VALUE) && headerUnits.containsKey(c.index())) {
						return headerUnits.get(c.index());
					}
				}
				List<String> written = new ArrayList<>();
				if (baseline != null) {
					written.add(baseline.text());
				}
				if (target != null) {
					written.add(target.text());
				}
				for (SheetColumn c : yearColumns) {
					written.add(grid.shown(r, c.index()).text());
				}
				for (String text : written) {
					String suffix = suffix(text);
					if (suffix != null) {
						return suffix;
					}
				}
				return null;
			}

			private boolean anyPercent(int r) {
				for (SheetColumn c : columns) {
					if (c.role() == ColumnRole.BASELINE || c.role() == ColumnRole.TARGET
							|| c.role() == ColumnRole.YEAR_VALUE) {
						GridCell cell = grid.shown(r, c.index());
						if (cell.number() != null && percentFormat(cell.format())) {
							return true;
						}
					}
				}
				return false;
			}

			/**
			 * 増加 unless the target is lower (減少) or the same (維持); without both figures
			 * 増加 and a warning.
			 */
			private String inferred(int r, String name, boolean relisted, String unit, WrittenValue baseline,
					WrittenValue target) {
				Unit kpiUnit = Unit.of(unit);
				BigDecimal from = amount(baseline, kpiUnit);
				BigDecimal to = amount(target, kpiUnit);
				if (from == null || to == null) {
					// A re-listing shows the KPI listed first: its direction is that
					// one's.
					if (!relisted) {
						warnings
							.add(issue(r, kpi.index(), name, Problem.of("planimport.sheet.direction.guessed", name)));
					}
					return Direction.INCREASE.word();
				}
				int compared = to.compareTo(from);
				return compared < 0 ? Direction.DECREASE.word()
						: compared == 0 ? Direction.MAINTAIN.word() : Direction.INCREASE.word();
			}

		}

	}

	/**
	 * The unit written after a figure ({@code 12人}, {@code 1,232万人}, {@code 52.0％}), when
	 * the figure reads with it as its unit; else {@code null}.
	 */
	static String suffix(String text) {
		if (text == null) {
			return null;
		}
		String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
		Matcher amount = AMOUNT_START.matcher(s);
		if (!amount.find()) {
			return null;
		}
		String rest = s.substring(amount.end()).strip();
		if (rest.isEmpty() || rest.matches(".*[\\d()（）].*") || rest.length() > 6) {
			return null;
		}
		return ValueNotation.parse(s, Unit.of(rest)) instanceof ParsedValue.Amount ? rest : null;
	}

	private static BigDecimal amount(WrittenValue value, Unit unit) {
		if (value == null) {
			return null;
		}
		if (value.number() != null) {
			return value.number();
		}
		return ValueNotation.parse(value.cell(), unit) instanceof ParsedValue.Amount amount ? amount.amount() : null;
	}

	/**
	 * A value cell as written; a typed number is the number, a percentage-formatted one
	 * in percent (0.123 shown as 12.3% is 12.3) where the KPI is counted in percent.
	 */
	static WrittenValue value(GridCell cell, String text, int row, int column, boolean percent) {
		BigDecimal number = cell.number();
		if (number != null && percent && percentFormat(cell.format())) {
			number = number.movePointRight(2).stripTrailingZeros();
			if (number.scale() < 0) {
				number = number.setScale(0);
			}
		}
		return new WrittenValue(text, number, cell.formula(), row + 1, Grid.columnName(column));
	}

}
