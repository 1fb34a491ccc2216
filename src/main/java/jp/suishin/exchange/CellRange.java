package jp.suishin.exchange;

/** A rectangle of cells, such as a merged region; rows and columns from 0, inclusive. */
public record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

	public CellRange {
		if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
			throw new IllegalArgumentException(
					"not a range: rows " + firstRow + "-" + lastRow + ", columns " + firstColumn + "-" + lastColumn);
		}
	}

	public boolean contains(int row, int column) {
		return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
	}

}
