package jp.suishin.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

	/** The plan a node belongs to; empty for an unknown node. */
	Optional<Long> planOfNode(long nodeId);

	/** The plan with all its nodes and programs. */
	Optional<PlanTree> tree(long planId);

}
