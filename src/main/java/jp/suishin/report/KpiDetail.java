package jp.suishin.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import jp.suishin.access.Rights;
import jp.suishin.audit.AuditEntry;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.progress.EvaluationScheme;
import jp.suishin.progress.KpiEvaluation;

/**
 * Everything the page of one KPI shows, as one viewer may see it: its definition, where
 * the plan lists it, every fiscal year of the plan with its value and progress, and the
 * series for the chart. Only values the viewer may see are in it; for outsiders, no login
 * and no audit trail.
 *
 * @param rights what the viewer may do with the plan's organisation's data (which forms
 * the page offers)
 * @param values every value the viewer sees, by year, including years outside the plan's
 * period
 * @param milestones the milestones (目安値) by year
 * @param historyShown whether the viewer may see the audit trail; when not,
 * {@code history} is empty and was never read
 */
public record KpiDetail(Kpi kpi, Plan plan, Organization owner, Rights rights, List<PlanNode> listedUnder,
		String baseline, String target, EvaluationScheme scheme, List<Year> years, List<YearlyValue> values,
		NavigableMap<FiscalYear, BigDecimal> milestones, List<Revision> revisions, List<TargetChange> targetChanges,
		boolean historyShown, List<AuditEntry> history, Chart chart) {

	public KpiDetail {
		listedUnder = List.copyOf(listedUnder);
		years = List.copyOf(years);
		values = List.copyOf(values);
		milestones = Collections.unmodifiableNavigableMap(new TreeMap<>(milestones));
		revisions = List.copyOf(revisions);
		targetChanges = List.copyOf(targetChanges);
		history = List.copyOf(history);
	}

	/**
	 * A revision of the baseline as the page shows it.
	 *
	 * @param value the revised baseline
	 * @param baseline how it is written
	 * @param revisedBy who revised it; {@code null} for outsiders
	 */
	public record Revision(LocalDate revisedOn, Baseline value, String baseline, String reason, String revisedBy) {
	}

	/**
	 * A mid-term revision (中間見直し) of the direction and target as the page shows it: from
	 * which year, what applies from then on and what applied before.
	 */
	public record TargetChange(FiscalYear from, Direction direction, String target, Direction previousDirection,
			String previousTarget, Instant revisedAt, String reason, String revisedBy) {
	}

	/** A fiscal year of the plan: its value if any and the progress it gives. */
	public record Year(FiscalYear year, YearlyValue value, String text, String milestone, KpiEvaluation evaluation) {
	}

	/**
	 * The chart's series: one label per fiscal year from the baseline year to the target
	 * year, actual amounts ({@code null} where unknown), and the baseline and target as
	 * reference lines.
	 */
	public record Chart(List<String> labels, List<Integer> westernYears, List<BigDecimal> actuals,
			List<BigDecimal> milestones, BigDecimal baseline, String baselineLabel, BigDecimal target,
			String targetLabel, String unit) {

		public Chart {
			labels = List.copyOf(labels);
			westernYears = List.copyOf(westernYears);
			actuals = Collections.unmodifiableList(new ArrayList<>(actuals));
			milestones = Collections.unmodifiableList(new ArrayList<>(milestones));
		}

	}

}
