package jp.suishin.jobs;

/**
 * Runs a job's work at most once per slot across every app node sharing the database: a
 * node claims the slot (the job's name and, say, the day) and runs the work in the same
 * transaction. A node or thread that comes second, while the first still runs or after it
 * finished, does nothing. If the work fails, the claim is rolled back with it, so the
 * slot can be run again later (by the job's next firing on any node).
 */
public interface OncePerSlot {

	/**
	 * @param job the job's name, e.g. {@code overdue-reminders}
	 * @param slot the run it is, e.g. the day {@code 2026-12-01}
	 * @return whether the work ran here; false when this slot was taken
	 */
	boolean run(String job, String slot, Runnable work);

}
