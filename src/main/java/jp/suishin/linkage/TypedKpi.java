package jp.suishin.linkage;

import java.util.Optional;

import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;

/**
 * A KPI as a planner types it into a link or computation form: its number (digits only)
 * or its key. The one reading of both forms' KPI fields.
 */
final class TypedKpi {

	private TypedKpi() {
	}

	/** The KPI typed, if there is one; {@code written} is stripped and not blank. */
	static Optional<Kpi> find(KpiRepository kpis, String written) {
		boolean number = written.length() <= 18 && written.chars().allMatch(c -> c >= '0' && c <= '9');
		return number ? kpis.findById(Long.parseLong(written)) : kpis.findByKey(written);
	}

}
