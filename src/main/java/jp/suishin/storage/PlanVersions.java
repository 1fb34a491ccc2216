package jp.suishin.storage;

import java.util.Collection;
import java.util.Optional;

/**
 * Each plan's version stamp, and the organisations' with it: what a node compares before
 * it serves a public page it kept. Every write to what a plan's pages show says so here,
 * in its transaction; the audit trail does for every change it records (a change is never
 * made without being recorded), and the writes that create a plan's parts do for
 * themselves. The stamps move on just before the transaction commits, after every other
 * lock it takes, in the order of the plans' ids, so that two transactions never wait for
 * each other's stamps, and with the change itself or not at all.
 */
public interface PlanVersions {

	/** The plan changed in the current transaction (at once when there is none). */
	void changed(long planId);

	/** The plans of these KPIs changed in the current transaction. */
	void changedKpis(Collection<Long> kpiIds);

	/** The plans of these nodes of plan trees changed in the current transaction. */
	void changedNodes(Collection<Long> nodeIds);

	/** A new plan's first stamp, in the transaction that adds it. */
	void added(long planId);

	/**
	 * A plan's own row changed (added, renamed, its period or levels): what the list of
	 * plans shows of it.
	 */
	void listChanged();

	/**
	 * What a page of the plan shows, as of now: the plan's stamp with the organisations';
	 * empty for a plan that has none (never kept).
	 */
	Optional<String> stampOf(long planId);

	/**
	 * What the list of plans shows (each plan's own row, and the organisations), as of
	 * now.
	 */
	String stampOfPlanList();

}
