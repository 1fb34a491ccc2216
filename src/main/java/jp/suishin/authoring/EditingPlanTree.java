package jp.suishin.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.suishin.account.Viewer;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.KpiListing;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Edits a plan's tree: what a node (a goal, a measure, …) says, where it stands (moved
 * under another node of the same plan, or up and down among its siblings), its removal;
 * and the same for the programs (具体的な事業) under a node. Only the planners of the plan's
 * owner may, on a plan that is not archived.
 * <p>
 * Removing a node removes its subtree. A KPI listed under the subtree goes with it: a
 * re-listing (再掲) is simply removed; a KPI whose own listing is there but which is
 * re-listed outside the subtree stays, its first outside re-listing becoming its own; any
 * other is removed as {@link RemovingKpi} removes one — archived when anything was
 * recorded about it, deleted otherwise. The subtree is archived when any of its KPIs was
 * archived (their listings keep pointing at it, for the editions that contain them), when
 * one of its programs has a history (see below) or when experts gave opinions on one of
 * its nodes, and deleted otherwise (its edits are the plan's audit entries, which stay).
 * <p>
 * A program has a history when it was evaluated (an evaluation sheet, with its stages and
 * decision) or experts gave opinions on it: removed, it is archived — it leaves the
 * plan's tree, and its sheets and opinions stay with it — and deleted otherwise.
 */
public final class EditingPlanTree {

	/** What a removal did. */
	public enum Removal {

		/** Nothing was recorded about it: it is gone. */
		DELETED,
		/** Something was recorded about it: it left the plan, and is kept. */
		ARCHIVED

	}

	/** The marks' column: all of a node's marks, joined by {@code |}. */
	static final int MARKS_MAX_LENGTH = 200;

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final PlanEditors editors;

	private final InOneTransaction work;

	public EditingPlanTree(PlanRepository plans, KpiRepository kpis, PlanPlanners planners, InOneTransaction work) {
		this.plans = plans;
		this.kpis = kpis;
		this.editors = new PlanEditors(planners, plans);
		this.work = work;
	}

	/**
	 * Changes what a node says as {@link NodeForm} checks it; its place stays.
	 * @throws Refused invalid naming the fields ({@code nodeTitle}, {@code nodeCode},
	 * {@code nodeSummary}, {@code nodeArea}, {@code nodeLead}, {@code nodeMarks}); not
	 * found, forbidden
	 */
	public void editNode(Viewer viewer, long nodeId, NodeForm form) {
		work.run(() -> {
			node(viewer, nodeId);
			List<FieldProblem> problems = new ArrayList<>();
			NodeForm.Checked node = form.checked(problems);
			if (node != null && String.join("|", node.marks()).length() > MARKS_MAX_LENGTH
					|| node != null && node.marks().stream().anyMatch(m -> m.contains("|"))) {
				problems.add(FieldProblem.of("nodeMarks", "authoring.node.marks-invalid", MARKS_MAX_LENGTH));
			}
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			plans.updateNode(nodeId, node.code(), node.title(), node.summary(), node.area(), node.marks(), node.lead(),
					viewer.actor());
			return null;
		});
	}

	/**
	 * Moves a node with its subtree under another node of the plan ({@code null}: to the
	 * top) at an index among its new siblings (0 = first, past the end = last).
	 * @throws Refused invalid ({@code parentId}) when the new parent is the node itself,
	 * below it, or not in the plan
	 */
	public void moveNode(Viewer viewer, long nodeId, Long parentId, int index) {
		work.run(() -> {
			PlanNode node = node(viewer, nodeId);
			PlanTree tree = plans.tree(node.planId()).orElseThrow();
			if (parentId != null) {
				Optional<PlanNode> parent = tree.node(parentId);
				if (parent.isEmpty()) {
					throw Refused.invalid("parentId", "authoring.node.move-target-unknown");
				}
				if (tree.subtreeOf(node.id()).contains(parentId)) {
					throw Refused.invalid("parentId", "authoring.node.parent-inside", parent.get().label());
				}
			}
			plans.moveNode(nodeId, parentId, index, viewer.actor());
			return null;
		});
	}

	/** Moves a node one place up ({@code -1}) or down ({@code +1}) among its siblings. */
	public void reorderNode(Viewer viewer, long nodeId, int step) {
		work.run(() -> {
			PlanNode node = node(viewer, nodeId);
			PlanTree tree = plans.tree(node.planId()).orElseThrow();
			List<PlanNode> siblings = node.parentId() == null ? tree.roots() : tree.children(node.parentId());
			int at = siblings.indexOf(node);
			int to = at + Integer.signum(step);
			if (at >= 0 && to >= 0 && to < siblings.size()) {
				plans.moveNode(nodeId, node.parentId(), to, viewer.actor());
			}
			return null;
		});
	}

	/** Removes a node and its subtree: archived or deleted, as the class says. */
	public Removal removeNode(Viewer viewer, long nodeId) {
		return work.run(() -> {
			PlanNode node = node(viewer, nodeId);
			PlanTree tree = plans.tree(node.planId()).orElseThrow();
			Set<Long> subtree = tree.subtreeOf(node.id());
			List<KpiListing> listings = kpis.listingsOfPlan(node.planId());
			boolean archived = false;
			for (KpiListing listing : listings) {
				if (!subtree.contains(listing.nodeId())) {
					continue;
				}
				if (listing.relisted()) {
					kpis.removeListing(listing.id(), viewer.actor());
					continue;
				}
				Optional<KpiListing> outside = listings.stream()
					.filter(l -> l.kpiId() == listing.kpiId() && l.relisted() && !subtree.contains(l.nodeId()))
					.findFirst();
				if (outside.isPresent()) {
					kpis.makeOwnListing(outside.get().id());
					kpis.removeListing(listing.id(), viewer.actor());
				}
				else if (kpis.remove(listing.kpiId(), viewer.actor())) {
					archived = true;
				}
			}
			archived = plans.removeNode(nodeId, subtree, archived, viewer.actor());
			return archived ? Removal.ARCHIVED : Removal.DELETED;
		});
	}

	/** The node, when the viewer may edit its plan and it is a current node. */
	private PlanNode node(Viewer viewer, long nodeId) {
		PlanNode node = plans.findNode(nodeId).orElseThrow(() -> Refused.notFound("node " + nodeId));
		editors.require(viewer, node.planId());
		if (plans.tree(node.planId()).flatMap(t -> t.node(nodeId)).isEmpty()) {
			throw Refused.notFound("archived node " + nodeId);
		}
		return node;
	}

	/**
	 * Changes what a program says as {@link ProgramForm} checks it.
	 * @throws Refused invalid naming the fields ({@code programName},
	 * {@code programLead}, {@code programSummary}, {@code programYear})
	 */
	public void editProgram(Viewer viewer, long programId, ProgramForm form) {
		work.run(() -> {
			program(viewer, programId);
			List<FieldProblem> problems = new ArrayList<>();
			ProgramForm.Checked program = form.checked(problems);
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			plans.updateProgram(programId, program.name(), program.lead(), program.summary(),
					program.fiscalYear() == null ? null : FiscalYear.of(program.fiscalYear()), viewer.actor());
			return null;
		});
	}

	/** Moves a program one place up ({@code -1}) or down ({@code +1}) under its node. */
	public void reorderProgram(Viewer viewer, long programId, int step) {
		work.run(() -> {
			Program program = program(viewer, programId);
			PlanNode node = plans.findNode(program.nodeId()).orElseThrow();
			List<Program> siblings = plans.tree(node.planId()).orElseThrow().programs(node.id());
			int at = siblings.indexOf(program);
			int to = at + Integer.signum(step);
			if (at >= 0 && to >= 0 && to < siblings.size()) {
				plans.moveProgram(programId, node.id(), to, viewer.actor());
			}
			return null;
		});
	}

	/**
	 * Moves a program under another node of the same plan, last.
	 * @throws Refused invalid ({@code nodeId}) for a node not in the plan
	 */
	public void moveProgram(Viewer viewer, long programId, long nodeId) {
		work.run(() -> {
			Program program = program(viewer, programId);
			PlanNode from = plans.findNode(program.nodeId()).orElseThrow();
			if (plans.tree(from.planId()).flatMap(t -> t.node(nodeId)).isEmpty()) {
				throw Refused.invalid("nodeId", "authoring.node.move-target-unknown");
			}
			plans.moveProgram(programId, nodeId, Integer.MAX_VALUE, viewer.actor());
			return null;
		});
	}

	/** Removes a program: archived or deleted, as the class says. */
	public Removal removeProgram(Viewer viewer, long programId) {
		return work.run(() -> {
			program(viewer, programId);
			return plans.removeProgram(programId, viewer.actor()) ? Removal.ARCHIVED : Removal.DELETED;
		});
	}

	private Program program(Viewer viewer, long programId) {
		Program program = plans.findProgram(programId).orElseThrow(() -> Refused.notFound("program " + programId));
		PlanNode node = plans.findNode(program.nodeId()).orElseThrow();
		editors.require(viewer, node.planId());
		// an archived program (or one under an archived node) is kept as it is
		boolean current = plans.tree(node.planId())
			.map(tree -> tree.programs(node.id()).stream().anyMatch(p -> p.id() == programId))
			.orElse(false);
		if (!current) {
			throw Refused.notFound("program " + programId);
		}
		return program;
	}

}
