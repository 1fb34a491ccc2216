package jp.suishin.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.suishin.account.Viewer;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.report.PlanGradesQuery;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * W1b: end to end from PostgreSQL, on the national schema. Suishin reads every plan's
 * KPIs and values through its own read path ({@link PlanGradesQuery}, as the public sees
 * them) and grades them under {@code ratio} for the last year with per-plan counts; the
 * baseline is {@link #STATEMENT}, one SQL statement computing the same grades and counts
 * over the same rows. They must agree plan by plan.
 */
final class GradeFromDatabase {

	static final String NAME = "W1b grade from PostgreSQL (ratio, s per pass)";

	/**
	 * The {@code ratio} scheme (schemes/ratio.yaml) in SQL, as the engine applies it for
	 * the public: values of a collected year only once fixed (the year locked or the
	 * KPI's item approved); the direction and target in force that year (the latest
	 * target revision from that year on, else what the first one replaced); the revised
	 * baseline unless the plan keeps the original; a cumulative KPI summed from the year
	 * after its baseline (or its first value), missing or pending when a year in between
	 * is; progress rate = actual ÷ target (target ÷ actual for a decreasing KPI) when
	 * both are positive, else (actual − baseline) ÷ (target − baseline), each divided to
	 * 20 decimals half-up and × 100; 達成 at 100 or more, 80%以上 at 80 or more, 80%未満 below,
	 * 集計中 for a pending value, － without a value or a rate. Each KPI listed in a plan
	 * counts once.
	 */
	static final String STATEMENT = """
			WITH visible AS NOT MATERIALIZED (
			  SELECT v.kpi_id, v.fiscal_year, v.status, v.amount
			  FROM yearly_value v JOIN kpi vk ON vk.id = v.kpi_id
			  LEFT JOIN collection c ON c.plan_id = vk.plan_id AND c.fiscal_year = v.fiscal_year
			  LEFT JOIN collection_item ci ON ci.collection_id = c.id AND ci.kpi_id = v.kpi_id
			  WHERE v.fiscal_year <= ? AND (c.id IS NULL OR c.state = 'LOCKED' OR ci.state = 'APPROVED')
			), kpis AS (
			  SELECT DISTINCT n.plan_id, k.id, k.aggregation,
			    CASE WHEN cur.kpi_id IS NOT NULL THEN cur.direction
			         WHEN fst.kpi_id IS NOT NULL THEN fst.previous_direction ELSE k.direction END AS direction,
			    CASE WHEN cur.kpi_id IS NOT NULL THEN cur.target_value
			         WHEN fst.kpi_id IS NOT NULL THEN fst.previous_value ELSE k.target_value END AS target,
			    CASE WHEN br.kpi_id IS NOT NULL AND p.baseline_policy <> 'ORIGINAL' THEN br.amount
			         ELSE k.baseline_value END AS baseline,
			    CASE WHEN br.kpi_id IS NOT NULL AND p.baseline_policy <> 'ORIGINAL' THEN br.fiscal_year
			         ELSE k.baseline_year END AS baseline_year
			  FROM kpi_listing l JOIN plan_node n ON n.id = l.node_id JOIN kpi k ON k.id = l.kpi_id
			  JOIN plan p ON p.id = n.plan_id
			  LEFT JOIN (SELECT DISTINCT ON (kpi_id) kpi_id, direction, target_value FROM kpi_target_revision
			             WHERE from_year <= ? ORDER BY kpi_id, id DESC) cur ON cur.kpi_id = k.id
			  LEFT JOIN (SELECT DISTINCT ON (kpi_id) kpi_id, previous_direction, previous_value
			             FROM kpi_target_revision ORDER BY kpi_id, id) fst ON fst.kpi_id = k.id
			  LEFT JOIN (SELECT DISTINCT ON (kpi_id) kpi_id, amount, fiscal_year FROM kpi_baseline_revision
			             ORDER BY kpi_id, id DESC) br ON br.kpi_id = k.id
			), cum AS (
			  SELECT g.id,
			    min(y) FILTER (WHERE v.kpi_id IS NULL) AS first_missing,
			    min(y) FILTER (WHERE v.status = 'PENDING') AS first_pending,
			    coalesce(sum(v.amount), 0) AS total
			  FROM kpis g
			  CROSS JOIN LATERAL generate_series(
			    CASE WHEN g.baseline IS NOT NULL AND g.baseline_year IS NOT NULL THEN g.baseline_year + 1
			         ELSE (SELECT min(x.fiscal_year) FROM visible x WHERE x.kpi_id = g.id) END, ?) AS y
			  LEFT JOIN visible v ON v.kpi_id = g.id AND v.fiscal_year = y
			  WHERE g.aggregation = 'CUMULATIVE'
			  GROUP BY g.id
			), evaluated AS (
			  SELECT g.plan_id, g.direction, g.target, g.baseline,
			    CASE WHEN y.kpi_id IS NULL THEN 'MISSING'
			         WHEN g.aggregation <> 'CUMULATIVE' THEN CASE WHEN y.status = 'PENDING' THEN 'PENDING' ELSE 'MEASURED' END
			         WHEN c.first_missing IS NOT NULL AND (c.first_pending IS NULL OR c.first_missing < c.first_pending)
			           THEN 'MISSING'
			         WHEN c.first_pending IS NOT NULL THEN 'PENDING'
			         ELSE 'MEASURED' END AS state,
			    CASE WHEN g.aggregation <> 'CUMULATIVE' THEN y.amount ELSE coalesce(c.total, 0) END AS amount
			  FROM kpis g
			  LEFT JOIN visible y ON y.kpi_id = g.id AND y.fiscal_year = ?
			  LEFT JOIN cum c ON c.id = g.id
			), rated AS (
			  SELECT plan_id, state,
			    CASE WHEN state <> 'MEASURED' THEN NULL
			         WHEN amount > 0 AND target > 0 THEN round(CASE WHEN direction = 'DECREASE'
			           THEN CAST(target AS NUMERIC(80, 40)) / amount ELSE CAST(amount AS NUMERIC(80, 40)) / target END, 20) * 100
			         WHEN baseline IS NOT NULL AND target IS NOT NULL AND target <> baseline
			           THEN round(CAST(amount - baseline AS NUMERIC(80, 40)) / (target - baseline), 20) * 100
			    END AS rate
			  FROM evaluated
			)
			SELECT plan_id,
			  count(*) FILTER (WHERE rate >= 100) AS achieved,
			  count(*) FILTER (WHERE rate >= 80 AND rate < 100) AS above80,
			  count(*) FILTER (WHERE rate < 80) AS below80,
			  count(*) FILTER (WHERE state = 'PENDING') AS pending,
			  count(*) FILTER (WHERE state = 'MISSING' OR (state = 'MEASURED' AND rate IS NULL)) AS none
			FROM rated GROUP BY plan_id ORDER BY plan_id""";

	/** The labels of schemes/ratio.yaml, in the statement's columns' order. */
	static final List<String> LABELS = List.of("達成", "80%以上", "80%未満", "集計中", "－");

	List<Row> run(BenchContext context) throws Exception {
		return run(context, context.nationalSchema());
	}

	/** On a schema holding the context's national dataset. */
	List<Row> run(BenchContext context, String schema) throws Exception {
		FiscalYear year = FiscalYear.of(context.size().lastYear());
		int runs = context.smoke() ? 1 : 3;
		try (Connection connection = context.connect(schema); Statement statement = connection.createStatement()) {
			// the statistics a live database has (autovacuum would gather them in time):
			// both sides are planned on them
			statement.execute("ANALYZE");
		}
		ConfigurableApplicationContext app = context.application(schema, false);
		PlanGradesQuery query = app.getBean(PlanGradesQuery.class);
		Set<Long> everyOrganisation = app.getBean(OrganisationRepository.class)
			.findAll()
			.stream()
			.map(Organization::id)
			.collect(Collectors.toSet());
		Map<Long, Map<String, Integer>> suishin = null;
		double suishinSeconds = Double.MAX_VALUE;
		for (int i = 0; i <= runs; i++) {
			long started = System.nanoTime();
			Map<Long, Map<String, Integer>> counts = new HashMap<>();
			query.grade(Viewer.PUBLIC, everyOrganisation, year, Optional.of("ratio"),
					graded -> counts.put(graded.plan().id(), GradeWorkload.counts(graded.grading().summary())));
			double seconds = (System.nanoTime() - started) / 1e9;
			// the first run warms up (JIT, PostgreSQL's caches) unless there is only one
			if (i > 0 || runs == 1) {
				suishinSeconds = Math.min(suishinSeconds, seconds);
			}
			suishin = counts;
		}
		Map<Long, Map<String, Integer>> sql = null;
		double sqlSeconds = Double.MAX_VALUE;
		try (Connection connection = context.connect(schema)) {
			for (int i = 0; i <= runs; i++) {
				long started = System.nanoTime();
				Map<Long, Map<String, Integer>> counts = statement(connection, year);
				double seconds = (System.nanoTime() - started) / 1e9;
				if (i > 0 || runs == 1) {
					sqlSeconds = Math.min(sqlSeconds, seconds);
				}
				sql = counts;
			}
		}
		// a plan that lists no KPI has no row in the statement's result: no grades
		Set<Long> plans = new java.util.TreeSet<>(suishin.keySet());
		plans.addAll(sql.keySet());
		for (long plan : plans) {
			Disagreement.check("W1", "W1b grade counts of plan " + plan, suishin.getOrDefault(plan, Map.of()),
					sql.getOrDefault(plan, Map.of()));
		}
		return List.of(Row.ratio(NAME, suishinSeconds, sqlSeconds, "s", 3,
				suishin.size() + " plans; PlanGradesQuery (public viewer) against one SQL statement"));
	}

	static Map<Long, Map<String, Integer>> statement(Connection connection, FiscalYear year) throws Exception {
		Map<Long, Map<String, Integer>> counts = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(STATEMENT)) {
			for (int i = 1; i <= 4; i++) {
				statement.setInt(i, year.value());
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					Map<String, Integer> plan = new LinkedHashMap<>();
					for (int i = 0; i < LABELS.size(); i++) {
						int count = rows.getInt(i + 2);
						if (count > 0) {
							plan.put(LABELS.get(i), count);
						}
					}
					counts.put(rows.getLong(1), plan);
				}
			}
		}
		return counts;
	}

}
