package jp.suishin.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The worksheets of an xlsx workbook, streamed: POI's event API (XSSFReader) and a SAX
 * handler, one row at a time, so that the heap holds a row, the shared strings and the
 * styles, never the workbook. Cells read as Excel shows them, as {@code DataFormatter}
 * formats a cell of a loaded workbook: numbers in their cell's number format (and, as
 * numbers, with that format), a formula as its cached value (never evaluated, never its
 * text), booleans as TRUE/FALSE, errors as Excel writes them, text without its phonetic
 * guide (ふりがな) and with the {@code _xHHHH_} escapes turned back; merged regions as the
 * sheet lists them after its rows. The zip is opened from a temporary file once its
 * directory is checked ({@link ZipDirectory}), and every entry is inflated once through
 * POI's zip-bomb checks (ZipSecureFile's inflate ratio, left on) and the size limits
 * before any is parsed. No document type is ever read: a DTD (and so any entity, external
 * or expanding) is refused.
 */
final class XlsxRows {

	/**
	 * The shared strings a workbook may bring, in characters: far more than a KPI list of
	 * {@link Sheets#MAX_ROWS} rows (a 2,000-KPI table has some 100,000), and a bound on
	 * what reading a sheet holds in memory whatever the file.
	 */
	static final int MAX_SHARED_TEXT = 8_000_000;

	/**
	 * The shared strings a workbook may bring, in number: as many as a sheet of
	 * {@link Sheets#MAX_ROWS} × {@link Sheets#MAX_COLUMNS} can refer to.
	 */
	static final int MAX_SHARED_STRINGS = Sheets.MAX_ROWS * Sheets.MAX_COLUMNS;

	/**
	 * The text of the cells read and handed on, other than shared strings (which are
	 * bounded above), in characters, all sheets together: a bound on what a receiver
	 * keeping every row holds (a 5,000 × 200 sheet of figures has some 9 million).
	 */
	static final int MAX_SHEET_TEXT = 16_000_000;

	/** Excel's own limit for a cell's text. */
	static final int MAX_CELL_TEXT = 32_767;

	/** The merged regions of a sheet: a KPI sheet has dozens, a few hundred at most. */
	static final int MAX_MERGES = 20_000;

	private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

	private final Reading.Sink sink;

	private final Deadline deadline;

	private final String fileName;

	private final DataFormatter formatter = new DataFormatter(Locale.JAPAN);

	private long handed;

	private XlsxRows(String fileName, Reading.Sink sink, Deadline deadline) {
		this.fileName = fileName;
		this.sink = sink;
		this.deadline = deadline;
		formatter.setUseCachedValuesForFormulaCells(true);
	}

	/**
	 * Hands the worksheets of the workbook to {@code sink}, in the workbook's order.
	 * @throws UnreadableSheet when the file is not a readable workbook, inflates like a
	 * zip bomb, brings a DTD, is far too large or takes too long
	 */
	static void read(String fileName, byte[] content, Reading.Sink sink, Deadline deadline) {
		new XlsxRows(fileName, sink, deadline).read(content);
	}

