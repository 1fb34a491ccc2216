package jp.suishin.linkage.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.suishin.linkage.Computation;
import jp.suishin.linkage.ComputationMethod;
import jp.suishin.linkage.KpiLink;
import jp.suishin.linkage.KpiLinks;
import jp.suishin.linkage.LinkKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The links and computations of V25's tables. */
@Repository
class JdbcKpiLinks implements KpiLinks {

	private static final String SELECT = "SELECT id, kpi_id, linked_kpi_id, kind, created_at, created_by FROM kpi_link ";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcKpiLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public long add(long kpiId, long linkedKpiId, LinkKind kind, String actor) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO kpi_link (kpi_id, linked_kpi_id, kind, created_at, created_by)
				VALUES (:kpi, :linked, :kind, :now, :actor)""")
			.param("kpi", kpiId)
			.param("linked", linkedKpiId)
			.param("kind", kind.name())
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("actor", actor)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	@Override
	public Optional<KpiLink> find(long linkId) {
		return jdbc.sql(SELECT + "WHERE id = :id").param("id", linkId).query(JdbcKpiLinks::link).optional();
	}

	@Override
	public boolean remove(long linkId) {
		return jdbc.sql("DELETE FROM kpi_link WHERE id = :id").param("id", linkId).update() > 0;
	}

	@Override
	public List<KpiLink> ofKpi(long kpiId) {
		return ofKpis(List.of(kpiId));
	}

	@Override
	public List<KpiLink> ofKpis(Collection<Long> kpiIds) {
		if (kpiIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "WHERE kpi_id IN (:ids) OR linked_kpi_id IN (:ids) ORDER BY created_at, id")
			.param("ids", Set.copyOf(kpiIds))
			.query(JdbcKpiLinks::link)
			.list();
	}

	@Override
	public List<KpiLink> contributorsOf(Collection<Long> kpiIds) {
		if (kpiIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "WHERE linked_kpi_id IN (:ids) AND kind = 'CONTRIBUTES_TO' ORDER BY created_at, id")
			.param("ids", Set.copyOf(kpiIds))
			.query(JdbcKpiLinks::link)
			.list();
	}

	/**
	 * Walks the links a level at a time, one statement per level: the number of
	 * statements is the depth of the links, never the number of KPIs (a star of 1,800
	 * members around one KPI is two levels). The walk ends at what it has seen, so a
	 * cycle of same-indicator links (each link reads both ways) ends too.
	 */
	@Override
	public Set<Long> contributesUpTo(long kpiId) {
		Set<Long> reached = new LinkedHashSet<>();
		Set<Long> frontier = Set.of(kpiId);
		while (!frontier.isEmpty()) {
			Set<Long> next = new LinkedHashSet<>(jdbc
				.sql("SELECT DISTINCT linked_kpi_id FROM kpi_link WHERE kpi_id IN (:ids) AND kind = 'CONTRIBUTES_TO'")
				.param("ids", frontier)
				.query(Long.class)
				.list());
			next.removeAll(reached);
			next.remove(kpiId);
			reached.addAll(next);
			frontier = next;
		}
		return reached;
	}

	@Override
	public Set<Long> indicatorOf(long kpiId) {
		Set<Long> same = new LinkedHashSet<>(List.of(kpiId));
		Set<Long> frontier = Set.of(kpiId);
		while (!frontier.isEmpty()) {
			Set<Long> next = new LinkedHashSet<>();
			jdbc.sql("SELECT kpi_id, linked_kpi_id FROM kpi_link WHERE kind = 'SAME_INDICATOR' "
					+ "AND (kpi_id IN (:ids) OR linked_kpi_id IN (:ids))")
				.param("ids", frontier)
				.query((rs, row) -> {
					next.add(rs.getLong(1));
					next.add(rs.getLong(2));
					return null;
				})
				.list();
			next.removeAll(same);
			same.addAll(next);
			frontier = next;
		}
		Set<Long> indicator = new LinkedHashSet<>(same);
		contributorsOf(same).forEach(link -> indicator.add(link.kpiId()));
		return indicator;
	}

	@Override
	public Optional<Computation> computation(long kpiId) {
		return Optional.ofNullable(computations(List.of(kpiId)).get(kpiId));
	}

	@Override
	public Map<Long, Computation> computations(Collection<Long> kpiIds) {
		Map<Long, Computation> byKpi = new HashMap<>();
		if (kpiIds.isEmpty()) {
			return byKpi;
		}
		jdbc.sql(
				"SELECT kpi_id, method, weight_kpi_id, updated_at, updated_by FROM kpi_computation WHERE kpi_id IN (:ids)")
			.param("ids", Set.copyOf(kpiIds))
			.query(JdbcKpiLinks::computation)
			.list()
			.forEach(c -> byKpi.put(c.kpiId(), c));
		return byKpi;
	}

	@Override
	public void saveComputation(long kpiId, ComputationMethod method, Long weightKpiId, String actor) {
		Timestamp now = Timestamp.from(Instant.now(clock));
		int updated = jdbc
			.sql("UPDATE kpi_computation SET method = :method, weight_kpi_id = :weight, updated_at = :now, "
					+ "updated_by = :actor WHERE kpi_id = :kpi")
			.param("kpi", kpiId)
			.param("method", method.name())
			.param("weight", weightKpiId)
			.param("now", now)
			.param("actor", actor)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO kpi_computation (kpi_id, method, weight_kpi_id, updated_at, updated_by)
					VALUES (:kpi, :method, :weight, :now, :actor)""")
				.param("kpi", kpiId)
				.param("method", method.name())
				.param("weight", weightKpiId)
				.param("now", now)
				.param("actor", actor)
				.update();
		}
	}

	@Override
	public boolean removeComputation(long kpiId) {
		return jdbc.sql("DELETE FROM kpi_computation WHERE kpi_id = :kpi").param("kpi", kpiId).update() > 0;
	}

	private static KpiLink link(ResultSet rs, int row) throws SQLException {
		return new KpiLink(rs.getLong("id"), rs.getLong("kpi_id"), rs.getLong("linked_kpi_id"),
				LinkKind.valueOf(rs.getString("kind")), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"));
	}

	private static Computation computation(ResultSet rs, int row) throws SQLException {
		long weight = rs.getLong("weight_kpi_id");
		Long weightKpiId = rs.wasNull() ? null : weight;
		return new Computation(rs.getLong("kpi_id"), ComputationMethod.valueOf(rs.getString("method")), weightKpiId,
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

}
