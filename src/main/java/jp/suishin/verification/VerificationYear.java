package jp.suishin.verification;

import java.util.List;

import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;

/**
 * A plan's verification of a fiscal year as a reader of the owner's working data sees it.
 *
 * @param years the years the page offers: the plan's period and the year after it (the
 * follow-up of the last year's opinions)
 * @param open whether opinions and the form may be written for the year (it is in the
 * plan's period)
 * @param expert whether the viewer gives opinions in its own name
 * @param planner whether the viewer plans for the owner (opinions for an expert,
 * responses, follow-up, the form)
 * @param opinions the opinions on the year
 * @param previous the opinions on the year before, with their follow-up
 * @param effects the form of the year, one row per KPI of the plan (再掲 once)
 */
public record VerificationYear(Plan plan, FiscalYear year, List<FiscalYear> years, boolean open, boolean expert,
		boolean planner, PlanSubjects subjects, List<OpinionLine> opinions, List<OpinionLine> previous,
		List<EffectLine> effects) {

	public VerificationYear {
		years = List.copyOf(years);
		opinions = List.copyOf(opinions);
		previous = List.copyOf(previous);
		effects = List.copyOf(effects);
	}

	public boolean mayGive() {
		return open && (expert || planner);
	}

}
