package jp.suishin.plan;

import java.util.List;
import java.util.Optional;

/** Where plans and their trees are kept. */
public interface PlanRepository {

	List<Plan> findAll();

	Optional<Plan> findById(long id);

	Optional<Plan> findByKey(String key);

	long add(NewPlan plan);

	long addNode(NewPlanNode node);

	long addProgram(long nodeId, int position, String name, String lead, String summary, Integer fiscalYear);

	/** Changes the evaluation scheme a plan grades with (recorded in the audit trail). */
	void changeScheme(long planId, String scheme, String user);

	/** The plan with all its nodes and programs. */
	Optional<PlanTree> tree(long planId);

}
