package jp.suishin.account;

/**
 * A role held in one organisation.
 *
 * @param departmentId the department a department editor works for; {@code null} for the
 * other roles
 */
public record Grant(long organisationId, Role role, Long departmentId) {

	public Grant {
		if ((role == Role.DEPARTMENT_EDITOR) != (departmentId != null)) {
			throw new IllegalArgumentException("a department goes with the department editor role, and only with it");
		}
	}

}
