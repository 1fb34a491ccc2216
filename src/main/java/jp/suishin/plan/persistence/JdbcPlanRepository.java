package jp.suishin.plan.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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

	private final Clock clock;

	JdbcPlanRepository(JdbcClient jdbc, AuditTrail audit, PlanVersions versions, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.versions = versions;
		this.clock = clock;
	}

	@Override
	public List<Plan> findAll() {
		Map<Long, List<String>> levels = levelNames("", null);
		return jdbc.sql(PLAN + " WHERE p.archived_at IS NULL ORDER BY p.id")
			.query((rs, n) -> mapPlan(rs, levels.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	@Override
	public Map<Long, Integer> countByOwner() {
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("SELECT owner_id, COUNT(*) AS plans FROM plan WHERE archived_at IS NULL GROUP BY owner_id")
			.query(rs -> {
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
		return jdbc.sql(PLAN + " WHERE p.owner_id IN (:key) AND p.archived_at IS NULL ORDER BY p.id")
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
		return jdbc.sql("SELECT plan_id FROM plan_node WHERE id = :node AND archived_at IS NULL")
			.param("node", nodeId)
			.query(Long.class)
			.optional();
	}

	@Override
	public Optional<PlanTree> tree(long planId) {
		return findById(planId).map(plan -> {
			List<PlanNode> nodes = jdbc
				.sql("SELECT * FROM plan_node WHERE plan_id = :plan AND archived_at IS NULL ORDER BY depth, position")
				.param("plan", planId)
				.query(this::mapNode)
				.list();
			List<Program> programs = jdbc.sql("""
					SELECT g.* FROM program g JOIN plan_node n ON n.id = g.node_id
					WHERE n.plan_id = :plan AND n.archived_at IS NULL AND g.archived_at IS NULL
					ORDER BY g.node_id, g.position""").param("plan", planId).query(this::mapProgram).list();
			return new PlanTree(plan, nodes, programs);
		});
	}

	@Override
	public Optional<Instant> archivedAt(long planId) {
		return jdbc.sql("SELECT archived_at FROM plan WHERE id = :id AND archived_at IS NOT NULL")
			.param("id", planId)
			.query((rs, n) -> rs.getTimestamp("archived_at").toInstant())
			.optional();
	}

	@Override
	@Transactional
	public void update(long planId, String name, FiscalPeriod period, List<String> levelNames, String summary,
			String user) {
		Plan before = findById(planId).orElseThrow(() -> new IllegalArgumentException("no plan " + planId));
		jdbc.sql(
				"UPDATE plan SET name = :name, period_from = :from, period_to = :to, summary = :summary WHERE id = :id")
			.param("name", name)
			.param("from", period.from().value())
			.param("to", period.to().value())
			.param("summary", summary)
			.param("id", planId)
			.update();
		jdbc.sql("DELETE FROM plan_level WHERE plan_id = :plan").param("plan", planId).update();
		for (int depth = 1; depth <= levelNames.size(); depth++) {
			jdbc.sql("INSERT INTO plan_level (plan_id, depth, name) VALUES (:plan, :depth, :name)")
				.param("plan", planId)
				.param("depth", depth)
				.param("name", levelNames.get(depth - 1))
				.update();
		}
		Plan after = findById(planId).orElseThrow();
		versions.listChanged();
		audit.record(user, AuditSubject.plan(planId), AuditAction.PLAN_EDITED, null, describe(before), describe(after),
				null);
	}

	/** 名称｜期間｜階層, as the audit trail keeps a plan's own row. */
	private static String describe(Plan plan) {
		return plan.name() + "｜" + plan.period().from().value() + "–" + plan.period().to().value() + "｜"
				+ String.join(" → ", plan.levelNames());
	}

	@Override
	@Transactional
	public void archive(long planId, String user) {
		int archived = jdbc
			.sql("UPDATE plan SET archived_at = :now, archived_by = :user WHERE id = :id AND archived_at IS NULL")
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("user", user)
			.param("id", planId)
			.update();
		if (archived == 1) {
			versions.listChanged();
			audit.record(user, AuditSubject.plan(planId), AuditAction.PLAN_ARCHIVED, null, null, null, null);
		}
	}

	@Override
	public Optional<PlanNode> findNode(long nodeId) {
		return jdbc.sql("SELECT * FROM plan_node WHERE id = :id").param("id", nodeId).query(this::mapNode).optional();
	}

	@Override
	public Optional<Program> findProgram(long programId) {
		return jdbc.sql("SELECT * FROM program WHERE id = :id")
			.param("id", programId)
			.query(this::mapProgram)
			.optional();
	}

	@Override
	@Transactional
	public void updateNode(long nodeId, String code, String title, String summary, String area, List<String> marks,
			String lead, String user) {
		PlanNode before = findNode(nodeId).orElseThrow(() -> new IllegalArgumentException("no node " + nodeId));
		jdbc.sql("""
				UPDATE plan_node SET code = :code, title = :title, summary = :summary, area = :area, marks = :marks,
				       lead = :lead
				WHERE id = :id""")
			.param("code", code)
			.param("title", title)
			.param("summary", summary)
			.param("area", area)
			.param("marks", marks.isEmpty() ? null : String.join(MARK_SEPARATOR, marks))
			.param("lead", lead)
			.param("id", nodeId)
			.update();
		PlanNode after = findNode(nodeId).orElseThrow();
		audit.record(user, AuditSubject.plan(before.planId()), AuditAction.NODE_EDITED, "node " + nodeId,
				describe(before), describe(after), null);
	}

	/** 番号 題名［主管］, as the audit trail keeps a node. */
	private static String describe(PlanNode node) {
		return node.label() + (node.lead() == null ? "" : "［" + node.lead() + "］");
	}

	@Override
	@Transactional
	public void moveNode(long nodeId, Long parentId, int index, String user) {
		PlanNode node = findNode(nodeId).orElseThrow(() -> new IllegalArgumentException("no node " + nodeId));
		int depth = 1;
		String parentLabel = "";
		if (parentId != null) {
			PlanNode parent = findNode(parentId).orElseThrow(() -> new IllegalArgumentException("no node " + parentId));
			if (parent.planId() != node.planId()) {
				throw new IllegalArgumentException("node " + parentId + " is in another plan");
			}
			for (PlanNode at = parent; at != null; at = at.parentId() == null ? null
					: findNode(at.parentId()).orElseThrow()) {
				if (at.id() == nodeId) {
					throw new IllegalArgumentException("node " + nodeId + " cannot move under itself");
				}
			}
			depth = parent.depth() + 1;
			parentLabel = parent.label();
		}
		List<Long> siblings = new ArrayList<>(siblingIds(node.planId(), parentId));
		siblings.remove(nodeId);
		siblings.add(Math.max(0, Math.min(index, siblings.size())), nodeId);
		if (!java.util.Objects.equals(node.parentId(), parentId)) {
			List<Long> old = new ArrayList<>(siblingIds(node.planId(), node.parentId()));
			old.remove(nodeId);
			number("plan_node", old);
		}
		jdbc.sql("UPDATE plan_node SET parent_id = :parent WHERE id = :id")
			.param("parent", parentId)
			.param("id", nodeId)
			.update();
		number("plan_node", siblings);
		int shift = depth - node.depth();
		if (shift != 0) {
			List<Long> subtree = subtree(node.planId(), nodeId);
			jdbc.sql("UPDATE plan_node SET depth = depth + :shift WHERE id IN (:ids)")
				.param("shift", shift)
				.param("ids", subtree)
				.update();
		}
		audit.record(user, AuditSubject.plan(node.planId()), AuditAction.NODE_MOVED, "node " + nodeId, describe(node),
				(parentLabel.isEmpty() ? "" : parentLabel + " ＞ ") + (index + 1), null);
	}

	/** The ids of a node and its descendants (archived or not), the node first. */
	private List<Long> subtree(long planId, long nodeId) {
		Map<Long, List<Long>> children = new HashMap<>();
		jdbc.sql("SELECT id, parent_id FROM plan_node WHERE plan_id = :plan AND parent_id IS NOT NULL")
			.param("plan", planId)
			.query(rs -> {
				children.computeIfAbsent(rs.getLong("parent_id"), id -> new ArrayList<>()).add(rs.getLong("id"));
			});
		List<Long> ids = new ArrayList<>();
		ids.add(nodeId);
		for (int i = 0; i < ids.size(); i++) {
			ids.addAll(children.getOrDefault(ids.get(i), List.of()));
		}
		return ids;
	}

	/**
	 * The current (not archived) children of a parent ({@code null}: the goals), in
	 * order.
	 */
	private List<Long> siblingIds(long planId, Long parentId) {
		return jdbc
			.sql("SELECT id FROM plan_node WHERE plan_id = :plan AND archived_at IS NULL AND "
					+ (parentId == null ? "parent_id IS NULL" : "parent_id = :parent") + " ORDER BY position, id")
			.param("plan", planId)
			.param("parent", parentId)
			.query(Long.class)
			.list();
	}

	/**
	 * Numbers rows 1, 2, 3 … in the order given.
	 * @param table {@code plan_node} or {@code program} (a constant, never input)
	 */
	private void number(String table, List<Long> ids) {
		for (int i = 0; i < ids.size(); i++) {
			jdbc.sql("UPDATE " + table + " SET position = :position WHERE id = :id")
				.param("position", i + 1)
				.param("id", ids.get(i))
				.update();
		}
	}

	@Override
	@Transactional
	public boolean removeNode(long nodeId, Collection<Long> subtree, boolean keep, String user) {
		PlanNode node = findNode(nodeId).orElseThrow(() -> new IllegalArgumentException("no node " + nodeId));
		long planId = node.planId();
		List<Long> ids = new ArrayList<>(subtree);
		if (!ids.contains(nodeId)) {
			ids.add(nodeId);
		}
		boolean referred = jdbc.sql("SELECT COUNT(*) FROM kpi_listing WHERE node_id IN (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.single() > 0;
		boolean archive = keep || referred || recordedAgainstNodes(ids);
		if (archive) {
			Timestamp now = Timestamp.from(Instant.now(clock));
			jdbc.sql("""
					UPDATE plan_node SET archived_at = :now, archived_by = :user
					WHERE plan_id = :plan AND id IN (:ids) AND archived_at IS NULL""")
				.param("now", now)
				.param("user", user)
				.param("plan", planId)
				.param("ids", ids)
				.update();
			jdbc.sql("""
					UPDATE program SET archived_at = :now, archived_by = :user
					WHERE node_id IN (:ids) AND archived_at IS NULL""")
				.param("now", now)
				.param("user", user)
				.param("ids", ids)
				.update();
		}
		else {
			jdbc.sql("DELETE FROM program WHERE node_id IN (:ids)").param("ids", ids).update();
			// children before their parents: the deepest first
			List<Long> deepestFirst = jdbc
				.sql("SELECT id FROM plan_node WHERE plan_id = :plan AND id IN (:ids) ORDER BY depth DESC, id")
				.param("plan", planId)
				.param("ids", ids)
				.query(Long.class)
				.list();
			for (long id : deepestFirst) {
				jdbc.sql("DELETE FROM plan_node WHERE id = :id").param("id", id).update();
			}
		}
		number("plan_node", siblingIds(planId, node.parentId()));
		audit.record(user, AuditSubject.plan(planId), archive ? AuditAction.NODE_ARCHIVED : AuditAction.NODE_REMOVED,
				"node " + nodeId, describe(node), null, null);
		return archive;
	}

	@Override
	@Transactional
	public void updateProgram(long programId, String name, String lead, String summary, FiscalYear year, String user) {
		Program before = findProgram(programId)
			.orElseThrow(() -> new IllegalArgumentException("no program " + programId));
		jdbc.sql(
				"UPDATE program SET name = :name, lead = :lead, summary = :summary, fiscal_year = :year WHERE id = :id")
			.param("name", name)
			.param("lead", lead)
			.param("summary", summary)
			.param("year", year == null ? null : year.value())
			.param("id", programId)
			.update();
		Program after = findProgram(programId).orElseThrow();
		audit.record(user, AuditSubject.plan(planIdOfNode(before.nodeId())), AuditAction.PROGRAM_EDITED,
				"program " + programId, describe(before), describe(after), null);
	}

	private static String describe(Program program) {
		return program.name() + (program.lead() == null ? "" : "［" + program.lead() + "］");
	}

	private long planIdOfNode(long nodeId) {
		return findNode(nodeId).orElseThrow(() -> new IllegalArgumentException("no node " + nodeId)).planId();
	}

	@Override
	@Transactional
	public void moveProgram(long programId, long nodeId, int index, String user) {
		Program program = findProgram(programId)
			.orElseThrow(() -> new IllegalArgumentException("no program " + programId));
		long planId = planIdOfNode(program.nodeId());
		PlanNode node = findNode(nodeId).orElseThrow(() -> new IllegalArgumentException("no node " + nodeId));
		if (node.planId() != planId) {
			throw new IllegalArgumentException("node " + nodeId + " is in another plan");
		}
		if (program.nodeId() != nodeId) {
			List<Long> old = new ArrayList<>(programIds(program.nodeId()));
			old.remove(programId);
			number("program", old);
		}
		jdbc.sql("UPDATE program SET node_id = :node WHERE id = :id")
			.param("node", nodeId)
			.param("id", programId)
			.update();
		List<Long> programs = new ArrayList<>(programIds(nodeId));
		programs.remove(programId);
		programs.add(Math.max(0, Math.min(index, programs.size())), programId);
		number("program", programs);
		audit.record(user, AuditSubject.plan(planId), AuditAction.PROGRAM_MOVED, "program " + programId,
				describe(program), node.label() + " ＞ " + (index + 1), null);
	}

	private List<Long> programIds(long nodeId) {
		return jdbc.sql("SELECT id FROM program WHERE node_id = :node AND archived_at IS NULL ORDER BY position, id")
			.param("node", nodeId)
			.query(Long.class)
			.list();
	}

	@Override
	@Transactional
	public boolean removeProgram(long programId, String user) {
		Program program = findProgram(programId)
			.orElseThrow(() -> new IllegalArgumentException("no program " + programId));
		long planId = planIdOfNode(program.nodeId());
		boolean archive = recordedAgainstPrograms(List.of(programId));
		if (archive) {
			jdbc.sql(
					"UPDATE program SET archived_at = :now, archived_by = :user WHERE id = :id AND archived_at IS NULL")
				.param("now", Timestamp.from(Instant.now(clock)))
				.param("user", user)
				.param("id", programId)
				.update();
		}
		else {
			jdbc.sql("DELETE FROM program WHERE id = :id").param("id", programId).update();
		}
		List<Long> rest = programIds(program.nodeId());
		number("program", rest);
		audit.record(user, AuditSubject.plan(planId),
				archive ? AuditAction.PROGRAM_ARCHIVED : AuditAction.PROGRAM_REMOVED, "program " + programId,
				describe(program), null, null);
		return archive;
	}

	/**
	 * Whether the evaluation of a program (its sheets, with their stages and decision) or
	 * the experts' opinions on it were recorded: deleting the program would take them
	 * with it (the sheets go with their program) or leave them about nothing (an opinion
	 * names its subject by id). The tables are the evaluation's and the verification's,
	 * read here in SQL so that the plan needs neither module.
	 */
	private boolean recordedAgainstPrograms(Collection<Long> programIds) {
		if (programIds.isEmpty()) {
			return false;
		}
		return jdbc.sql("""
				SELECT CASE WHEN EXISTS (SELECT 1 FROM evaluation_sheet WHERE program_id IN (:ids))
				  OR EXISTS (SELECT 1 FROM expert_opinion WHERE subject_kind = 'PROGRAM' AND subject_id IN (:ids))
				THEN 1 ELSE 0 END""").param("ids", programIds).query(Integer.class).single() == 1;
	}

	/**
	 * Whether anything was recorded against nodes beyond their KPIs: the evaluation of or
	 * the experts' opinions on one of their programs (see
	 * {@link #recordedAgainstPrograms}; archived programs too, which deleting the nodes
	 * would delete), or the experts' opinions on one of the nodes themselves.
	 */
	private boolean recordedAgainstNodes(Collection<Long> nodeIds) {
		List<Long> programs = jdbc.sql("SELECT id FROM program WHERE node_id IN (:ids)")
			.param("ids", nodeIds)
			.query(Long.class)
			.list();
		return recordedAgainstPrograms(programs)
				|| jdbc.sql("SELECT COUNT(*) FROM expert_opinion WHERE subject_kind = 'NODE' AND subject_id IN (:ids)")
					.param("ids", nodeIds)
					.query(Long.class)
					.single() > 0
				// a node's activities and next actions are what its reports printed
				|| jdbc
					.sql("SELECT (SELECT COUNT(*) FROM activity WHERE node_id IN (:ids))"
							+ " + (SELECT COUNT(*) FROM next_action WHERE node_id IN (:ids))")
					.param("ids", nodeIds)
					.query(Long.class)
					.single() > 0;
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
