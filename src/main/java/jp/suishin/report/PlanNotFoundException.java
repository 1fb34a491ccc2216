package jp.suishin.report;

/** Asked for a plan that does not exist (shown as 404). */
public class PlanNotFoundException extends RuntimeException {

	public PlanNotFoundException(long id) {
		super("plan not found: " + id);
	}

}
