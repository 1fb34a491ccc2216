package jp.suishin.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.suishin.organisation.CollaborationRole;
import jp.suishin.organisation.Membership;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganizationKind;

/** Organisations kept in memory, for the access policy in use-case tests. */
public final class InMemoryOrganisations implements OrganisationRepository {

	private final List<Organization> all = new ArrayList<>();

	/** A bureau of its own, with no parent and no members. */
	public long bureau(String key) {
		long id = all.size() + 1;
		all.add(new Organization(id, key, key, OrganizationKind.SUBPREFECTURAL_BUREAU, null, null));
		return id;
	}

	@Override
	public List<Organization> findAll() {
		return List.copyOf(all);
	}

	@Override
	public Optional<Organization> findById(long id) {
		return all.stream().filter(o -> o.id() == id).findFirst();
	}

	@Override
	public Optional<Organization> findByKey(String key) {
		return all.stream().filter(o -> o.key().equals(key)).findFirst();
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
		return all.isEmpty();
	}

}
