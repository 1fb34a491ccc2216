package jp.suishin.storage;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reading nullable columns without the {@code wasNull()} trap, and amounts with their
 * written scale: amounts are stored as NUMERIC with the scale they were written with
 * beside them, so that 52.0％ reads back as 52.0, not as 52 or 52.000000.
 */
public final class Columns {

	private Columns() {
	}

	public static BigDecimal amount(ResultSet rs, String amountColumn, String scaleColumn) throws SQLException {
		BigDecimal amount = rs.getBigDecimal(amountColumn);
		if (amount == null) {
			return null;
		}
		return amount.setScale(rs.getInt(scaleColumn));
	}

	public static Integer scaleOf(BigDecimal amount) {
		return amount == null ? null : Math.max(amount.scale(), 0);
	}

	public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	public static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
