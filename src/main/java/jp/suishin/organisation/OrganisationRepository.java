package jp.suishin.organisation;

import java.util.List;
import java.util.Optional;

/** Where organisations and collaboration memberships are kept. */
public interface OrganisationRepository {

	List<Organization> findAll();

	Optional<Organization> findById(long id);

	Optional<Organization> findByKey(String key);

	long add(NewOrganization organization);

	void addMember(long collaborationId, long memberId, CollaborationRole role);

	/** Members of a collaboration, the center first. */
	List<Membership> membersOf(long collaborationId);

	boolean isEmpty();

}
