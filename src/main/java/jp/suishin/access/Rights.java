package jp.suishin.access;

import java.util.Set;

/**
 * What a viewer may do with the plans and values of one organisation.
 *
 * @param plan define plans and KPIs, run the yearly collection, approve, reopen
 * @param readWorking see values that are not yet approved, the collection and the audit
 * trail
 * @param departments the departments whose KPIs the viewer enters values for
 * @param comment write comments as a reviewer
 * @param opinion record opinions as an external expert
 */
public record Rights(boolean plan, boolean readWorking, Set<Long> departments, boolean comment, boolean opinion) {

	public static final Rights NONE = new Rights(false, false, Set.of(), false, false);

	public Rights {
		departments = Set.copyOf(departments);
	}

	public boolean entersFor(Long departmentId) {
		return departmentId != null && departments.contains(departmentId);
	}

	public boolean remarks() {
		return comment || opinion;
	}

}
