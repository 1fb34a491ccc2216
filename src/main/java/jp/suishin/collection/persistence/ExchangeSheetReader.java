package jp.suishin.collection.persistence;

import java.util.List;

import jp.suishin.collection.SheetReader;
import jp.suishin.exchange.Sheets;

import org.springframework.stereotype.Component;

/** The department's sheet, read by the one reader of the KPI table's format. */
@Component
class ExchangeSheetReader implements SheetReader {

	@Override
	public List<List<String>> rows(String fileName, byte[] content) {
		try {
			return Sheets.read(fileName, content);
		}
		catch (jp.suishin.exchange.UnreadableSheet ex) {
			throw new UnreadableSheet(ex.row(), ex.problem().messageKey(), ex.problem().argumentArray());
		}
	}

}
