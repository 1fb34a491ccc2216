package jp.suishin.report;

import java.time.Instant;
import java.util.List;

import jp.suishin.notation.FiscalYear;

/**
 * A mid-term revision (中間見直し) of the evaluation scheme a plan grades with: the scheme
 * from a fiscal year onwards, the one it replaced, and when, why and by whom. The years
 * before {@code from} keep grading with what applied to them.
 */
public record SchemeRevision(long planId, FiscalYear from, String scheme, String previousScheme, Instant revisedAt,
		String reason, String revisedBy) {

	/**
	 * The scheme a year is graded with: the latest revision from that year or before;
	 * before the first one, what it replaced; without any, the plan's scheme.
	 * @param revisions the plan's revisions, oldest first
	 */
	public static String inForce(String planScheme, List<SchemeRevision> revisions, FiscalYear year) {
		if (revisions.isEmpty()) {
			return planScheme;
		}
		for (int i = revisions.size() - 1; i >= 0; i--) {
			if (!revisions.get(i).from().isAfter(year)) {
				return revisions.get(i).scheme();
			}
		}
		return revisions.get(0).previousScheme();
	}

}
