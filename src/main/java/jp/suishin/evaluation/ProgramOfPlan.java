package jp.suishin.evaluation;

import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.Program;
import jp.suishin.refusal.Refused;

/** A current program with the plan it belongs to. */
public record ProgramOfPlan(Program program, Plan plan) {

	/** The unit a sheet writes money in: the plan's when it writes yen, else 千円. */
	static final Unit THOUSAND_YEN = Unit.of("千円");

	/**
	 * @throws Refused not found for an unknown program or one under an archived node
	 */
	public static ProgramOfPlan find(PlanRepository plans, long programId) {
		Program program = plans.findProgram(programId).orElseThrow(() -> Refused.notFound("program " + programId));
		long planId = plans.planOfNode(program.nodeId())
			.orElseThrow(() -> Refused.notFound("program " + programId + " of an archived node"));
		Plan plan = plans.findById(planId).orElseThrow(() -> Refused.notFound("plan " + planId));
		return new ProgramOfPlan(program, plan);
	}

	public Unit moneyUnit() {
		if (plan.donationBudget() != null && plan.donationBudget().unit().base().equals("円")) {
			return plan.donationBudget().unit();
		}
		return THOUSAND_YEN;
	}

	/** A sheet's year: within the plan's period. */
	void requireYear(FiscalYear year) {
		if (!plan.period().contains(year)) {
			throw Refused.invalid("year", "evaluation.year.outside-plan", year.eraLabel(),
					plan.period().from().eraLabel(), plan.period().to().eraLabel());
		}
	}

}
