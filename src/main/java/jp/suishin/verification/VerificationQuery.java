package jp.suishin.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.suishin.access.AccessPolicy;
import jp.suishin.access.Rights;
import jp.suishin.account.Viewer;
import jp.suishin.document.ReportDocument.Figure;
import jp.suishin.document.ReportDocument.Status;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.Target;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.progress.KpiEvaluation;
import jp.suishin.report.KpiList;
import jp.suishin.refusal.Refused;
import jp.suishin.report.KpiListQuery;

/**
 * Reads a plan's verification of a year for the page, the API and the documents: the
 * opinions with their subjects' titles, and the effect-verification form joined to the
 * KPI list as the viewer may see it (so a public reader gets published values only).
 */
public final class VerificationQuery {

	private final VerificationRecords records;

	private final PlanVerifiers verifiers;

	private final KpiListQuery kpiLists;

	public VerificationQuery(VerificationRecords records, PlanRepository plans, KpiRepository kpis, AccessPolicy access,
			KpiListQuery kpiLists) {
		this.records = records;
		this.verifiers = new PlanVerifiers(plans, kpis, access);
		this.kpiLists = kpiLists;
	}

	/**
	 * The year's verification for a reader of the owner's working data.
	 * @throws Refused not found for an unknown plan or a viewer who may not read the
	 * owner's working data
	 */
	public VerificationYear of(Viewer viewer, long planId, FiscalYear year) {
		Plan plan = verifiers.plan(planId);
		Rights rights = verifiers.sight(viewer, plan);
		PlanSubjects subjects = verifiers.subjects(plan);
		List<FiscalYear> years = new ArrayList<>(plan.period().years());
		years.add(plan.period().to().next());
		return new VerificationYear(plan, year, years, plan.period().contains(year), rights.opinion(), rights.plan(),
				subjects, lines(viewer, rights, records.opinions(planId, year), subjects),
				lines(viewer, rights, records.opinions(planId, year.previous()), subjects),
				effects(viewer, planId, year));
	}

	/**
	 * One opinion for a reader of its plan owner's working data.
	 * @throws Refused not found for an unknown opinion or a viewer who may not read the
	 * owner's working data
	 */
	public OpinionLine opinion(Viewer viewer, long opinionId) {
		Opinion opinion = records.opinion(opinionId).orElseThrow(() -> Refused.notFound("opinion " + opinionId));
		Plan plan = verifiers.plan(opinion.planId());
		Rights rights = verifiers.sight(viewer, plan);
		return lines(viewer, rights, List.of(opinion), verifiers.subjects(plan)).get(0);
	}

	/** The plan's subjects, for whoever may already see the plan. */
	PlanSubjects subjects(long planId) {
		return verifiers.subjects(verifiers.plan(planId));
	}

	private static List<OpinionLine> lines(Viewer viewer, Rights rights, List<Opinion> opinions,
			PlanSubjects subjects) {
		return opinions.stream()
			.map(o -> new OpinionLine(o, subjects.title(o.subject()).orElse(null),
					!o.responded() && (rights.plan()
							|| (rights.opinion() && Objects.equals(o.expertAccountId(), viewer.accountId())))))
			.toList();
	}

	/**
	 * The form of the year: one row per KPI of the plan in the KPI list's order (a
	 * re-listed KPI once), with its assessment if written.
	 */
	List<EffectLine> effects(Viewer viewer, long planId, FiscalYear year) {
		KpiList list = kpiLists.kpiList(viewer, planId, Optional.of(year));
		Map<Long, EffectAssessment> assessed = records.effects(planId, year)
			.stream()
			.collect(Collectors.toMap(EffectAssessment::kpiId, Function.identity()));
		List<EffectLine> lines = new ArrayList<>();
		for (KpiList.Row row : list.rows()) {
			if (row.relisted()) {
				continue;
			}
			Kpi kpi = row.kpi();
			KpiEvaluation evaluated = row.evaluation();
			Target target = evaluated.kpi().target();
			Figure targetFigure = target == null ? null
					: new Figure(target.value(), QuantityFormat.format(target.value(), kpi.unit()), Status.CONFIRMED,
							target.year() == null ? 0 : target.year().value(),
							target.year() == null ? null : target.year().eraLabel(), null);
			Figure actual = evaluated.actual() == null ? null
					: figure(evaluated.actual(), evaluated.actual().written(kpi.unit()), evaluated.actualYear());
			lines.add(new EffectLine(kpi.id(), kpi.key(), row.node().title(), kpi.name(), kpi.unit().text(),
					targetFigure, actual, assessed.get(kpi.id())));
		}
		return lines;
	}

	private static Figure figure(Actual actual, String text, FiscalYear year) {
		Status status = switch (actual.status()) {
			case CONFIRMED -> Status.CONFIRMED;
			case PRELIMINARY -> Status.PRELIMINARY;
			case PENDING -> Status.PENDING;
		};
		return new Figure(actual.amount().orElse(null), text, status, year.value(), year.eraLabel(),
				actual instanceof Actual.Pending pending ? pending.expectedMonth() : null);
	}

}
