package jp.suishin.report;

import java.util.List;

import jp.suishin.notation.FiscalYear;

/** Where the revisions of plans' evaluation schemes are kept. */
public interface SchemeRevisions {

	/** A plan's revisions, oldest first. */
	List<SchemeRevision> ofPlan(long planId);

	/**
	 * Makes a scheme the plan's own from a year on, keeping the revision with the scheme
	 * it replaces and the reason (and the change in the audit trail), in one transaction.
	 */
	void revise(long planId, FiscalYear from, String scheme, String reason, String user);

}
