package jp.suishin.bench;

/** Whether a workload met its goal. */
public enum Verdict {

	MET("yes"), MISSED("NO"),
	/** Measured for the record; the goal is not a figure of this run. */
	RECORDED("-"),
	/** The workload comes with a later issue. */
	PENDING("pending");

	private final String shown;

	Verdict(String shown) {
		this.shown = shown;
	}

	public String shown() {
		return shown;
	}

	public static Verdict of(boolean met) {
		return met ? MET : MISSED;
	}

}
