package jp.suishin.kpi.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

import jp.suishin.kpi.Actual;
import jp.suishin.kpi.ValueWrite;
import jp.suishin.storage.Columns;
import jp.suishin.storage.CopyIn;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * New yearly values written with PostgreSQL's {@code COPY}, in the batch's transaction: a
 * bulk import stores its new rows as fast as the database can take them. The rows are the
 * ones the batch insert would write (version 1, who and when); on another database
 * nothing is written and the caller inserts them in JDBC batches.
 */
final class NewValuesByCopy {

	static final String COPY = """
			COPY yearly_value (kpi_id, fiscal_year, status, amount, amount_scale, approximate, expected_month, note,
			                   source, version, updated_at, updated_by) FROM STDIN""";

	private NewValuesByCopy() {
	}

	/**
	 * @return false when the connection is not PostgreSQL's (nothing was written)
	 */
	static boolean write(JdbcTemplate jdbc, List<ValueWrite> inserts, Timestamp now, String user) {
		String suffix = "\t1\t" + now.toInstant() + "\t" + CopyIn.text(user) + "\n";
		return CopyIn.write(jdbc, COPY, inserts, (text, write) -> row(text, write, suffix));
	}

	private static void row(StringBuilder text, ValueWrite write, String suffix) {
		Actual actual = write.actual();
		BigDecimal amount = actual.amount().orElse(null);
		text.append(write.kpiId()).append('\t').append(write.year().value()).append('\t');
		text.append(actual.status().name()).append('\t');
		if (amount == null) {
			text.append("\\N\t\\N\t");
		}
		else {
			text.append(amount.toPlainString()).append('\t').append(Columns.scaleOf(amount)).append('\t');
		}
		text.append(actual instanceof Actual.Measured measured && measured.approximate() ? 't' : 'f').append('\t');
		if (actual instanceof Actual.Pending pending && pending.expectedMonth() != null) {
			text.append(pending.expectedMonth().intValue());
		}
		else {
			text.append("\\N");
		}
		text.append('\t')
			.append(CopyIn.text(write.note()))
			.append('\t')
			.append(CopyIn.text(write.source()))
			.append(suffix);
	}

}
