package jp.suishin.report;

import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

/** Asked for a plan that does not exist (shown as 404). */
public class PlanNotFoundException extends Refused {

	public PlanNotFoundException(long id) {
		super(new Refusal.NotFound("plan " + id));
	}

}
