package jp.suishin.access;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.organisation.Membership;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganisationTree;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.PlanAccess;
import jp.suishin.refusal.Refused;

/**
 * The one place that decides what a viewer may do with an organisation's data.
 * <ul>
 * <li>A planner plans, collects and approves for its organisation; a department editor
 * enters values for its department; an expert reads and gives opinions; a section chief
 * (課長) and a director (部長) read the working data and evaluate programs at their stage of
 * the evaluation sheets ({@link #holdsRole}).</li>
 * <li>A reviewer reads and comments on its organisation and everything below it
 * (municipalities below their bureau, bureaus below their prefecture).</li>
 * <li>A collaboration's plans: each member's planners get what the agreement gives that
 * member ({@link PlanAccess}); nobody gets anything on another member's own plans through
 * a collaboration.</li>
 * <li>A system administrator manages accounts; it is no role on any organisation's
 * data.</li>
 * </ul>
 */
public final class AccessPolicy {

	private static final String TREE = AccessPolicy.class.getName() + ".tree";

	private static final String RIGHTS = AccessPolicy.class.getName() + ".rights";

	private final OrganisationRepository organisations;

	private final DecisionMemo memo;

	public AccessPolicy(OrganisationRepository organisations) {
		this(organisations, DecisionMemo.NONE);
	}

	/**
	 * @param memo where a page view's tree and rights are kept, so that its decisions
	 * take a bounded number of statements however large the hierarchy is
	 */
	public AccessPolicy(OrganisationRepository organisations, DecisionMemo memo) {
		this.organisations = organisations;
		this.memo = memo;
	}

	private OrganisationTree tree() {
		return memo.remember(TREE, organisations::tree);
	}

	public Rights on(Viewer viewer, long organisationId) {
		if (!viewer.signedIn() || viewer.grants().isEmpty()) {
			return Rights.NONE;
		}
		Map<Viewer, Map<Long, Rights>> known = memo.remember(RIGHTS, ConcurrentHashMap::new);
		Map<Long, Rights> ofViewer = known.computeIfAbsent(viewer, v -> new ConcurrentHashMap<>());
		Rights rights = ofViewer.get(organisationId);
		if (rights == null) {
			rights = decide(viewer, organisationId, tree());
			ofViewer.put(organisationId, rights);
		}
		return rights;
	}

	private static Rights decide(Viewer viewer, long organisationId, OrganisationTree tree) {
		Optional<Organization> organisation = tree.find(organisationId);
		if (organisation.isEmpty()) {
			return Rights.NONE;
		}
		boolean plan = false;
		boolean read = false;
		boolean comment = false;
		boolean opinion = false;
		Set<Long> departments = new HashSet<>();
		for (Grant grant : viewer.grants()) {
			if (grant.organisationId() == organisationId) {
				switch (grant.role()) {
					case PLANNER -> {
						plan = true;
						read = true;
					}
					case DEPARTMENT_EDITOR -> {
						departments.add(grant.departmentId());
						read = true;
					}
					case REVIEWER -> {
						read = true;
						comment = true;
					}
					case EXPERT -> {
						read = true;
						opinion = true;
					}
					case SECTION_CHIEF, DIRECTOR -> read = true;
				}
			}
			else if (grant.role() == Role.REVIEWER && tree.isBelow(organisationId, grant.organisationId())) {
				read = true;
				comment = true;
			}
		}
		if (organisation.get().isCollaboration()) {
			for (Membership member : tree.membersOf(organisationId)) {
				if (holds(viewer, member.member().id(), Role.PLANNER)) {
					read = true;
					plan = plan || member.planAccess() == PlanAccess.EDIT;
				}
			}
		}
		return new Rights(plan, read, departments, comment, opinion);
	}

	private static boolean holds(Viewer viewer, long organisationId, Role role) {
		return viewer.grants().stream().anyMatch(g -> g.organisationId() == organisationId && g.role() == role);
	}

	/**
	 * Whether the viewer holds a role in the organisation itself (not through a
	 * collaboration or a review from above): the one question of who evaluates at a stage
	 * of an evaluation sheet that is tied to a role. A department editor holds it for
	 * {@code departmentId} only.
	 */
	public boolean holdsRole(Viewer viewer, long organisationId, Role role, Long departmentId) {
		if (!viewer.signedIn()) {
			return false;
		}
		return viewer.grants()
			.stream()
			.anyMatch(g -> g.organisationId() == organisationId && g.role() == role && (role != Role.DEPARTMENT_EDITOR
					|| (departmentId != null && departmentId.equals(g.departmentId()))));
	}

	/**
	 * The organisations the viewer has any rights on, found from its grants on one
	 * snapshot of the tree rather than by asking about every organisation: those it holds
	 * a role in, everything below where it reviews, and the collaborations its
	 * organisations are members of. {@link #on} then says what the rights are.
	 */
	public Set<Long> reach(Viewer viewer) {
		Set<Long> reached = new HashSet<>();
		if (!viewer.signedIn() || viewer.grants().isEmpty()) {
			return reached;
		}
		OrganisationTree tree = tree();
		for (Grant grant : viewer.grants()) {
			reached.add(grant.organisationId());
			if (grant.role() == Role.REVIEWER) {
				reached.addAll(tree.descendantsOf(grant.organisationId()));
			}
		}
		for (long collaboration : tree.collaborationsWithAnyOf(Set.copyOf(reached))) {
			if (tree.find(collaboration).map(Organization::isCollaboration).orElse(false)) {
				reached.add(collaboration);
			}
		}
		return reached;
	}

	/**
	 * The viewer's rights on data that is not public (a collection, its steps, its
	 * sheets): one who may not read the organisation's working data is told it does not
	 * exist, as for an unknown id, so that guessing ids tells nothing.
	 */
	public Rights requireSight(Viewer viewer, long organisationId, String what) {
		Rights rights = on(viewer, organisationId);
		if (!rights.readWorking()) {
			throw Refused.notFound(what);
		}
		return rights;
	}

	/** Throws unless the viewer plans for the organisation. */
	public void requirePlan(Viewer viewer, long organisationId) {
		if (!on(viewer, organisationId).plan()) {
			throw new AccessDenied("plan for organisation " + organisationId);
		}
	}

}
