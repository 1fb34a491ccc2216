package jp.suishin.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.suishin.storage.Columns;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * W2 load: the national dataset's values stored through Suishin's bulk import path
 * ({@code ImportingValues}: every entry checked, batches of plans in one transaction
 * each, audited) against PostgreSQL's {@code COPY} of the same rows into the same table
 * with the same indexes, each on a fresh schema whose organisations, plans and KPIs were
 * loaded first (untimed). Agreement: the same count, and the same rows (per-year count
 * and sums, and a digest of every KPI key, year and amount).
 */
final class LoadWorkload implements Workload {

	static final String COPY = """
			COPY yearly_value (kpi_id, fiscal_year, status, amount, amount_scale, approximate, expected_month, note,
			                   source, version, updated_at, updated_by) FROM STDIN""";

	@Override
	public String id() {
		return "W2";
	}

	@Override
	public List<Row> run(BenchContext context) throws Exception {
		NationalDataset dataset = context.national();
		long expected = dataset.valueCount();

		String ours = context.freshSchema();
		double suishin;
		long stored;
		try (ConfigurableApplicationContext app = context.application(ours, false)) {
			DatasetLoader loader = new DatasetLoader(app);
			DatasetLoader.Loaded loaded = loader.loadStructure(dataset);
			long started = System.nanoTime();
			stored = loader.loadValues(dataset, loaded);
			suishin = (System.nanoTime() - started) / 1e9;
		}

		String theirs = context.freshSchema();
		DatasetLoader.Loaded loaded;
		try (ConfigurableApplicationContext app = context.application(theirs, false)) {
			loaded = new DatasetLoader(app).loadStructure(dataset);
		}
		double baseline;
		long copied;
		try (Connection connection = context.connect(theirs)) {
			long started = System.nanoTime();
			copied = copy(connection, dataset, loaded);
			baseline = (System.nanoTime() - started) / 1e9;
		}

		Disagreement.check(id(), "values stored", stored, expected);
		Disagreement.check(id(), "values copied", copied, expected);
		List<String> ourSums;
		List<String> theirSums;
		try (Connection a = context.connect(ours); Connection b = context.connect(theirs)) {
			ourSums = sums(a);
			theirSums = sums(b);
			Disagreement.check(id(), "rows per year (count, sum of amounts, scales, versions)", ourSums, theirSums);
			Disagreement.check(id(), "digest of every KPI key, year and amount", digest(a), digest(b));
		}
		String note = String.format(Locale.ROOT,
				"%,d values; ImportingValues (checked, %d plans per transaction, audited per KPI, JDBC batches with"
						+ " reWriteBatchedInserts) vs COPY; agree on count, per-year sums and a digest",
				expected, DatasetLoader.PLANS_PER_BATCH);
		return List.of(Row.ratio("W2 load (" + String.format(Locale.ROOT, "%,d", expected) + " values)", suishin,
				baseline, "s", 3, note));
	}

	/** The same rows as the import stores, with PostgreSQL's COPY, a plan at a time. */
	private static long copy(Connection connection, NationalDataset dataset, DatasetLoader.Loaded loaded)
			throws Exception {
		CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
		String now = Instant.now().toString();
		Size size = dataset.size();
		long rows = 0;
		CopyIn in = copies.copyIn(COPY);
		try {
			StringBuilder text = new StringBuilder(1 << 16);
			for (NationalDataset.GeneratedPlan plan : dataset.plans()) {
				List<Long> ids = loaded.kpiIds().get(plan.key());
				text.setLength(0);
				for (int k = 0; k < plan.kpis().size(); k++) {
					NationalDataset.GeneratedKpi kpi = plan.kpis().get(k);
					for (int i = 0; i < kpi.values().length; i++) {
						if (kpi.values()[i] == null) {
							continue;
						}
						text.append(ids.get(k))
							.append('\t')
							.append(size.firstYear() + i)
							.append("\tCONFIRMED\t")
							.append(kpi.values()[i].toPlainString())
							.append('\t')
							.append(Columns.scaleOf(kpi.values()[i]))
							.append("\tf\t\\N\t\\N\t\\N\t1\t")
							.append(now)
							.append('\t')
							.append(DatasetLoader.USER)
							.append('\n');
						rows++;
					}
				}
				byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
				in.writeToCopy(bytes, 0, bytes.length);
			}
			in.endCopy();
		}
		finally {
			if (in.isActive()) {
				in.cancelCopy();
			}
		}
		return rows;
	}

	private static List<String> sums(Connection connection) throws Exception {
		List<String> sums = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
				SELECT fiscal_year, count(*), sum(amount), sum(amount_scale), sum(version), count(DISTINCT kpi_id)
				FROM yearly_value GROUP BY fiscal_year ORDER BY fiscal_year""")) {
			while (rs.next()) {
				sums.add(rs.getInt(1) + ": " + rs.getLong(2) + " rows, sum " + rs.getBigDecimal(3).toPlainString()
						+ ", scales " + rs.getLong(4) + ", versions " + rs.getLong(5) + ", KPIs " + rs.getLong(6));
			}
		}
		return sums;
	}

	private static String digest(Connection connection) throws Exception {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"""
								SELECT md5(string_agg(k.kpi_key || ':' || v.fiscal_year || ':' || v.status || ':' || v.amount
								                      || ':' || v.amount_scale || ':' || v.updated_by, ',' ORDER BY k.kpi_key, v.fiscal_year))
								FROM yearly_value v JOIN kpi k ON k.id = v.kpi_id""")) {
			rs.next();
			return rs.getString(1);
		}
	}

}
