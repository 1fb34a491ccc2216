package jp.suishin.organisation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every organisation and every collaboration membership at one moment, read in a few
 * statements: what the access rules walk (parents, what lies below, members) without a
 * query per step.
 *
 * @param version the organisations' version stamp the snapshot was read at (a change to
 * an organisation or a membership moves it on)
 */
public record OrganisationTree(long version, Map<Long, Organization> byId, Map<Long, List<Membership>> members,
		Map<Long, List<Long>> children) {

	public OrganisationTree {
		byId = Map.copyOf(byId);
		members = Map.copyOf(members);
		children = Map.copyOf(children);
	}

	/** The snapshot of these organisations and memberships. */
	public static OrganisationTree of(long version, Collection<Organization> organisations,
			Collection<Membership> memberships) {
		Map<Long, Organization> byId = new LinkedHashMap<>();
		organisations.forEach(o -> byId.put(o.id(), o));
		Map<Long, List<Membership>> members = new HashMap<>();
		memberships.forEach(m -> members.computeIfAbsent(m.collaborationId(), id -> new ArrayList<>()).add(m));
		members.replaceAll((id, list) -> List.copyOf(list));
		Map<Long, List<Long>> children = new HashMap<>();
		for (Organization organisation : byId.values()) {
			if (organisation.parentId() != null) {
				children.computeIfAbsent(organisation.parentId(), id -> new ArrayList<>()).add(organisation.id());
			}
		}
		children.replaceAll((id, list) -> List.copyOf(list));
		return new OrganisationTree(version, byId, members, children);
	}

	public Optional<Organization> find(long id) {
		return Optional.ofNullable(byId.get(id));
	}

	/**
	 * Members of a collaboration, the center first (as
	 * {@link OrganisationRepository#membersOf}).
	 */
	public List<Membership> membersOf(long collaborationId) {
		return members.getOrDefault(collaborationId, List.of());
	}

	/**
	 * Whether an organisation lies below another: through its parents, or, for a
	 * collaboration, through any of its members (a member is itself below, or the other).
	 */
	public boolean isBelow(long organisationId, long aboveId) {
		return isBelow(organisationId, aboveId, new HashSet<>());
	}

	private boolean isBelow(long organisationId, long aboveId, Set<Long> seen) {
		Organization organisation = byId.get(organisationId);
		if (organisation == null || !seen.add(organisationId)) {
			return false;
		}
		Set<Long> parents = new HashSet<>();
		for (Long parent = organisation.parentId(); parent != null && parents.add(parent); parent = parentOf(parent)) {
			if (parent == aboveId) {
				return true;
			}
		}
		if (organisation.isCollaboration()) {
			for (Membership member : membersOf(organisationId)) {
				if (member.member().id() == aboveId || isBelow(member.member().id(), aboveId, seen)) {
					return true;
				}
			}
		}
		return false;
	}

	private Long parentOf(long id) {
		Organization organisation = byId.get(id);
		return organisation == null ? null : organisation.parentId();
	}

	/**
	 * Everything below the organisation through parents (not the organisation itself).
	 */
	public Set<Long> descendantsOf(long aboveId) {
		Set<Long> found = new HashSet<>();
		Deque<Long> open = new ArrayDeque<>(children.getOrDefault(aboveId, List.of()));
		while (!open.isEmpty()) {
			long id = open.pop();
			if (id != aboveId && found.add(id)) {
				open.addAll(children.getOrDefault(id, List.of()));
			}
		}
		return found;
	}

	/**
	 * The collaborations with at least one of these organisations among their members.
	 */
	public Set<Long> collaborationsWithAnyOf(Set<Long> organisationIds) {
		Set<Long> found = new HashSet<>();
		members.forEach((collaboration, list) -> {
			if (list.stream().anyMatch(m -> organisationIds.contains(m.member().id()))) {
				found.add(collaboration);
			}
		});
		return found;
	}

}
