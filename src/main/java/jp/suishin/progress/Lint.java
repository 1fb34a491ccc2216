package jp.suishin.progress;

import java.util.ArrayList;
import java.util.List;

import java.util.Optional;

import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Direction;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;

/** Checks KPI definitions for what looks wrong. */
final class Lint {

	private Lint() {
	}

	/**
	 * @param period the plan period, or {@code null} when unknown (a CSV file)
	 */
	static List<LintFinding> check(EvaluationScheme scheme, List<KpiFigures> kpis, FiscalPeriod period) {
		List<LintFinding> findings = new ArrayList<>();
		for (KpiFigures kpi : kpis) {
			if (kpi.baseline() != null && kpi.target() != null && kpi.direction() != Direction.MAINTAIN) {
				int comparison = kpi.targetValue().compareTo(kpi.baselineValue());
				boolean wrong = kpi.direction() == Direction.INCREASE ? comparison < 0 : comparison > 0;
				if (wrong) {
					findings.add(LintFinding.of(kpi.name(), LintFinding.Kind.TARGET_WRONG_SIDE,
							"lint.target-wrong-side", QuantityFormat.format(kpi.baselineValue(), kpi.unit()),
							QuantityFormat.format(kpi.targetValue(), kpi.unit()),
							new EngineText.Word("direction." + kpi.direction())));
				}
			}
			if (period != null && kpi.target() != null && kpi.target().year() != null
					&& !period.contains(kpi.target().year())) {
				findings.add(LintFinding.of(kpi.name(), LintFinding.Kind.TARGET_YEAR_OUTSIDE_PERIOD,
						"lint.target-year-outside", kpi.target().year().eraLabel(), period.from().eraLabel(),
						period.to().eraLabel()));
			}
			if (kpi.aggregation() == Aggregation.CUMULATIVE) {
				missingCumulativeYear(kpi).ifPresent(year -> findings.add(LintFinding.of(kpi.name(),
						LintFinding.Kind.CUMULATIVE_YEAR_MISSING, "lint.cumulative-gap", year.eraLabel())));
			}
			if (scheme.requiresBaseline() && kpi.baseline() == null) {
				findings.add(LintFinding.of(kpi.name(), LintFinding.Kind.MISSING_BASELINE, "lint.missing-baseline",
						scheme.name()));
			}
		}
		return findings;
	}

	/**
	 * The first year without a value between the start of a cumulative KPI's count and
	 * its latest value.
	 */
	private static Optional<FiscalYear> missingCumulativeYear(KpiFigures kpi) {
		if (kpi.values().isEmpty()) {
			return Optional.empty();
		}
		FiscalYear from = kpi.baseline() != null && kpi.baseline().year() != null ? kpi.baseline().year().next()
				: kpi.values().firstYear();
		for (int y = from.value(); y < kpi.values().lastYear().value(); y++) {
			if (!kpi.values().has(FiscalYear.of(y))) {
				return Optional.of(FiscalYear.of(y));
			}
		}
		return Optional.empty();
	}

}
