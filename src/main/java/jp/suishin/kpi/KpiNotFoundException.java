package jp.suishin.kpi;

/** Asked for a KPI that does not exist (shown as 404). */
public class KpiNotFoundException extends RuntimeException {

	public KpiNotFoundException(String what) {
		super("KPI not found: " + what);
	}

}
