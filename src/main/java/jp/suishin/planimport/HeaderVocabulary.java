package jp.suishin.planimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.suishin.notation.FiscalYear;

/**
 * The words a city's KPI sheet heads its columns with, in their usual variants, and how a
 * header (one or two rows of it) is read: its role, the level column's kind, the year it
 * names and the unit it gives in brackets ({@code 目標値（人）}).
 */
final class HeaderVocabulary {

	/** What a header says. */
	enum Kind {

		/** A level-1 column: 基本目標. */
		GOAL,
		/** A deeper level column: 施策, 事業. */
		MEASURE,
		/** A role other than a level. */
		ROLE,
		/** Known, but not imported: 進捗率, 備考. */
		UNNEEDED,
		/** A label over year columns: 実績値. */
		GROUP,
		/** Only a fiscal year: R2年度, 2020. */
		YEAR,
		/** Not recognised. */
		UNKNOWN

	}

	/**
	 * A header as read.
	 *
	 * @param kind what it says
	 * @param role for {@link Kind#ROLE}, {@link Kind#GOAL}, {@link Kind#MEASURE}: the
	 * role; else {@code null}
	 * @param year the fiscal year it names, or {@code null}
	 * @param yearText the year as written in it, or {@code null}
	 * @param unit a unit it gives in brackets, or {@code null}
	 */
	record Header(Kind kind, ColumnRole role, FiscalYear year, String yearText, String unit) {

		static final Header UNKNOWN = new Header(Kind.UNKNOWN, null, null, null, null);

		boolean known() {
			return kind != Kind.UNKNOWN;
		}

		/** A word naming a column's role or level (not a bare year, group or unknown). */
		boolean word() {
			return kind == Kind.GOAL || kind == Kind.MEASURE || kind == Kind.ROLE || kind == Kind.UNNEEDED;
		}

	}

	private static final Set<String> GOALS = Set.of("基本目標", "基本方針", "目標", "政策目標", "基本的方向", "大綱");

	private static final Set<String> MEASURES = Set.of("施策", "具体的な施策", "具体的施策", "事業", "取組", "取組み", "取り組み", "主な取組",
			"主な取組み", "具体的な取組", "具体的な取組み", "主な事業", "重点施策", "基本施策", "主要施策", "施策名", "事業名", "施策の方向", "施策の柱", "基本的施策",
			"講ずべき施策");

	private static final Map<String, ColumnRole> ROLES = Map.ofEntries(Map.entry("KPI", ColumnRole.KPI),
			Map.entry("KPI名", ColumnRole.KPI), Map.entry("重要業績評価指標", ColumnRole.KPI),
			Map.entry("重要業績評価指標KPI", ColumnRole.KPI), Map.entry("評価指標", ColumnRole.KPI),
			Map.entry("指標名", ColumnRole.KPI), Map.entry("指標", ColumnRole.KPI), Map.entry("成果指標", ColumnRole.KPI),
			Map.entry("数値目標", ColumnRole.KPI), Map.entry("単位", ColumnRole.UNIT), Map.entry("方向", ColumnRole.DIRECTION),
			Map.entry("目指す方向", ColumnRole.DIRECTION), Map.entry("方向性", ColumnRole.DIRECTION),
			Map.entry("目標の方向", ColumnRole.DIRECTION), Map.entry("目指す方向性", ColumnRole.DIRECTION),
			Map.entry("集計", ColumnRole.AGGREGATION), Map.entry("集計方法", ColumnRole.AGGREGATION),
			Map.entry("集計区分", ColumnRole.AGGREGATION), Map.entry("基準値", ColumnRole.BASELINE),
			Map.entry("現状値", ColumnRole.BASELINE), Map.entry("基準", ColumnRole.BASELINE),
			Map.entry("現状", ColumnRole.BASELINE), Map.entry("策定時", ColumnRole.BASELINE),
			Map.entry("策定時の値", ColumnRole.BASELINE), Map.entry("基準年度", ColumnRole.BASELINE_YEAR),
			Map.entry("基準年", ColumnRole.BASELINE_YEAR), Map.entry("基準値年度", ColumnRole.BASELINE_YEAR),
			Map.entry("基準値の年度", ColumnRole.BASELINE_YEAR), Map.entry("現状値年度", ColumnRole.BASELINE_YEAR),
			Map.entry("現状年度", ColumnRole.BASELINE_YEAR), Map.entry("基準年次", ColumnRole.BASELINE_YEAR),
			Map.entry("目標値", ColumnRole.TARGET), Map.entry("目標年度", ColumnRole.TARGET_YEAR),
			Map.entry("目標年", ColumnRole.TARGET_YEAR), Map.entry("目標値年度", ColumnRole.TARGET_YEAR),
			Map.entry("目標値の年度", ColumnRole.TARGET_YEAR), Map.entry("目標年次", ColumnRole.TARGET_YEAR),
			Map.entry("定義", ColumnRole.DEFINITION), Map.entry("算出方法", ColumnRole.DEFINITION),
			Map.entry("指標の定義", ColumnRole.DEFINITION), Map.entry("算定方法", ColumnRole.DEFINITION),
			Map.entry("計算方法", ColumnRole.DEFINITION), Map.entry("指標の説明", ColumnRole.DEFINITION),
			Map.entry("担当課", ColumnRole.DEPARTMENT), Map.entry("所管課", ColumnRole.DEPARTMENT),
			Map.entry("担当部署", ColumnRole.DEPARTMENT), Map.entry("所管部署", ColumnRole.DEPARTMENT),
			Map.entry("担当", ColumnRole.DEPARTMENT), Map.entry("所管", ColumnRole.DEPARTMENT),
			Map.entry("担当部局", ColumnRole.DEPARTMENT), Map.entry("所管部局", ColumnRole.DEPARTMENT),
			Map.entry("担当課名", ColumnRole.DEPARTMENT), Map.entry("所管課名", ColumnRole.DEPARTMENT));

