package jp.suishin.storage.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

import jp.suishin.storage.PlanVersions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The stamps in {@code plan_version} (V11) and {@code organisation_version} (V10). What a
 * transaction changed is gathered as it goes and written once, in {@code beforeCommit}:
 * the plans of the KPIs and nodes are looked up then, the stamps moved in ascending plan
 * order by one batch, and the list of plans' one row last: every transaction takes the
 * rows in the same order.
 */
@Repository
class JdbcPlanVersions implements PlanVersions {

	/** Ids in one look-up statement. */
	static final int LOOKUP = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	JdbcPlanVersions(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	@Override
	public void changed(long planId) {
		note(pending -> pending.plans.add(planId));
	}

	@Override
	public void changedKpis(Collection<Long> kpiIds) {
		note(pending -> pending.kpis.addAll(kpiIds));
	}

	@Override
	public void changedNodes(Collection<Long> nodeIds) {
		note(pending -> pending.nodes.addAll(nodeIds));
	}

	@Override
	public void added(long planId) {
		jdbc.sql("INSERT INTO plan_version (plan_id, version) VALUES (:plan, 1)").param("plan", planId).update();
		listChanged();
	}

	@Override
	public void listChanged() {
		note(pending -> pending.list = true);
	}

	@Override
	public Optional<String> stampOf(long planId) {
		return jdbc.sql("""
				SELECT p.version, o.version FROM plan_version p, organisation_version o
				WHERE p.plan_id = :plan AND o.id = 1""")
			.param("plan", planId)
			.query((rs, n) -> rs.getLong(1) + "." + rs.getLong(2))
			.optional();
	}

	@Override
	public String stampOfPlanList() {
		return jdbc.sql("""
				SELECT l.version, o.version FROM plan_list_version l, organisation_version o
				WHERE l.id = 1 AND o.id = 1""").query((rs, n) -> rs.getLong(1) + "." + rs.getLong(2)).single();
	}

	/**
	 * Gathers a change for the end of the transaction; without one, writes it at once.
	 */
	private void note(Consumer<Pending> change) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			Pending now = new Pending(this);
			change.accept(now);
			write(now);
			return;
		}
		change.accept(pending());
	}

	/**
	 * The current transaction's changes, held by its synchronization: a transaction
	 * suspended for another (REQUIRES_NEW) keeps its own, and each writes its stamps when
	 * it commits.
	 */
	private Pending pending() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Pending pending && pending.owner == this) {
				return pending;
			}
		}
		Pending pending = new Pending(this);
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	private void write(Pending pending) {
		TreeSet<Long> plans = new TreeSet<>(pending.plans);
		lookUp("SELECT DISTINCT plan_id FROM kpi WHERE id IN (:ids)", pending.kpis, plans);
		lookUp("SELECT DISTINCT plan_id FROM plan_node WHERE id IN (:ids)", pending.nodes, plans);
		if (!plans.isEmpty()) {
			batches.batchUpdate("UPDATE plan_version SET version = version + 1 WHERE plan_id = ?", plans, LOOKUP,
					(ps, plan) -> ps.setLong(1, plan));
		}
		if (pending.list) {
			jdbc.sql("UPDATE plan_list_version SET version = version + 1 WHERE id = 1").update();
		}
		pending.clear();
	}

	private void lookUp(String sql, TreeSet<Long> ids, TreeSet<Long> into) {
		List<Long> all = new ArrayList<>(ids);
		for (int from = 0; from < all.size(); from += LOOKUP) {
			into.addAll(jdbc.sql(sql)
				.param("ids", all.subList(from, Math.min(all.size(), from + LOOKUP)))
				.query(Long.class)
				.list());
		}
	}

	/** What the current transaction changed so far; written just before it commits. */
	private static final class Pending implements TransactionSynchronization {

		final JdbcPlanVersions owner;

		final TreeSet<Long> plans = new TreeSet<>();

		final TreeSet<Long> kpis = new TreeSet<>();

		final TreeSet<Long> nodes = new TreeSet<>();

		boolean list;

		Pending(JdbcPlanVersions owner) {
			this.owner = owner;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			owner.write(this);
		}

		/**
		 * A change noted after the stamps were written (in an after-commit task, say) is
		 * written now, on its own.
		 */
		@Override
		public void afterCompletion(int status) {
			if (status == STATUS_COMMITTED && !isEmpty()) {
				owner.write(this);
			}
		}

		boolean isEmpty() {
			return plans.isEmpty() && kpis.isEmpty() && nodes.isEmpty() && !list;
		}

		void clear() {
			plans.clear();
			kpis.clear();
			nodes.clear();
			list = false;
		}

	}

}