	private void read(byte[] content) {
		Path file = null;
		try {
			file = Files.createTempFile("suishin-sheet-", ".xlsx");
			Files.write(file, content);
			// Opened as a zip file (entries read when needed) rather than a stream (all
			// held in memory); a broken zip is unreadable, never read again as a stream.
			try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
				inflateLikeABomb(zip);
				OPCPackage workbook = OPCPackage.open(new ZipFileZipEntrySource(zip));
				try {
					read(workbook);
				}
				finally {
					// read only: nothing to save
					workbook.revert();
				}
			}
		}
		catch (IOException | SAXException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
				| javax.xml.parsers.ParserConfigurationException ex) {
			throw passedOn(ex, fileName);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					file.toFile().deleteOnExit();
				}
			}
		}
	}

	private void read(OPCPackage workbook) throws IOException, SAXException,
			org.apache.poi.openxml4j.exceptions.OpenXML4JException, javax.xml.parsers.ParserConfigurationException {
		XSSFReader reader = new XSSFReader(workbook);
		XSSFReader.SheetIterator sheets = reader.getSheetIterator();
		String[] shared = null;
		Styles styles = null;
		while (sheets.hasNext()) {
			deadline.now();
			try (InputStream sheet = sheets.next()) {
				if (XSSFRelation.CHARTSHEET.getContentType().equals(sheets.getSheetPart().getContentType())) {
					continue;
				}
				if (!sink.sheet(sheets.getSheetName())) {
					return;
				}
				if (shared == null) {
					shared = sharedStrings(reader);
					styles = new Styles(reader.getStylesTable());
				}
				parse(sheet, new SheetHandler(shared, styles));
			}
		}
	}

	/**
	 * Parses XML that may bring no document type: a DOCTYPE is refused where it starts,
	 * before its first declaration, by name (POI's reader refuses it too, but as a parse
	 * error like any other); external entities stay off as POI sets them.
	 */
	private void parse(InputStream xml, DefaultHandler handler)
			throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
		XMLReader reader = XMLHelper.newXMLReader();
		reader.setContentHandler(handler);
		try {
			reader.setProperty("http://xml.org/sax/properties/lexical-handler", new DefaultHandler2() {

				@Override
				public void startDTD(String name, String publicId, String systemId) {
					throw UnreadableSheet.file("exchange.dtd", fileName);
				}

			});
			reader.setFeature(DISALLOW_DOCTYPE, false);
		}
		catch (SAXException notSupported) {
			// no lexical handler: the DOCTYPE stays disallowed, refused as unreadable
			reader.setFeature(DISALLOW_DOCTYPE, true);
		}
		reader.parse(new InputSource(xml));
	}

	/**
	 * Every entry of the zip inflated once through POI's threshold stream
	 * (ZipSecureFile's minimum inflate ratio) and counted against the limits on an
	 * entry's and the workbook's inflated size, before anything is parsed: a workbook
	 * padded with a bomb is refused whether a sheet needs the entry or not. The entries
	 * are read and dropped, never held.
	 */
	private void inflateLikeABomb(ZipSecureFile entries) throws IOException {
		byte[] buffer = new byte[16384];
		long total = 0;
		for (Enumeration<? extends ZipArchiveEntry> e = entries.getEntries(); e.hasMoreElements();) {
			ZipArchiveEntry entry = e.nextElement();
			long inflated = 0;
			try (InputStream in = entries.getInputStream(entry)) {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					deadline.check();
					inflated += n;
					total += n;
					if (inflated > ZipDirectory.MAX_ENTRY_BYTES || total > ZipDirectory.MAX_INFLATED_BYTES) {
						throw UnreadableSheet.file("exchange.zip-bomb", fileName);
					}
				}
			}
		}
	}

	private String[] sharedStrings(XSSFReader reader) throws IOException, SAXException,
			org.apache.poi.openxml4j.exceptions.InvalidFormatException, javax.xml.parsers.ParserConfigurationException {
		InputStream data;
		try {
			data = reader.getSharedStringsData();
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException none) {
			return new String[0];
		}
		if (data == null) {
			return new String[0];
		}
		try (InputStream in = data) {
			SharedStringsHandler handler = new SharedStringsHandler();
			parse(in, handler);
			return handler.strings.toArray(String[]::new);
		}
	}

	/**
	 * What to throw for a failed read: what the receiver threw, as it threw it; a sheet
	 * refused for its size or shape, as refused; a zip bomb as one; anything else (not a
	 * zip, not a workbook) as an unreadable file.
	 */
	private static RuntimeException passedOn(Throwable ex, String fileName) {
		for (Throwable t = ex; t != null; t = t instanceof SAXException sax && sax.getException() != null
				? sax.getException() : t.getCause() == t ? null : t.getCause()) {
			if (t instanceof Reading.Handed handed) {
				return handed;
			}
			if (t instanceof UnreadableSheet refused) {
				return refused;
			}
		}
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
				return UnreadableSheet.file("exchange.zip-bomb", fileName);
			}
		}
		return UnreadableSheet.file("exchange.unreadable", fileName);
	}

	/** The text of a cell as XSSF gives it: the {@code _xHHHH_} escapes turned back. */
	static String unescaped(String text) {
		int at = text.indexOf("_x");
		if (at < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int from = 0;
		while (at >= 0) {
			if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && isHex(text, at + 2, at + 6)) {
				out.append(text, from, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
				from = at + 7;
				at = text.indexOf("_x", from);
			}
			else {
				at = text.indexOf("_x", at + 1);
			}
		}
		return out.append(text, from, text.length()).toString();
	}

	private static boolean isHex(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (Character.digit(text.charAt(i), 16) < 0) {
				return false;
			}
		}
		return true;
	}

	/** The number formats of the workbook's cell styles, looked up once per style. */
	private static final class Styles {

		/** General: a style the workbook does not define. */
		static final NumberFormat GENERAL = new NumberFormat(0, "General");

		private final StylesTable table;

		private final List<NumberFormat> formats = new ArrayList<>();

		Styles(StylesTable table) {
			this.table = table;
		}

		/**
		 * The number format of a cell's {@code s} attribute; the default (0) without one.
		 */
		NumberFormat at(String s) {
			if (table == null || table.getNumCellStyles() == 0) {
				return GENERAL;
			}
			int index;
			try {
				index = s == null ? 0 : Integer.parseInt(s.strip());
			}
			catch (NumberFormatException ex) {
				index = 0;
			}
			if (index < 0 || index >= table.getNumCellStyles()) {
				// a style the workbook does not have: the default, not a table of that
				// size
				index = 0;
			}
			while (formats.size() <= index) {
				formats.add(null);
			}
			NumberFormat format = formats.get(index);
			if (format == null) {
				XSSFCellStyle style = table.getStyleAt(index);
				format = style == null ? GENERAL : new NumberFormat(style.getDataFormat(),
						style.getDataFormatString() == null ? "General" : style.getDataFormatString());
				formats.set(index, format);
			}
			return format;
		}

	}

	/** A style's number format: its index and its format string. */
	private record NumberFormat(int index, String format) {
	}

	/** The shared strings: each {@code si}'s text runs, without the phonetic runs. */
	private static final class SharedStringsHandler extends DefaultHandler {

		final List<String> strings = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private boolean inText;

		private int phonetic;

		private long total;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "si" -> text.setLength(0);
				case "rPh" -> phonetic++;
				case "t" -> inText = phonetic == 0;
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "si" -> {
					if (strings.size() >= MAX_SHARED_STRINGS) {
						throw UnreadableSheet.file("exchange.too-much-text", MAX_SHARED_TEXT);
					}
					strings.add(text.length() == 0 ? "" : unescaped(text.toString()));
				}
				case "rPh" -> phonetic--;
				case "t" -> inText = false;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inText) {
				total += length;
				if (total > MAX_SHARED_TEXT) {
					throw UnreadableSheet.file("exchange.too-much-text", MAX_SHARED_TEXT);
				}
				text.append(ch, start, length);
			}
		}

	}

	/**
	 * The rows of a sheet's XML, each handed on when it ends, then its merged regions.
	 */
	private final class SheetHandler extends DefaultHandler {

		private final String[] shared;

		private final Styles styles;

		private final StringBuilder value = new StringBuilder();

		private List<GridCell> cells;

		private int row = -1;

		private int column;

		private String type;

		private String style;

		private boolean formula;

		private boolean inValue;

		private boolean inInline;

		private boolean inText;

		private int phonetic;

		private int merges;

		SheetHandler(String[] shared, Styles styles) {
			this.shared = shared;
			this.styles = styles;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			deadline.check();
			switch (localName) {
				case "dimension" -> {
					int last = lastRowOf(attributes.getValue("ref"));
					if (last > Sheets.MAX_ROWS) {
						throw UnreadableSheet.row(Sheets.MAX_ROWS + 1, "exchange.too-many-rows", Sheets.MAX_ROWS);
					}
				}
				case "row" -> {
					String r = attributes.getValue("r");
					// never backwards: a row number given twice (or going back) counts as
					// the next row, so that the row limit bounds what a crafted file can
					// hand on
					row = r == null ? row + 1 : Math.max(row + 1, rowNumber(r) - 1);
					if (row >= Sheets.MAX_ROWS) {
						throw UnreadableSheet.row(row + 1, "exchange.too-many-rows", Sheets.MAX_ROWS);
					}
					cells = new ArrayList<>();
					column = -1;
				}
				case "c" -> {
					String r = attributes.getValue("r");
					column = r == null ? column + 1 : Math.max(column + 1, columnOf(r));
					if (column >= Sheets.MAX_COLUMNS) {
						throw UnreadableSheet.row(row + 1, "exchange.too-many-columns", Sheets.MAX_COLUMNS);
					}
					type = attributes.getValue("t");
					style = attributes.getValue("s");
					formula = false;
					value.setLength(0);
					phonetic = 0;
				}
				case "f" -> formula = true;
				case "v" -> inValue = true;
				case "is" -> inInline = true;
				case "rPh" -> phonetic++;
				case "t" -> inText = inInline && phonetic == 0;
				case "mergeCell" -> merge(attributes.getValue("ref"));
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v" -> inValue = false;
				case "is" -> inInline = false;
				case "t" -> inText = false;
				case "rPh" -> phonetic--;
				case "c" -> {
					if (cells == null) {
						// a cell outside any row: not a sheet Excel writes
						throw UnreadableSheet.file("exchange.unreadable", fileName);
					}
					while (cells.size() < column) {
						cells.add(GridCell.EMPTY);
					}
					cells.add(sink.reads(column) ? counted(cell()) : GridCell.EMPTY);
				}
				case "row" -> {
					List<GridCell> done = cells;
					cells = null;
					sink.row(row + 1, done);
				}
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			deadline.check();
			if (inValue || inText) {
				if (value.length() + length > MAX_CELL_TEXT) {
					throw UnreadableSheet.row(row + 1, "exchange.cell-too-long", MAX_CELL_TEXT);
				}
				value.append(ch, start, length);
			}
		}

		private void merge(String ref) {
			if (ref == null || ref.indexOf(':') < 0) {
				return;
			}
			if (++merges > MAX_MERGES) {
				throw UnreadableSheet.file("exchange.too-many-merges", fileName, MAX_MERGES);
			}
			String[] corners = ref.split(":", 2);
			int firstRow = rowNumber(corners[0]) - 1;
			int lastRow = Math.min(rowNumber(corners[1]) - 1, Sheets.MAX_ROWS - 1);
			int firstColumn = columnOf(corners[0]);
			int lastColumn = Math.min(columnOf(corners[1]), Sheets.MAX_COLUMNS - 1);
			if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn
					|| (firstRow == lastRow && firstColumn == lastColumn)) {
				// beyond what a sheet may hold, or a single cell: nothing merged to read
				return;
			}
			sink.merge(new CellRange(firstRow, lastRow, firstColumn, lastColumn));
		}

		/** A cell handed on, its text counted unless it is a shared string. */
		private GridCell counted(GridCell cell) {
			if (!"s".equals(type)) {
				handed += cell.text().length();
				if (handed > MAX_SHEET_TEXT) {
					throw UnreadableSheet.row(row + 1, "exchange.too-much-text", MAX_SHEET_TEXT);
				}
			}
			return cell;
		}

		/** The cell as Excel shows it, with its number and format where it holds one. */
		private GridCell cell() {
			String v = value.toString();
			if (type == null || type.equals("n")) {
				if (v.isEmpty()) {
					return formula ? new GridCell("", null, null, true) : GridCell.EMPTY;
				}
				double number;
				try {
					number = Double.parseDouble(v);
				}
				catch (NumberFormatException ex) {
					return new GridCell(v, null, null, formula);
				}
				NumberFormat format = styles.at(style);
				String text = formatter.formatRawCellContents(number, format.index(), format.format());
				return new GridCell(text, Reading.number(number), Reading.format(format.format()), formula);
			}
			String text = switch (type) {
				case "s" -> {
					if (v.isEmpty()) {
						yield "";
					}
					int index;
					try {
						index = Integer.parseInt(v.strip());
					}
					catch (NumberFormatException ex) {
						index = -1;
					}
					yield index >= 0 && index < shared.length ? shared[index] : "";
				}
				case "b" -> v.isEmpty() ? "" : v.charAt(0) == '1' ? "TRUE" : "FALSE";
				case "inlineStr", "str" -> unescaped(v);
				default -> v;
			};
			return text.isEmpty() && !formula ? GridCell.EMPTY : new GridCell(text, null, null, formula);
		}

	}

	/**
	 * The last row (from 1) of a range such as {@code A1:Z1000}; 0 when there is none.
	 */
	static int lastRowOf(String range) {
		if (range == null || range.isEmpty()) {
			return 0;
		}
		int colon = range.indexOf(':');
		return rowNumber(colon < 0 ? range : range.substring(colon + 1));
	}

	/** The row of a cell reference ({@code B3} is 3), from 1; 0 without digits. */
	static int rowNumber(String reference) {
		long row = 0;
		boolean digits = false;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c >= '0' && c <= '9') {
				digits = true;
				row = Math.min(row * 10 + (c - '0'), Integer.MAX_VALUE);
			}
			else if (digits || c == '$') {
				if (digits) {
					break;
				}
			}
		}
		return (int) row;
	}

	/** The column of a cell reference ({@code B3} is 1), from 0. */
	static int columnOf(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
				if (column > 1_000_000) {
					break;
				}
			}
			else {
				break;
			}
		}
		return column - 1;
	}

}
