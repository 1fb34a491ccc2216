package jp.suishin.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A grid finds a cell's merged region by its index exactly as a scan of every region
 * does.
 */
class GridTests {

	@Test
	void findsTheSameRegionsAsAScanOfEveryRegion() {
		Random random = new Random(12);
		List<CellRange> merges = new ArrayList<>();
		boolean[][] taken = new boolean[200][12];
		for (int i = 0; i < 150; i++) {
			int row = random.nextInt(190);
			int column = random.nextInt(10);
			CellRange merge = new CellRange(row, row + random.nextInt(8), column, column + random.nextInt(3));
			boolean free = true;
			for (int r = merge.firstRow(); r <= merge.lastRow(); r++) {
				for (int c = merge.firstColumn(); c <= merge.lastColumn(); c++) {
					free &= !taken[r][c];
				}
			}
			if (free) {
				for (int r = merge.firstRow(); r <= merge.lastRow(); r++) {
					for (int c = merge.firstColumn(); c <= merge.lastColumn(); c++) {
						taken[r][c] = true;
					}
				}
				merges.add(merge);
			}
		}
		List<List<GridCell>> rows = new ArrayList<>();
		for (int r = 0; r < 200; r++) {
			List<GridCell> row = new ArrayList<>();
			for (int c = 0; c < 12; c++) {
				row.add(GridCell.text(r + ":" + c));
			}
			rows.add(row);
		}
		Grid grid = new Grid("g", rows, merges);

		assertThat(merges).hasSizeGreaterThan(50);
		for (int r = 0; r < 200; r++) {
			for (int c = 0; c < 14; c++) {
				CellRange scanned = scan(merges, r, c);
				assertThat(grid.mergeAt(r, c)).isEqualTo(scanned);
				assertThat(grid.shown(r, c)).isEqualTo(
						scanned == null ? grid.cell(r, c) : grid.cell(scanned.firstRow(), scanned.firstColumn()));
			}
		}
	}

	private static CellRange scan(List<CellRange> merges, int row, int column) {
		for (CellRange merge : merges) {
			if (merge.contains(row, column)) {
				return merge;
			}
		}
		return null;
	}

}
