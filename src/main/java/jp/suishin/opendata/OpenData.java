package jp.suishin.opendata;

import java.util.List;

import jp.suishin.document.RenderedFile;
import jp.suishin.document.ReportDocument;

/**
 * The open-data files of one edition's document (its cover carries the edition mark): CSV
 * with BOM, CSV without, JSON and xlsx, each named so the choice shows in the file name.
 * FOUNDATION STUB: the exports helper implements it.
 */
public class OpenData {

	public List<RenderedFile> files(ReportDocument edition) {
		throw new UnsupportedOperationException("OpenData: implemented by the exports helper");
	}

}
