package jp.suishin.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jp.suishin.exchange.CellRange;
import jp.suishin.exchange.Grid;
import jp.suishin.exchange.GridCell;

import org.junit.jupiter.api.Test;

class MergedCellsTests {

	@Test
	void findsTheSameRegionsAsTheGridDoes() {
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

		MergedCells merged = new MergedCells(grid, 12);

		assertThat(merges).hasSizeGreaterThan(50);
		for (int r = 0; r < 200; r++) {
			for (int c = 0; c < 14; c++) {
				assertThat(merged.at(r, c)).isEqualTo(grid.mergeAt(r, c));
				assertThat(merged.shown(r, c)).isEqualTo(grid.shown(r, c));
			}
		}
	}

}
