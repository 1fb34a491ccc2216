package jp.suishin.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiListing;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.NewKpi;
import jp.suishin.kpi.NewListing;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Adds KPIs to a plan, each listed at the end of a node, and lists a KPI again under
 * another node (再掲) without copying it. Every KPI is checked by {@link KpiForm#draft},
 * every addition recorded in the audit trail.
 */
public final class AddingKpi {

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final PlanPlanners planners;

	private final AuditTrail audit;

	private final InOneTransaction work;

	public AddingKpi(PlanRepository plans, KpiRepository kpis, PlanPlanners planners, AuditTrail audit,
			InOneTransaction work) {
		this.plans = plans;
		this.kpis = kpis;
		this.planners = planners;
		this.audit = audit;
		this.work = work;
	}

	/**
	 * A KPI to add under a node.
	 *
	 * @param key the KPI's key, or {@code null} for a new random one
	 */
	public record Placed(long nodeId, KpiForm form, String key) {

		public Placed(long nodeId, KpiForm form) {
			this(nodeId, form, null);
		}

	}

	/**
	 * @return the new KPI's id
	 * @throws Refused invalid with the form's problems; not found for an unknown node;
	 * forbidden unless the viewer plans for the plan's owner
	 */
	public long add(Viewer viewer, long nodeId, KpiForm form) {
		return add(viewer, nodeId, form, null);
	}

	/**
	 * As {@link #add(Viewer, long, KpiForm)}, with the KPI's key (a plan written in a
	 * file names its KPIs), or {@code null} for a new random one.
	 */
	public long add(Viewer viewer, long nodeId, KpiForm form, String key) {
		return work.run(() -> intoPlanOf(viewer, nodeId).add(nodeId, form, key));
	}

	/**
	 * Adds many KPIs in one transaction, all or none; a problem's field is
	 * {@code kpis[i].<field>}, {@code i} the KPI's index in {@code placed}.
	 * @return their ids, in the order given
	 */
	public List<Long> addAll(Viewer viewer, long planId, List<Placed> placed) {
		return work.run(() -> into(viewer, planId).addAll(placed));
	}

	/**
	 * As {@link #addAll}, inside the caller's transaction (an import that also adds nodes
	 * and values).
	 */
	public List<Long> addAllInCurrentTransaction(Viewer viewer, long planId, List<Placed> placed) {
		return into(viewer, planId).addAll(placed);
	}

	/**
	 * Lists a KPI again under another node of its plan, marked （再掲）.
	 * @throws Refused invalid when the node is not of the KPI's plan or lists it already
	 */
	public void relist(Viewer viewer, long nodeId, long kpiId) {
		work.run(() -> {
			intoPlanOf(viewer, nodeId).relist(nodeId, kpiId);
			return null;
		});
	}

	/**
	 * A plan's listings to add many KPIs and re-listings to, inside the caller's
	 * transaction (an import, the sample data): authorised and read once.
	 */
	public Listings into(Viewer viewer, long planId) {
		Plan plan = planners.require(viewer, planId);
		Set<Long> nodes = plans.tree(planId)
			.orElseThrow(() -> Refused.notFound("plan " + planId))
			.inReadingOrder()
			.stream()
			.map(PlanNode::id)
			.collect(Collectors.toCollection(HashSet::new));
		return new Listings(viewer.actor(), plan, nodes, kpis.listingsOfPlan(planId));
	}

	private Listings intoPlanOf(Viewer viewer, long nodeId) {
		return into(viewer, planners.requireOfNode(viewer, nodeId).id());
	}

	/** The KPIs listed under the nodes of one plan, as they grow. */
	public final class Listings {

		private final String actor;

		private final Plan plan;

		private final Set<Long> nodes;

		private final Map<Long, Integer> lastPositions = new HashMap<>();

		private final Set<List<Long>> listed = new HashSet<>();

		private Listings(String actor, Plan plan, Set<Long> nodes, List<KpiListing> listings) {
			this.actor = actor;
			this.plan = plan;
			this.nodes = nodes;
			for (KpiListing listing : listings) {
				lastPositions.merge(listing.nodeId(), listing.position(), Math::max);
				listed.add(List.of(listing.nodeId(), listing.kpiId()));
			}
		}

		/** Whether a node is of the plan, also one added since the listings were read. */
		private boolean knows(long nodeId) {
			if (nodes.contains(nodeId)) {
				return true;
			}
			if (plans.planOfNode(nodeId).filter(id -> id == plan.id()).isPresent()) {
				nodes.add(nodeId);
				return true;
			}
			return false;
		}

		/** Adds a KPI at the end of a node; {@code key} {@code null} for a random one. */
		public long add(long nodeId, KpiForm form, String key) {
			return addNow(List.of(new Placed(nodeId, form, key)), "").get(0);
		}

		/** Adds many KPIs, all or none; a problem's field is {@code kpis[i].<field>}. */
		public List<Long> addAll(List<Placed> placed) {
			return addNow(placed, null);
		}

		/** Lists a KPI of the plan again at the end of another node, marked （再掲）. */
		public void relist(long nodeId, long kpiId) {
			Kpi kpi = kpis.findById(kpiId).orElseThrow(() -> Refused.notFound("KPI " + kpiId));
			if (kpi.planId() != plan.id() || !knows(nodeId)) {
				throw Refused.invalid("relistKpi", "authoring.kpi.relist-other-plan");
			}
			if (!listed.add(List.of(nodeId, kpiId))) {
				throw Refused.invalid("relistKpi", "authoring.kpi.relist-twice");
			}
			kpis.addListing(nodeId, kpiId, lastPositions.merge(nodeId, 1, Integer::sum), true);
			audit.record(actor, AuditSubject.kpi(kpiId), AuditAction.KPI_RELISTED, String.valueOf(nodeId), null,
					kpi.name(), null);
		}

		/**
		 * @param singlePrefix the fields' prefix for a single KPI, {@code null} for a
		 * batch
		 */
		private List<Long> addNow(List<Placed> placed, String singlePrefix) {
			List<FieldProblem> problems = new ArrayList<>();
			List<NewKpi> drafts = new ArrayList<>();
			for (int i = 0; i < placed.size(); i++) {
				Placed p = placed.get(i);
				String prefix = singlePrefix != null ? singlePrefix : "kpis[" + i + "].";
				if (!knows(p.nodeId())) {
					problems.add(FieldProblem.of(prefix + "node", "authoring.node.parent-unknown"));
				}
				String key = p.key() == null ? Keys.next("kpi") : p.key();
				drafts.add(p.form().draft(plan.id(), key, prefix, problems));
			}
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			List<Long> ids = kpis.addAll(drafts);
			List<NewListing> listings = new ArrayList<>();
			List<AuditTrail.Change> changes = new ArrayList<>();
			for (int i = 0; i < placed.size(); i++) {
				long nodeId = placed.get(i).nodeId();
				listings.add(new NewListing(nodeId, ids.get(i), lastPositions.merge(nodeId, 1, Integer::sum), false));
				listed.add(List.of(nodeId, ids.get(i)));
				changes.add(new AuditTrail.Change(actor, AuditSubject.kpi(ids.get(i)), AuditAction.KPI_ADDED,
						String.valueOf(nodeId), null, drafts.get(i).name(), null));
			}
			kpis.addListings(listings);
			audit.recordAll(changes);
			return ids;
		}

	}

}
