package jp.suishin.jobs;

import java.util.function.BooleanSupplier;

/**
 * Runs a job's work at most once per slot across every app node sharing the database: a
 * node claims the slot (the job's name and, say, the day) and runs the work in the same
 * transaction. A node or thread that comes second, while the first still runs or after it
 * finished, does nothing. If the work fails, or finds nothing to do yet, the claim is
 * rolled back with it, so the slot can be run later (by the job's next firing on any
 * node).
 */
public interface OncePerSlot {

	/**
	 * @param job the job's name, e.g. {@code overdue-reminders}
	 * @param slot the run it is, e.g. the day {@code 2026-12-01}
	 * @param work does the slot's work and answers true, or answers false when there was
	 * nothing to do yet (it then wrote nothing, and the slot stays free)
	 * @return whether the work was done here; false when this slot was taken, or when the
	 * work found nothing to do
	 */
	boolean run(String job, String slot, BooleanSupplier work);

}
