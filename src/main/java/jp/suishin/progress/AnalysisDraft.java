package jp.suishin.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jp.suishin.kpi.Direction;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;

/**
 * Drafts the 分析・対応方向 paragraph from the numbers, in the style of the published reports:
 * how many KPIs, how many pending, how many above the thresholds and achieved, the
 * biggest movers since last year, where the trend misses the target, and definitions that
 * look wrong. Sentences come from the engine's text bundle, never from a report; a
 * planner edits the draft afterwards.
 */
final class AnalysisDraft {

	static final int MOVERS = 5;

	private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);

	private AnalysisDraft() {
	}

	static String write(FiscalYear year, EvaluationScheme scheme, List<KpiEvaluation> unique, GradeSummary summary,
			List<LintFinding> lint, Locale locale) {
		Text text = new Text(locale);
		List<String> lines = new ArrayList<>(summaryLines(unique, summary, text));
		lines.add(text.format("analysis.grades", breakdown(summary, text)));
		unique.stream()
			.filter(e -> e.sinceLastYear() != null)
			.sorted(Comparator.comparing((KpiEvaluation e) -> e.sinceLastYear().relativeSize()).reversed())
			.limit(MOVERS)
			.forEach(e -> lines.add(sinceLastYear(e, text)));
		unique.stream()
			.filter(e -> e.sinceBaseline() != null && e.sinceBaseline().kind() == Change.Kind.MULTIPLE)
			.forEach(e -> lines
				.add(text.format("analysis.baseline-multiple", e.kpi().name(), figure(e.kpi().baselineValue(), e),
						e.kpi().baseline().year() == null ? "－" : e.kpi().baseline().year().eraLabel(),
						e.sinceBaseline().amount().toPlainString())));
		for (KpiEvaluation e : unique) {
			if (e.amount() == null || e.kpi().target() == null || e.kpi().target().year() == null || targetReached(e)) {
				continue;
			}
			FiscalYear targetYear = e.kpi().target().year();
			if (!year.isBefore(targetYear)) {
				lines.add(text.format("analysis.target-year-missed", e.kpi().name(), targetYear.eraLabel(),
						figure(e.kpi().targetValue(), e), figure(e.amount(), e)));
			}
			else if (e.forecast().outlook() == Outlook.UNLIKELY || e.forecast().outlook() == Outlook.AT_RISK) {
				lines.add(text.format("analysis.forecast-misses", e.kpi().name(), targetYear.eraLabel(),
						figure(e.forecast().linear(), e), figure(e.kpi().targetValue(), e),
						text.format("outlook." + e.forecast().outlook())));
			}
		}
		lint.forEach(finding -> lines.add(text.format("analysis.lint", finding.kpi(), finding.message(locale))));
		return String.join("\n", lines);
	}

	/**
	 * The summary the analysis opens with (how many KPIs, how many pending, how many at
	 * 80％ or more and already achieved), one sentence a line: what a report prints beside
	 * its distribution chart.
	 */
	static String summary(List<KpiEvaluation> unique, GradeSummary summary, Locale locale) {
		return String.join("\n", summaryLines(unique, summary, new Text(locale)));
	}

	private static List<String> summaryLines(List<KpiEvaluation> unique, GradeSummary summary, Text text) {
		List<String> lines = new ArrayList<>();
		lines.add(overview(summary, text));
		List<KpiEvaluation> rated = unique.stream().filter(e -> e.progressRate() != null).toList();
		if (!rated.isEmpty()) {
			long atLeast80 = rated.stream().filter(e -> e.progressRate().compareTo(EIGHTY) >= 0).count();
			long achieved = rated.stream()
				.filter(e -> e.progressRate().compareTo(EIGHTY) >= 0 && targetReached(e))
				.count();
			lines.add(atLeast80 == rated.size() ? text.format("analysis.all-above-80", rated.size(), achieved)
					: text.format("analysis.above-80", rated.size(), atLeast80, achieved));
		}
		return lines;
	}

	/** The engine's texts in one language. */
	private record Text(Locale locale) {

		String format(String key, Object... arguments) {
			return EngineText.format(locale, key, arguments);
		}

	}

	private static String overview(GradeSummary summary, Text text) {
		List<String> excluded = new ArrayList<>();
		if (summary.pending() > 0) {
			excluded.add(text.format("analysis.excluded.pending", summary.pending()));
		}
		if (summary.none() > 0) {
			excluded.add(text.format("analysis.excluded.none", summary.none()));
		}
		return excluded.isEmpty() ? text.format("analysis.overview.all", summary.unique())
				: text.format("analysis.overview", summary.unique(),
						String.join(text.format("analysis.join.excluded"), excluded), summary.evaluated());
	}

	private static boolean targetReached(KpiEvaluation e) {
		if (e.amount() == null || e.kpi().targetValue() == null) {
			return false;
		}
		int comparison = e.amount().compareTo(e.kpi().targetValue());
		return e.kpi().direction() == Direction.DECREASE ? comparison <= 0 : comparison >= 0;
	}

	private static String breakdown(GradeSummary summary, Text text) {
		List<String> parts = new ArrayList<>();
		summary.grades().forEach(g -> parts.add(text.format("analysis.grade-count", g.label(), g.count(), g.tenths())));
		return String.join(text.format("analysis.join.grades"), parts);
	}

	private static String sinceLastYear(KpiEvaluation e, Text text) {
		Change change = e.sinceLastYear();
		String from = figure(change.from(), e);
		String to = figure(change.to(), e);
		if (change.trend() == Change.Trend.SAME) {
			return text.format("analysis.unchanged", e.kpi().name(), to);
		}
		String key = "analysis.change." + change.kind() + "." + change.trend();
		return text.format(key, e.kpi().name(), change.amount().toPlainString(), from, to);
	}

	/**
	 * A figure in the KPI's unit, rounded to the decimals the KPI's values are written
	 * with.
	 */
	private static String figure(BigDecimal value, KpiEvaluation e) {
		int scale = e.kpi()
			.values()
			.actuals()
			.stream()
			.flatMap(a -> a.amount().stream())
			.mapToInt(BigDecimal::scale)
			.max()
			.orElse(0);
		return QuantityFormat.format(value.setScale(Math.max(scale, 0), RoundingMode.HALF_UP), e.kpi().unit());
	}

}
