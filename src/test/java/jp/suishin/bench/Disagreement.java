package jp.suishin.bench;

/**
 * Suishin and a baseline did not compute the same thing (counts, grades, rows stored):
 * the comparison would be meaningless, so the run stops. The smoke test in CI fails on
 * it.
 */
public class Disagreement extends RuntimeException {

	public Disagreement(String workload, String what, Object suishin, Object baseline) {
		super(workload + ": " + what + " differ: Suishin " + suishin + ", baseline " + baseline);
	}

	/** Throws unless the two are equal. */
	public static void check(String workload, String what, Object suishin, Object baseline) {
		if (!java.util.Objects.equals(suishin, baseline)) {
			throw new Disagreement(workload, what, suishin, baseline);
		}
	}

}