	private static final Set<String> UNNEEDED = Set.of("進捗率", "評価", "達成率", "備考", "NO", "NO.", "番号", "項番", "#", "進捗状況",
			"達成状況", "進捗", "達成度", "判定", "評価区分", "出典", "資料", "目安値", "中間目標", "中間目標値", "通し番号", "連番", "コメント", "所見", "今後の方向性",
			"課題", "取組状況", "実施状況", "成果", "評価理由");

	private static final Set<String> GROUPS = Set.of("実績値", "実績", "実績値の推移", "推移", "年度別実績", "年度実績", "各年度の実績", "各年度実績",
			"実績の推移", "年度別実績値", "KPI実績", "KPIの実績", "進捗状況", "年度別");

	private static final Set<String> TARGET_WORDS = Set.of("目標値", "目標");

	private static final Set<String> BASELINE_WORDS = Set.of("基準値", "現状値", "基準", "現状", "策定時");

	private static final Set<String> VALUE_WORDS = Set.of("実績値", "実績", "値");

	private static final Set<String> NOT_UNITS = Set.of("最終", "中間", "策定時", "直近", "現状", "見込", "見込み", "速報", "累計", "単年",
			"年度", "年", "最新", "目標", "実績", "計画", "当初", "年度末", "年度末時点", "時点");

	private static final Pattern BRACKETS = Pattern.compile("[(\\[【<〈《「『]([^()\\[\\]【】<>〈〉《》「」『』]*)[)\\]】>〉》」』]");

	private static final Pattern YEAR_AT_START = Pattern
		.compile("^(FY\\d{4}|(?:令和|平成|昭和|R|H|S)(?:元|\\d{1,2})(?:年度|年)?|\\d{4}(?:年度|年)?)(.*)$");

	private static final Pattern YEAR_AT_END = Pattern
		.compile("^(.*?)(FY\\d{4}|(?:令和|平成|昭和|R|H|S)(?:元|\\d{1,2})(?:年度|年)?|\\d{4}(?:年度|年)?)$");

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

	private HeaderVocabulary() {
	}

