package jp.suishin.exchange;

import java.math.BigDecimal;

/** A cell of a sheet to write. */
public sealed interface SheetCell {

	/** The cell's text as a reader of the sheet sees it. */
	String written();

	/** A text: CSV and xlsx write it as it is, neutralised. */
	record Text(String written) implements SheetCell {

		public Text {
			written = written == null ? "" : written;
		}

	}

	/**
	 * A plain figure in the column's unit: CSV writes it as reports print it
	 * ({@code ▲312}, {@code 1,274.46}); xlsx as a number a spreadsheet can compute with,
	 * when a spreadsheet's number holds it exactly, else as that text.
	 */
	record Figure(BigDecimal value, String written) implements SheetCell {
	}

	static SheetCell text(String written) {
		return new Text(written);
	}

}
