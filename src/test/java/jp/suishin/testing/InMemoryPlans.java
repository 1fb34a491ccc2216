package jp.suishin.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.plan.NewPlan;
import jp.suishin.plan.NewPlanNode;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;

/** Plans kept in memory, as a test puts them; their trees are not kept. */
public final class InMemoryPlans implements PlanRepository {

	private final Map<Long, Plan> plans = new LinkedHashMap<>();

	/** Stores the plan as it is (replacing one of its id). */
	public Plan put(Plan plan) {
		plans.put(plan.id(), plan);
		return plan;
	}

	@Override
	public Optional<Plan> findById(long id) {
		return Optional.ofNullable(plans.get(id));
	}

	@Override
	public List<Plan> findAll() {
		return List.copyOf(plans.values());
	}

	@Override
	public Optional<Plan> findByKey(String key) {
		return plans.values().stream().filter(p -> p.key().equals(key)).findFirst();
	}

	@Override
	public long add(NewPlan plan) {
		throw new UnsupportedOperationException();
	}

	@Override
	public long addNode(NewPlanNode node) {
		throw new UnsupportedOperationException();
	}

	@Override
	public long addProgram(long nodeId, int position, String name, String lead, String summary, Integer fiscalYear) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void changeScheme(long planId, String scheme, String user) {
		throw new UnsupportedOperationException("the scheme changes through its revisions");
	}

	@Override
	public Optional<Long> planOfNode(long nodeId) {
		return Optional.empty();
	}

	@Override
	public Optional<PlanTree> tree(long planId) {
		throw new UnsupportedOperationException();
	}

}
