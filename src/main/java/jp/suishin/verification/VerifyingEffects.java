package jp.suishin.verification;

import java.util.ArrayList;
import java.util.List;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Fills in a KPI's row of the national effect-verification form of a plan's year (事業効果,
 * 外部有識者の意見, 今後の方針 and its reason), for the planners of the plan's owner. The KPI must be
 * a current KPI of the plan; its target and actual come from the KPI list, never typed.
 * Every change is a plan audit entry.
 */
public final class VerifyingEffects {

	private final VerificationRecords records;

	private final PlanVerifiers verifiers;

	private final KpiRepository kpis;

	private final AuditTrail audit;

	private final InOneTransaction work;

	public VerifyingEffects(VerificationRecords records, PlanRepository plans, KpiRepository kpis, AccessPolicy access,
			AuditTrail audit, InOneTransaction work) {
		this.records = records;
		this.verifiers = new PlanVerifiers(plans, kpis, access);
		this.kpis = kpis;
		this.audit = audit;
		this.work = work;
	}

	/**
	 * Writes the row; a row with every part empty is removed.
	 * @throws Refused invalid naming {@code year}, {@code kpi}, {@code effect},
	 * {@code expertOpinion}, {@code policy} or {@code policyReason}; not found
	 * @throws AccessDenied unless the viewer plans for the plan's owner
	 */
	public void assess(Viewer viewer, long planId, FiscalYear year, long kpiId, EffectForm form) {
		work.run(() -> {
			Plan plan = verifiers.plan(planId);
			verifiers.requirePlanner(viewer, plan);
			List<FieldProblem> problems = new ArrayList<>();
			if (year == null || !plan.period().contains(year)) {
				problems.add(GivingOpinions.yearProblem(plan, year));
			}
			if (kpis.findByPlan(planId).stream().noneMatch(k -> k.id() == kpiId)) {
				problems.add(FieldProblem.of("kpi", "verification.kpi.other-plan"));
			}
			EffectForm.Checked checked = form.checked(problems);
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			String before = records.effect(planId, year, kpiId).map(EffectAssessment::described).orElse(null);
			records.saveEffect(planId, year, kpiId, checked.effect(), checked.expertOpinion(), checked.policy(),
					checked.policyReason(), viewer.actor());
			String after = records.effect(planId, year, kpiId).map(EffectAssessment::described).orElse(null);
			audit.record(viewer.actor(), AuditSubject.plan(planId), AuditAction.EFFECT_ASSESSED,
					year.eraLabel() + " kpi " + kpiId, before, after, null);
			return null;
		});
	}

}
