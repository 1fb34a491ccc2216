package jp.suishin.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.suishin.notation.FiscalYear;

/** Where the revisions of plans' evaluation schemes are kept. */
public interface SchemeRevisions {

	/** A plan's revisions, oldest first. */
	List<SchemeRevision> ofPlan(long planId);

	/** The revisions of many plans, by plan id, oldest first. */
	default Map<Long, List<SchemeRevision>> ofPlans(Collection<Long> planIds) {
		Map<Long, List<SchemeRevision>> byPlan = new HashMap<>();
		for (long planId : planIds) {
			List<SchemeRevision> revisions = ofPlan(planId);
			if (!revisions.isEmpty()) {
				byPlan.put(planId, revisions);
			}
		}
		return byPlan;
	}

	/**
	 * Makes a scheme the plan's own from a year on, keeping the revision with the scheme
	 * it replaces and the reason (and the change in the audit trail), in one transaction.
	 */
	void revise(long planId, FiscalYear from, String scheme, String reason, String user);

}
