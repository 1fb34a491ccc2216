package jp.suishin.collection.persistence;

import java.util.List;

import jp.suishin.collection.SheetReader;
import jp.suishin.exchange.Sheets;

import org.springframework.stereotype.Component;

/** The department's sheet, read by the one reader of the KPI table's format. */
@Component
class ExchangeSheetReader implements SheetReader {

	@Override
	public void read(String fileName, byte[] content, Rows rows) {
		try {
			Sheets.read(fileName, content, new Sheets.Rows() {

				@Override
				public void row(int number, List<String> cells) {
					rows.row(number, cells);
				}

				@Override
				public boolean reads(int column) {
					return rows.reads(column);
				}

			});
		}
		catch (jp.suishin.exchange.UnreadableSheet ex) {
			throw new UnreadableSheet(ex.row(), ex.problem().messageKey(), ex.problem().argumentArray());
		}
	}

}
