package jp.suishin.exchange;

import java.util.List;

/** The sheets of a file read for an import, in the workbook's order (CSV: one). */
public record Workbook(List<Grid> sheets) {

	public Workbook {
		sheets = List.copyOf(sheets);
	}

}