	/** A header cell's text for matching: NFKC, without spaces or line breaks. */
	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
	}

	/** Reads one header cell. */
	static Header read(String written) {
		String s = normalise(written);
		if (s.isEmpty()) {
			return Header.UNKNOWN;
		}
		Optional<FiscalYear> whole = FiscalYear.parse(s);
		if (whole.isPresent()) {
			return new Header(Kind.YEAR, ColumnRole.YEAR_VALUE, whole.get(), s, null);
		}
		Header plain = word(s);
		if (plain.known()) {
			return plain;
		}
		// Brackets: a year (基準値（H30）), a unit (目標値（人）) or a gloss (重要業績評価指標（KPI）).
		List<String> inside = new ArrayList<>();
		Matcher bracket = BRACKETS.matcher(s);
		StringBuilder rest = new StringBuilder();
		while (bracket.find()) {
			inside.add(bracket.group(1));
			bracket.appendReplacement(rest, "");
		}
		bracket.appendTail(rest);
		String base = rest.toString();
		FiscalYear year = null;
		String yearText = null;
		String unit = null;
		List<String> glosses = new ArrayList<>();
		for (String part : inside) {
			Optional<FiscalYear> partYear = FiscalYear.parse(part);
			if (partYear.isPresent() && year == null) {
				year = partYear.get();
				yearText = part;
			}
			else if (partYear.isEmpty()) {
				glosses.add(part);
			}
		}
		Optional<FiscalYear> baseYear = FiscalYear.parse(base);
		if (baseYear.isPresent()) {
			// R2年度（実績）, 2020年度（R2）: the year outside the brackets counts.
			year = baseYear.get();
			yearText = base;
			base = "";
		}
		if (year == null) {
			Matcher start = YEAR_AT_START.matcher(base);
			Matcher end = YEAR_AT_END.matcher(base);
			if (start.matches() && FiscalYear.parse(start.group(1)).isPresent() && !start.group(2).isEmpty()) {
				year = FiscalYear.parse(start.group(1)).get();
				yearText = start.group(1);
				base = start.group(2);
			}
			else if (end.matches() && FiscalYear.parse(end.group(2)).isPresent() && !end.group(1).isEmpty()) {
				year = FiscalYear.parse(end.group(2)).get();
				yearText = end.group(2);
				base = end.group(1);
			}
		}
		Header baseWord = base.isEmpty() && year != null
				? new Header(Kind.YEAR, ColumnRole.YEAR_VALUE, null, null, null) : word(base);
		if (!baseWord.known()) {
			for (String gloss : glosses) {
				Header glossWord = word(gloss);
				if (glossWord.word()) {
					baseWord = glossWord;
					break;
				}
			}
		}
		for (String gloss : glosses) {
			if (looksLikeUnit(gloss) && !word(gloss).known()) {
				unit = unitText(gloss);
				break;
			}
		}
		if (year != null) {
			ColumnRole role = yearRole(base);
			if (base.isEmpty()) {
				// R6年度（目標）: the brackets say what the year's figure is.
				for (String gloss : glosses) {
					ColumnRole glossRole = yearRole(gloss);
					if (glossRole != null && glossRole != ColumnRole.YEAR_VALUE) {
						role = glossRole;
						break;
					}
				}
			}
			if (role == null) {
				return Header.UNKNOWN;
			}
			return new Header(role == ColumnRole.YEAR_VALUE ? Kind.YEAR : Kind.ROLE, role, year, yearText, unit);
		}
		if (!baseWord.known()) {
			return Header.UNKNOWN;
		}
		return new Header(baseWord.kind(), baseWord.role(), null, null, unit);
	}

	/**
	 * Reads a column headed by two rows: a label above (実績値, 目標値, 目標) and the column's
	 * own header below (R2年度, 値, 年度).
	 */
	static Header read(String top, String bottom) {
		Header below = read(bottom);
		if (normalise(top).isEmpty()) {
			return below;
		}
		if (normalise(bottom).isEmpty()) {
			return read(top);
		}
		Header above = read(top);
		if (below.kind() == Kind.YEAR && below.year() != null) {
			String group = strippedOfBrackets(normalise(top));
			ColumnRole role = yearRole(group);
			if (role == null) {
				role = ColumnRole.YEAR_VALUE;
			}
			String unit = below.unit() != null ? below.unit() : above.unit();
			return new Header(role == ColumnRole.YEAR_VALUE ? Kind.YEAR : Kind.ROLE, role, below.year(),
					below.yearText(), unit);
		}
		Header joined = read(normalise(top) + normalise(bottom));
		if (joined.word()) {
			return withUnit(joined, above.unit());
		}
		if (below.word() || below.kind() == Kind.YEAR) {
			return withUnit(below, above.unit());
		}
		if (above.word()) {
			return above;
		}
		return Header.UNKNOWN;
	}

	private static Header withUnit(Header header, String unit) {
		if (header.unit() != null || unit == null) {
			return header;
		}
		return new Header(header.kind(), header.role(), header.year(), header.yearText(), unit);
	}

	private static String strippedOfBrackets(String s) {
		return BRACKETS.matcher(s).replaceAll("");
	}

	/**
	 * The role of a column whose header names a year: 目標値 R6 is a target, R2 実績 a value.
	 */
	private static ColumnRole yearRole(String base) {
		if (base.isEmpty() || VALUE_WORDS.contains(base) || GROUPS.contains(base)) {
			return ColumnRole.YEAR_VALUE;
		}
		if (TARGET_WORDS.contains(base)) {
			return ColumnRole.TARGET;
		}
		if (BASELINE_WORDS.contains(base)) {
			return ColumnRole.BASELINE;
		}
		return null;
	}

	private static Header word(String s) {
		String upper = s.toUpperCase(Locale.ROOT);
		if (GOALS.contains(s)) {
			return new Header(Kind.GOAL, ColumnRole.LEVEL, null, null, null);
		}
		if (MEASURES.contains(s)) {
			return new Header(Kind.MEASURE, ColumnRole.LEVEL, null, null, null);
		}
		ColumnRole role = ROLES.get(upper);
		if (role != null) {
			return new Header(Kind.ROLE, role, null, null, null);
		}
		if (UNNEEDED.contains(upper) || upper.matches("NO\\.?|№")) {
			return new Header(Kind.UNNEEDED, ColumnRole.IGNORED, null, null, null);
		}
		if (GROUPS.contains(s)) {
			return new Header(Kind.GROUP, null, null, null, null);
		}
		return Header.UNKNOWN;
	}

	/** Whether a header's bracketed part names a unit (人, ％, 千円), not a remark. */
	private static boolean looksLikeUnit(String part) {
		return !part.isEmpty() && part.length() <= 5 && !part.matches(".*\\d.*") && !NOT_UNITS.contains(part)
				&& !part.startsWith("単位") || part.matches("単位[:：].{1,5}");
	}

	/** The unit a bracketed {@code 単位：人} gives, or the part itself. */
	static String unitText(String part) {
		return part.matches("単位[:：].+") ? part.substring(3) : part;
	}

}
