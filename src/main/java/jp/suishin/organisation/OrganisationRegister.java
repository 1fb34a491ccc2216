package jp.suishin.organisation;

import java.util.List;
import java.util.Map;

/**
 * The changes a system administrator makes to organisations, memberships and departments.
 * Every change moves the organisations' version stamp on in its transaction (as
 * {@link OrganisationRepository#add} does), so that every node reads the new tree.
 */
public interface OrganisationRegister {

	/** Sets an organisation's name, kind, code and parent (its key stays). */
	void revise(Organization organisation);

	/** Registers many organisations in a few statements; their ids by key. */
	Map<String, Long> addAll(List<NewOrganization> organisations);

	/** Revises many organisations in a few statements. */
	void reviseAll(List<Organization> organisations);

	void removeMember(long collaborationId, long memberId);

	void renameDepartment(long departmentId, DepartmentName name);

	/** Moves the version stamp on (for a change that touched nothing else here). */
	void changed();

}
