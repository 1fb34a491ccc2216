package jp.suishin.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DimensionsRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The worksheets of an Excel 97–2003 workbook (an OLE2 container with a BIFF8 Workbook
 * stream), read record by record with POI's event API, never as POI's object model: a
 * sheet's cells are held until its end (bounded by the row and column limits), the
 * workbook's shared strings and formats for the whole read. Cells as {@link XlsxRows}
 * reads them: shown as Excel shows them, numbers with their number formats, a formula as
 * its cached result, never evaluated. An OLE2 container holding an encrypted xlsx
 * (EncryptionInfo, EncryptedPackage) or an xls protected by a password is refused as
 * password-protected.
 */
final class XlsRows implements HSSFListener {

	private final String fileName;

	private final Reading.Sink sink;

	private final Deadline deadline;

	private final DataFormatter formatter = new DataFormatter(Locale.JAPAN);

	private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(this, Locale.JAPAN);

	private final List<BoundSheetRecord> bound = new ArrayList<>();

	private BoundSheetRecord[] sheetsInStreamOrder;

	private SSTRecord shared;

	private int depth;

	private int sheet = -1;

	private boolean reading;

	private Map<Integer, List<GridCell>> rows;

	private List<CellRange> merges;

	/** A formula whose cached text comes in the next record. */
	private FormulaRecord awaitingText;

	private XlsRows(String fileName, Reading.Sink sink, Deadline deadline) {
		this.fileName = fileName;
		this.sink = sink;
		this.deadline = deadline;
	}

	/**
	 * Hands the worksheets of the workbook to {@code sink}, in the workbook's order.
	 * @throws UnreadableSheet when the container is not an xls workbook, is
	 * password-protected, or the workbook is far too large or takes too long
	 */
	static void read(String fileName, byte[] content, Reading.Sink sink, Deadline deadline) {
		new XlsRows(fileName, sink, deadline).read(content);
	}

