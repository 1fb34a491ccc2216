package jp.suishin.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.organisation.CollaborationRole;
import jp.suishin.organisation.Membership;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganizationKind;

/**
 * Organisations kept in memory, for the access policy in use-case tests: bureaus with no
 * parent and no members.
 */
public final class InMemoryOrganisations implements OrganisationRepository {

	private final Map<Long, Organization> organisations = new LinkedHashMap<>();

	/** Stores the organisation as it is (replacing one of its id). */
	public Organization put(Organization organisation) {
		organisations.put(organisation.id(), organisation);
		return organisation;
	}

	/** A bureau of its own, named by its key, with the next id. */
	public long bureau(String key) {
		long id = organisations.size() + 1;
		put(new Organization(id, key, key, OrganizationKind.SUBPREFECTURAL_BUREAU, null, null));
		return id;
	}

	@Override
	public List<Organization> findAll() {
		return List.copyOf(organisations.values());
	}

	@Override
	public Optional<Organization> findById(long id) {
		return Optional.ofNullable(organisations.get(id));
	}

	@Override
	public Optional<Organization> findByKey(String key) {
		return organisations.values().stream().filter(o -> o.key().equals(key)).findFirst();
	}

	@Override
	public long add(NewOrganization organization) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void addMember(long collaborationId, long memberId, CollaborationRole role) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<Membership> membersOf(long collaborationId) {
		return List.of();
	}

	@Override
	public boolean isEmpty() {
		return organisations.isEmpty();
	}

}
