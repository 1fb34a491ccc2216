package jp.suishin.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole file for an import (a plan's KPI sheet, the national list of local
 * governments): every sheet, with numbers, number formats, formulas' cached values and
 * merged regions, under the same limits and checks as {@link Sheets#read}.
 */
public final class Workbooks {

	private Workbooks() {
	}

	/**
	 * @throws UnreadableSheet when the file cannot be read, with the reason
	 */
	public static Workbook read(String fileName, byte[] content) {
		// First version: the first sheet as texts, through Sheets' reading; numbers,
		// formats, formulas, merges and further sheets come with the workbook reader.
		List<List<GridCell>> rows = new ArrayList<>();
		Sheets.read(fileName, content, (number, cells) -> {
			while (rows.size() < number - 1) {
				rows.add(List.of());
			}
			rows.add(cells.stream().map(GridCell::text).toList());
		});
		return new Workbook(List.of(new Grid(fileName == null ? "" : fileName, rows, List.of())));
	}

}