	private void read(byte[] content) {
		// no password but Excel's default one ("VelvetSweatshop", a workbook only
		// protected against writing): any other is refused as protected
		Biff8EncryptionKey.setCurrentUserPassword(null);
		try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			DirectoryNode root = container.getRoot();
			if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
				throw UnreadableSheet.file("exchange.encrypted", fileName);
			}
			HSSFRequest request = new HSSFRequest();
			request.addListenerForAllRecords(formats);
			try {
				new HSSFEventFactory().processWorkbookEvents(request, root);
			}
			catch (Stop enough) {
				// the receiver has what it wants
			}
		}
		catch (UnreadableSheet | Reading.Handed passed) {
			throw passed;
		}
		catch (EncryptedDocumentException ex) {
			throw UnreadableSheet.file("exchange.encrypted", fileName);
		}
		catch (IOException | RuntimeException ex) {
			throw UnreadableSheet.file("exchange.unreadable", fileName);
		}
	}

	/** Ends the reading once the receiver wants no more sheets. */
	private static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}

	}

	@Override
	public void processRecord(Record record) {
		deadline.check();
		switch (record.getSid()) {
			case BOFRecord.sid -> {
				depth++;
				if (depth == 1 && ((BOFRecord) record).getType() != BOFRecord.TYPE_WORKBOOK) {
					startSheet(((BOFRecord) record).getType() == BOFRecord.TYPE_WORKSHEET);
				}
			}
			case EOFRecord.sid -> {
				if (depth == 1 && reading) {
					endSheet();
				}
				depth--;
			}
			case BoundSheetRecord.sid -> bound.add((BoundSheetRecord) record);
			case SSTRecord.sid -> shared = (SSTRecord) record;
			default -> {
				if (depth == 1 && reading) {
					cell(record);
				}
			}
		}
	}

	private void startSheet(boolean worksheet) {
		if (sheetsInStreamOrder == null) {
			sheetsInStreamOrder = BoundSheetRecord.orderByBofPosition(bound);
		}
		deadline.now();
		sheet++;
		reading = false;
		if (!worksheet) {
			// a chart or macro sheet: no cells to read
			return;
		}
		String name = sheet < sheetsInStreamOrder.length ? sheetsInStreamOrder[sheet].getSheetname()
				: "Sheet" + (sheet + 1);
		if (!sink.sheet(name)) {
			throw new Stop();
		}
		reading = true;
		rows = new TreeMap<>();
		merges = new ArrayList<>();
	}

	private void endSheet() {
		deadline.now();
		reading = false;
		for (Map.Entry<Integer, List<GridCell>> row : rows.entrySet()) {
			deadline.check();
			sink.row(row.getKey() + 1, row.getValue());
		}
		merges.forEach(sink::merge);
		rows = null;
		merges = null;
	}

	private void cell(Record record) {
		switch (record.getSid()) {
			case DimensionsRecord.sid -> {
				if (((DimensionsRecord) record).getLastRow() > Sheets.MAX_ROWS) {
					throw UnreadableSheet.row(Sheets.MAX_ROWS + 1, "exchange.too-many-rows", Sheets.MAX_ROWS);
				}
			}
			case NumberRecord.sid -> {
				NumberRecord number = (NumberRecord) record;
				put(number, () -> numberCell(number, number.getValue(), false));
			}
			case LabelSSTRecord.sid -> {
				LabelSSTRecord label = (LabelSSTRecord) record;
				put(label, () -> GridCell.text(
						shared == null || label.getSSTIndex() >= shared.getNumUniqueStrings() || label.getSSTIndex() < 0
								? "" : shared.getString(label.getSSTIndex()).getString()));
			}
			case LabelRecord.sid -> {
				LabelRecord label = (LabelRecord) record;
				put(label, () -> GridCell.text(label.getValue()));
			}
			case BoolErrRecord.sid -> {
				BoolErrRecord value = (BoolErrRecord) record;
				put(value, () -> GridCell.text(value.isBoolean() ? (value.getBooleanValue() ? "TRUE" : "FALSE")
						: error(value.getErrorValue())));
			}
			case FormulaRecord.sid -> formula((FormulaRecord) record);
			case StringRecord.sid -> {
				if (awaitingText != null) {
					String text = ((StringRecord) record).getString();
					put(awaitingText, () -> new GridCell(text, null, null, true));
					awaitingText = null;
				}
			}
			case MergeCellsRecord.sid -> {
				MergeCellsRecord regions = (MergeCellsRecord) record;
				for (int i = 0; i < regions.getNumAreas(); i++) {
					merge(regions.getAreaAt(i));
				}
			}
			default -> {
			}
		}
	}

	private void formula(FormulaRecord formula) {
		awaitingText = null;
		CellType type = formula.getCachedResultTypeEnum();
		switch (type) {
			case NUMERIC -> put(formula, () -> numberCell(formula, formula.getValue(), true));
			case STRING -> {
				if (formula.hasCachedResultString()) {
					// the text follows in a STRING record
					place(formula);
					awaitingText = formula;
				}
				else {
					put(formula, () -> new GridCell("", null, null, true));
				}
			}
			case BOOLEAN ->
				put(formula, () -> new GridCell(formula.getCachedBooleanValue() ? "TRUE" : "FALSE", null, null, true));
			case ERROR -> put(formula, () -> new GridCell(error(formula.getCachedErrorValue()), null, null, true));
			default -> put(formula, () -> new GridCell("", null, null, true));
		}
	}

	private GridCell numberCell(CellValueRecordInterface cell, double value, boolean formula) {
		String format = formats.getFormatString(cell);
		String text = formatter.formatRawCellContents(value, formats.getFormatIndex(cell),
				format == null ? "General" : format);
		return new GridCell(text, Reading.number(value), Reading.format(format), formula);
	}

	private static String error(int code) {
		try {
			return FormulaError.forInt(code).getString();
		}
		catch (IllegalArgumentException unknown) {
			return "#N/A";
		}
	}

	/**
	 * Checks where a cell lies against the limits; {@code false} for a column not read.
	 */
	private boolean place(CellValueRecordInterface cell) {
		int row = cell.getRow();
		int column = cell.getColumn();
		if (row >= Sheets.MAX_ROWS) {
			throw UnreadableSheet.row(row + 1, "exchange.too-many-rows", Sheets.MAX_ROWS);
		}
		if (column >= Sheets.MAX_COLUMNS) {
			throw UnreadableSheet.row(row + 1, "exchange.too-many-columns", Sheets.MAX_COLUMNS);
		}
		return sink.reads(column);
	}

	private void put(CellValueRecordInterface cell, java.util.function.Supplier<GridCell> value) {
		if (!place(cell)) {
			return;
		}
		GridCell read = value.get();
		List<GridCell> row = rows.computeIfAbsent(cell.getRow(), r -> new ArrayList<>());
		int column = cell.getColumn();
		while (row.size() <= column) {
			row.add(GridCell.EMPTY);
		}
		row.set(column, read);
	}

	private void merge(CellRangeAddress area) {
		if (merges.size() >= XlsxRows.MAX_MERGES) {
			throw UnreadableSheet.file("exchange.too-many-merges", fileName, XlsxRows.MAX_MERGES);
		}
		int lastRow = Math.min(area.getLastRow(), Sheets.MAX_ROWS - 1);
		int lastColumn = Math.min(area.getLastColumn(), Sheets.MAX_COLUMNS - 1);
		if (area.getFirstRow() < 0 || area.getFirstColumn() < 0 || lastRow < area.getFirstRow()
				|| lastColumn < area.getFirstColumn()) {
			return;
		}
		if (lastRow == area.getFirstRow() && lastColumn == area.getFirstColumn()) {
			return;
		}
		merges.add(new CellRange(area.getFirstRow(), lastRow, area.getFirstColumn(), lastColumn));
	}

}
