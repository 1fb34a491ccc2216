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

	/**
	 * Every organisation and membership as they are now. An adapter may keep the snapshot
	 * between calls as long as it reads the version stamp that every change moves on, so
	 * that no caller (on any node) decides on a tree older than the last committed
	 * change.
	 */
	default OrganisationTree tree() {
		List<Organization> all = findAll();
		return OrganisationTree.of(0, all,
				all.stream().filter(Organization::isCollaboration).flatMap(c -> membersOf(c.id()).stream()).toList());
	}

}
