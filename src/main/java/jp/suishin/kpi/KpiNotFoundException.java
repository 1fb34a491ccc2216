package jp.suishin.kpi;

import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

/** Asked for a KPI that does not exist (shown as 404). */
public class KpiNotFoundException extends Refused {

	public KpiNotFoundException(String what) {
		super(new Refusal.NotFound("KPI " + what));
	}

}
