package jp.suishin.kpi;

import java.util.List;

import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;

/**
 * A KPI of a plan.
 *
 * @param direction the direction that applies now (from the latest revision on)
 * @param baseline {@code null} when the plan gives none (「－」 for a new service)
 * @param target {@code null} when the plan gives none; the one that applies now
 * @param department the department in charge as the plan document names it, if it does
 * @param departmentId the department (担当課) that enters the values, once one is assigned
 */
public record Kpi(long id, long planId, String key, String name, Unit unit, Direction direction,
		Aggregation aggregation, Baseline baseline, Target target, String department, String definition,
		Long departmentId) {

	/**
	 * The KPI as a year is graded: with the direction and target in force that year. The
	 * latest revision from that year or before applies; before the first one, what it
	 * replaced.
	 * @param revisions the KPI's revisions, oldest first
	 */
	public Kpi gradedIn(FiscalYear year, List<TargetRevision> revisions) {
		if (revisions.isEmpty()) {
			return this;
		}
		for (int i = revisions.size() - 1; i >= 0; i--) {
			TargetRevision revision = revisions.get(i);
			if (!revision.from().isAfter(year)) {
				return with(revision.direction(), revision.target());
			}
		}
		return with(revisions.get(0).previousDirection(), revisions.get(0).previousTarget());
	}

	private Kpi with(Direction direction, Target target) {
		return new Kpi(id, planId, key, name, unit, direction, aggregation, baseline, target, department, definition,
				departmentId);
	}

}
