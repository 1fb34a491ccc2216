package jp.suishin.kpi;

import java.math.BigDecimal;
import jp.suishin.refusal.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.suishin.audit.Reason;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.ValueNotation;

/**
 * Revises a KPI's baseline: the new value (and year, if it changes) with the reason; the
 * history keeps every revision and the original stays in the KPI's definition.
 */
public final class RevisingBaseline {

	private final KpiRepository kpis;

	private final Clock clock;

	public RevisingBaseline(KpiRepository kpis, Clock clock) {
		this.kpis = kpis;
		this.clock = clock;
	}

	/**
	 * @return the problems, each naming its field; empty when the revision was stored
	 */
	public List<FieldProblem> revise(long kpiId, String value, String year, String reason, String user) {
		Kpi kpi = kpis.findById(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId));
		List<FieldProblem> problems = new ArrayList<>();
		BigDecimal amount = ValueNotation.amount(value, kpi.unit()).collect("baselineValue", problems);
		FiscalYear fiscalYear = kpi.baseline() == null ? null : kpi.baseline().year();
		if (year != null && !year.isBlank()) {
			Optional<FiscalYear> parsedYear = FiscalYear.parse(year);
			if (parsedYear.isEmpty()) {
				problems.add(FieldProblem.of("baselineYear", "fiscal-year.invalid", year));
			}
			else if (kpi.target() != null && kpi.target().year() != null
					&& !parsedYear.get().isBefore(kpi.target().year())) {
				problems.add(FieldProblem.of("baselineYear", "kpi.baseline.year-after-target",
						parsedYear.get().eraLabel(), kpi.target().year().eraLabel()));
			}
			else {
				fiscalYear = parsedYear.get();
			}
		}
		Reason why = Reason.of(reason).collect("baselineReason", problems);
		if (!problems.isEmpty()) {
			return problems;
		}
		kpis.addBaselineRevision(kpiId, new Baseline(amount, fiscalYear), LocalDate.now(clock), why.text(), user);
		return List.of();
	}

}
