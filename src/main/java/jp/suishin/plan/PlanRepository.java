package jp.suishin.plan;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;

/** Where plans and their trees are kept. */
public interface PlanRepository {

	List<Plan> findAll();

	/** How many plans each organisation owns (those owning none are left out). */
	default Map<Long, Integer> countByOwner() {
		Map<Long, Integer> counts = new HashMap<>();
		findAll().forEach(plan -> counts.merge(plan.ownerId(), 1, Integer::sum));
		return counts;
	}

	/** The plans of some organisations, in the order they were added. */
	default List<Plan> ofOwners(Set<Long> ownerIds) {
		return findAll().stream().filter(plan -> ownerIds.contains(plan.ownerId())).toList();
	}

	Optional<Plan> findById(long id);

	Optional<Plan> findByKey(String key);

	long add(NewPlan plan);

	long addNode(NewPlanNode node);

	long addProgram(long nodeId, int position, String name, String lead, String summary, Integer fiscalYear);

	/** Changes the evaluation scheme a plan grades with (recorded in the audit trail). */
	void changeScheme(long planId, String scheme, String user);

	/**
	 * The plan a current node belongs to; empty for an unknown or archived node (nothing
	 * is added under an archived one).
	 */
	Optional<Long> planOfNode(long nodeId);

	/** The plan with all its nodes and programs. */
	Optional<PlanTree> tree(long planId);

	/**
	 * When the plan was archived, or empty while it is current (or unknown). An archived
	 * plan is left out of {@link #findAll}, {@link #ofOwners} and {@link #countByOwner};
	 * {@link #findById} still finds it.
	 */
	default Optional<Instant> archivedAt(long planId) {
		return Optional.empty();
	}

	/**
	 * Changes a plan's own row: its name, period, level names (top first) and summary,
	 * recorded in the audit trail; the list of plans' stamp moves with it.
	 */
	default void update(long planId, String name, FiscalPeriod period, List<String> levelNames, String summary,
			String user) {
		throw new UnsupportedOperationException("plans kept here are not edited");
	}

	/** Archives a plan (see {@link #archivedAt}), recorded in the audit trail. */
	default void archive(long planId, String user) {
		throw new UnsupportedOperationException("plans kept here are not archived");
	}

	/** A node of a plan's tree by id, archived or not. */
	default Optional<PlanNode> findNode(long nodeId) {
		return Optional.empty();
	}

	/** A program by id, archived or not. */
	default Optional<Program> findProgram(long programId) {
		return Optional.empty();
	}

	/**
	 * Changes what a node says (its place in the tree stays), recorded in the audit
	 * trail.
	 */
	default void updateNode(long nodeId, String code, String title, String summary, String area, List<String> marks,
			String lead, String user) {
		throw new UnsupportedOperationException("nodes kept here are not edited");
	}

	/**
	 * Moves a node (with its subtree) under another parent of the same plan, or to the
	 * top ({@code null}), at an index among its new siblings (0 = first; past the end =
	 * last); the depths of the subtree follow, the positions of the old and new siblings
	 * are numbered again from 1. Reordering is a move under the same parent. Recorded in
	 * the audit trail.
	 * @throws IllegalArgumentException when the parent is the node itself, one of its
	 * descendants, or a node of another plan (the use case says so to the planner first)
	 */
	default void moveNode(long nodeId, Long parentId, int index, String user) {
		throw new UnsupportedOperationException("nodes kept here are not moved");
	}

	/**
	 * Removes a node with its subtree ({@code subtree}: the node and all its
	 * descendants): archived with their programs when {@code keep}, when a listing of a
	 * KPI still refers to one of them, when one of their programs has a history (see
	 * {@link #removeProgram}) or when experts gave opinions on one of the nodes (left out
	 * of {@link #tree} from now on, still found by {@link #findNode}), deleted with their
	 * programs otherwise. The siblings left behind are numbered again; the removal is
	 * recorded in the audit trail.
	 * @return true when archived, false when deleted
	 */
	default boolean removeNode(long nodeId, Collection<Long> subtree, boolean keep, String user) {
		throw new UnsupportedOperationException("nodes kept here are not removed");
	}

	/** Changes what a program says, recorded in the audit trail. */
	default void updateProgram(long programId, String name, String lead, String summary, FiscalYear year, String user) {
		throw new UnsupportedOperationException("programs kept here are not edited");
	}

	/**
	 * Moves a program under a node of the same plan at an index among its programs (as
	 * {@link #moveNode} moves a node), recorded in the audit trail.
	 */
	default void moveProgram(long programId, long nodeId, int index, String user) {
		throw new UnsupportedOperationException("programs kept here are not moved");
	}

	/**
	 * Removes a program: archived when something was recorded against it — an evaluation
	 * sheet (with its stages and decision) or an expert's opinion on it — (left out of
	 * {@link #tree} from now on, still found by {@link #findProgram} with its sheets),
	 * deleted otherwise (its own audit entries on the plan stay either way). The programs
	 * left under its node are numbered again; the removal is recorded in the audit trail.
	 * @return true when archived, false when deleted
	 */
	default boolean removeProgram(long programId, String user) {
		throw new UnsupportedOperationException("programs kept here are not removed");
	}

}
