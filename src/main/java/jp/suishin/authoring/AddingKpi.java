package jp.suishin.authoring;

import java.util.ArrayList;
import java.util.HashMap;
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
		return work.run(() -> {
			Plan plan = planners.requireOfNode(viewer, nodeId);
			return addNow(viewer, plan, Set.of(nodeId), List.of(new Placed(nodeId, form, key)), "").get(0);
		});
	}

	/**
	 * Adds many KPIs in one transaction, all or none; a problem's field is
	 * {@code kpis[i].<field>}, {@code i} the KPI's index in {@code placed}.
	 * @return their ids, in the order given
	 */
	public List<Long> addAll(Viewer viewer, long planId, List<Placed> placed) {
		return work.run(() -> addAllInCurrentTransaction(viewer, planId, placed));
	}

	/**
	 * As {@link #addAll}, inside the caller's transaction (an import that also adds nodes
	 * and values).
	 */
	public List<Long> addAllInCurrentTransaction(Viewer viewer, long planId, List<Placed> placed) {
		Plan plan = planners.require(viewer, planId);
		Set<Long> nodes = plans.tree(planId)
			.orElseThrow(() -> Refused.notFound("plan " + planId))
			.inReadingOrder()
			.stream()
			.map(PlanNode::id)
			.collect(Collectors.toSet());
		return addNow(viewer, plan, nodes, placed, null);
	}

	/**
	 * Lists a KPI again under another node of its plan, marked （再掲）.
	 * @throws Refused invalid when the node is not of the KPI's plan or lists it already
	 */
	public void relist(Viewer viewer, long nodeId, long kpiId) {
		work.run(() -> {
			Plan plan = planners.requireOfNode(viewer, nodeId);
			Kpi kpi = kpis.findById(kpiId).orElseThrow(() -> Refused.notFound("KPI " + kpiId));
			if (kpi.planId() != plan.id()) {
				throw Refused.invalid("relistKpi", "authoring.kpi.relist-other-plan");
			}
			List<KpiListing> listings = kpis.listingsOfPlan(plan.id());
			if (listings.stream().anyMatch(l -> l.nodeId() == nodeId && l.kpiId() == kpiId)) {
				throw Refused.invalid("relistKpi", "authoring.kpi.relist-twice");
			}
			int position = listings.stream()
				.filter(l -> l.nodeId() == nodeId)
				.mapToInt(KpiListing::position)
				.max()
				.orElse(0) + 1;
			kpis.addListing(nodeId, kpiId, position, true);
			audit.record(viewer.actor(), AuditSubject.kpi(kpiId), AuditAction.KPI_RELISTED, String.valueOf(nodeId),
					null, kpi.name(), null);
			return null;
		});
	}

	/**
	 * @param nodes the plan's nodes (those the KPIs may go under)
	 * @param singlePrefix the fields' prefix for a single KPI, {@code null} for a batch
	 */
	private List<Long> addNow(Viewer viewer, Plan plan, Set<Long> nodes, List<Placed> placed, String singlePrefix) {
		List<FieldProblem> problems = new ArrayList<>();
		List<NewKpi> drafts = new ArrayList<>();
		for (int i = 0; i < placed.size(); i++) {
			Placed p = placed.get(i);
			String prefix = singlePrefix != null ? singlePrefix : "kpis[" + i + "].";
			if (!nodes.contains(p.nodeId())) {
				problems.add(FieldProblem.of(prefix + "node", "authoring.node.parent-unknown"));
			}
			String key = p.key() == null ? Keys.next("kpi") : p.key();
			drafts.add(p.form().draft(plan.id(), key, prefix, problems));
		}
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		List<Long> ids = kpis.addAll(drafts);
		Map<Long, Integer> lastPositions = new HashMap<>();
		for (KpiListing listing : kpis.listingsOfPlan(plan.id())) {
			lastPositions.merge(listing.nodeId(), listing.position(), Math::max);
		}
		List<NewListing> listings = new ArrayList<>();
		List<AuditTrail.Change> changes = new ArrayList<>();
		for (int i = 0; i < placed.size(); i++) {
			long nodeId = placed.get(i).nodeId();
			listings.add(new NewListing(nodeId, ids.get(i), lastPositions.merge(nodeId, 1, Integer::sum), false));
			changes.add(new AuditTrail.Change(viewer.actor(), AuditSubject.kpi(ids.get(i)), AuditAction.KPI_ADDED,
					String.valueOf(nodeId), null, drafts.get(i).name(), null));
		}
		kpis.addListings(listings);
		audit.recordAll(changes);
		return ids;
	}

}
