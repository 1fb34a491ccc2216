package jp.suishin.plan.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.plan.BaselinePolicy;
import jp.suishin.plan.DonationBudget;
import jp.suishin.plan.NewPlan;
import jp.suishin.plan.NewPlanNode;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;
import jp.suishin.storage.Columns;
import jp.suishin.storage.PlanVersions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcPlanRepository implements PlanRepository {

	private static final String MARK_SEPARATOR = "|";

	private static final String PLAN = """
			SELECT p.id, p.plan_key, p.owner_id, p.name, p.period_from, p.period_to, p.source, p.summary, p.scheme, p.baseline_policy,
			       d.amount, d.amount_scale, d.unit, d.period_from AS d_from, d.period_to AS d_to, d.note AS d_note
			FROM plan p LEFT JOIN donation_budget d ON d.plan_id = p.id""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final PlanVersions versions;

	JdbcPlanRepository(JdbcClient jdbc, AuditTrail audit, PlanVersions versions) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.versions = versions;
	}

	@Override
	public List<Plan> findAll() {
		Map<Long, List<String>> levels = levelNames("", null);
		return jdbc.sql(PLAN + " ORDER BY p.id")
			.query((rs, n) -> mapPlan(rs, levels.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	@Override
	public Map<Long, Integer> countByOwner() {
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("SELECT owner_id, COUNT(*) AS plans FROM plan GROUP BY owner_id").query(rs -> {
			counts.put(rs.getLong("owner_id"), rs.getInt("plans"));
		});
		return counts;
	}

	@Override
	public List<Plan> ofOwners(Set<Long> ownerIds) {
		if (ownerIds.isEmpty()) {
			return List.of();
		}
		Map<Long, List<String>> levels = levelNames("WHERE p.owner_id IN (:key)", ownerIds);
		return jdbc.sql(PLAN + " WHERE p.owner_id IN (:key) ORDER BY p.id")
			.param("key", ownerIds)
			.query((rs, n) -> mapPlan(rs, levels.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	@Override
	public Optional<Plan> findById(long id) {
		return findOne("p.id = :key", id);
	}

	@Override
	public Optional<Plan> findByKey(String key) {
		return findOne("p.plan_key = :key", key);
	}

	/**
	 * A plan and its level names in two statements, one after the other: the row mapper
	 * never queries again while its result is open (outside a transaction that would hold
	 * one pooled connection while waiting for a second).
	 */
	private Optional<Plan> findOne(String condition, Object key) {
		Map<Long, List<String>> levels = levelNames("WHERE " + condition, key);
		return jdbc.sql(PLAN + " WHERE " + condition)
			.param("key", key)
			.query((rs, n) -> mapPlan(rs, levels.getOrDefault(rs.getLong("id"), List.of())))
			.optional();
	}

	/** Level names per plan id, in depth order, of the plans the condition selects. */
	private Map<Long, List<String>> levelNames(String where, Object key) {
		Map<Long, List<String>> levels = new HashMap<>();
		JdbcClient.StatementSpec query = jdbc
			.sql("SELECT l.plan_id, l.name FROM plan_level l JOIN plan p ON p.id = l.plan_id " + where
					+ " ORDER BY l.plan_id, l.depth");
		if (key != null) {
			query = query.param("key", key);
		}
		query.query(rs -> {
			levels.computeIfAbsent(rs.getLong("plan_id"), id -> new ArrayList<>()).add(rs.getString("name"));
		});
		return levels;
	}

	@Override
	@Transactional
	public long add(NewPlan plan) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO plan (plan_key, owner_id, name, period_from, period_to, source, summary, scheme,
				                  baseline_policy)
				VALUES (:key, :owner, :name, :from, :to, :source, :summary, :scheme, :policy)""")
			.param("key", plan.key())
			.param("owner", plan.ownerId())
			.param("name", plan.name())
			.param("from", plan.period().from().value())
			.param("to", plan.period().to().value())
			.param("source", plan.source())
			.param("summary", plan.summary())
			.param("scheme", plan.scheme())
			.param("policy", plan.baselinePolicy().name())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		versions.added(id);
		for (int depth = 1; depth <= plan.levelNames().size(); depth++) {
			jdbc.sql("INSERT INTO plan_level (plan_id, depth, name) VALUES (:plan, :depth, :name)")
				.param("plan", id)
				.param("depth", depth)
				.param("name", plan.levelNames().get(depth - 1))
				.update();
		}
		DonationBudget budget = plan.donationBudget();
		if (budget != null) {
			jdbc.sql("""
					INSERT INTO donation_budget (plan_id, amount, amount_scale, unit, period_from, period_to, note)
					VALUES (:plan, :amount, :scale, :unit, :from, :to, :note)""")
				.param("plan", id)
				.param("amount", budget.amount())
				.param("scale", Columns.scaleOf(budget.amount()))
				.param("unit", budget.unit().text())
				.param("from", budget.period().from().value())
				.param("to", budget.period().to().value())
				.param("note", budget.note())
				.update();
		}
		return id;
	}

	@Override
	public long addNode(NewPlanNode node) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO plan_node (plan_id, parent_id, depth, position, code, title, summary, area, marks, lead)
				VALUES (:plan, :parent, :depth, :position, :code, :title, :summary, :area, :marks, :lead)""")
			.param("plan", node.planId())
			.param("parent", node.parentId())
			.param("depth", node.depth())
			.param("position", node.position())
			.param("code", node.code())
			.param("title", node.title())
			.param("summary", node.summary())
			.param("area", node.area())
			.param("marks", node.marks().isEmpty() ? null : String.join(MARK_SEPARATOR, node.marks()))
			.param("lead", node.lead())
			.update(keys, "id");
		versions.changed(node.planId());
		return keys.getKey().longValue();
	}

	@Override
	public long addProgram(long nodeId, int position, String name, String lead, String summary, Integer fiscalYear) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO program (node_id, position, name, lead, summary, fiscal_year)
				VALUES (:node, :position, :name, :lead, :summary, :year)""")
			.param("node", nodeId)
			.param("position", position)
			.param("name", name)
			.param("lead", lead)
			.param("summary", summary)
			.param("year", fiscalYear)
			.update(keys, "id");
		versions.changedNodes(List.of(nodeId));
		return keys.getKey().longValue();
	}

	@Override
	@Transactional
	public void changeScheme(long planId, String scheme, String user) {
		String before = findById(planId).map(Plan::scheme).orElse(null);
		jdbc.sql("UPDATE plan SET scheme = :scheme WHERE id = :id")
			.param("scheme", scheme)
			.param("id", planId)
			.update();
		versions.listChanged();
		audit.record(user, AuditSubject.plan(planId), AuditAction.SCHEME_CHANGED, null, before, scheme, null);
	}

	@Override
	public Optional<Long> planOfNode(long nodeId) {
		return jdbc.sql("SELECT plan_id FROM plan_node WHERE id = :node")
			.param("node", nodeId)
			.query(Long.class)
			.optional();
	}

	@Override
	public Optional<PlanTree> tree(long planId) {
		return findById(planId).map(plan -> {
			List<PlanNode> nodes = jdbc.sql("SELECT * FROM plan_node WHERE plan_id = :plan ORDER BY depth, position")
				.param("plan", planId)
				.query(this::mapNode)
				.list();
			List<Program> programs = jdbc.sql("""
					SELECT g.* FROM program g JOIN plan_node n ON n.id = g.node_id
					WHERE n.plan_id = :plan ORDER BY g.node_id, g.position""")
				.param("plan", planId)
				.query(this::mapProgram)
				.list();
			return new PlanTree(plan, nodes, programs);
		});
	}

	private Plan mapPlan(ResultSet rs, List<String> levels) throws SQLException {
		long id = rs.getLong("id");
		DonationBudget budget = null;
		if (rs.getBigDecimal("amount") != null) {
			budget = new DonationBudget(Columns.amount(rs, "amount", "amount_scale"), Unit.of(rs.getString("unit")),
					FiscalPeriod.of(rs.getInt("d_from"), rs.getInt("d_to")), rs.getString("d_note"));
		}
		return new Plan(id, rs.getString("plan_key"), rs.getString("name"), rs.getLong("owner_id"),
				FiscalPeriod.of(rs.getInt("period_from"), rs.getInt("period_to")), levels, rs.getString("source"),
				rs.getString("summary"), budget, rs.getString("scheme"),
				BaselinePolicy.valueOf(rs.getString("baseline_policy")));
	}

	private PlanNode mapNode(ResultSet rs, int row) throws SQLException {
		Long parentId = Columns.nullableLong(rs, "parent_id");
		String marks = rs.getString("marks");
		return new PlanNode(rs.getLong("id"), rs.getLong("plan_id"), parentId, rs.getInt("depth"),
				rs.getInt("position"), rs.getString("code"), rs.getString("title"), rs.getString("summary"),
				rs.getString("area"), marks == null ? List.of() : Arrays.asList(marks.split("\\|")),
				rs.getString("lead"));
	}

	private Program mapProgram(ResultSet rs, int row) throws SQLException {
		Integer year = Columns.nullableInt(rs, "fiscal_year");
		FiscalYear fiscalYear = year == null ? null : FiscalYear.of(year);
		return new Program(rs.getLong("id"), rs.getLong("node_id"), rs.getInt("position"), rs.getString("name"),
				rs.getString("lead"), rs.getString("summary"), fiscalYear);
	}

}
