package jp.suishin.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an xlsx workbook, streamed: POI's event API (XSSFReader) and a SAX
 * handler, one row at a time, so that the heap holds a row and the shared strings, never
 * the workbook. Cells read as Excel shows them, as {@code DataFormatter} formats a cell
 * of a loaded workbook: numbers in their cell's number format, a formula as its cached
 * value (never its text), booleans as TRUE/FALSE, errors as Excel writes them, text
 * without its phonetic guide (ふりがな) and with the {@code _xHHHH_} escapes turned back. The
 * zip is opened from a temporary file with POI's zip-bomb checks (ZipSecureFile's inflate
 * ratio and entry size) on every entry.
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
	 * bounded above), in characters: a bound on what a receiver keeping every row holds
	 * (a 5,000 × 200 sheet of figures has some 9 million).
	 */
	static final int MAX_SHEET_TEXT = 16_000_000;

	/** Excel's own limit for a cell's text. */
	static final int MAX_CELL_TEXT = 32_767;

	private final Sheets.Rows rows;

	private final DataFormatter formatter = new DataFormatter(Locale.JAPAN);

	private XlsxRows(Sheets.Rows rows) {
		this.rows = rows;
		formatter.setUseCachedValuesForFormulaCells(true);
	}

	/**
	 * Hands the rows of the workbook's first sheet to {@code rows}.
	 * @throws UnreadableSheet when the file is not a readable workbook, inflates like a
	 * zip bomb, or is far too large; what {@code rows} throws goes through unchanged
	 */
	static void read(String fileName, byte[] content, Sheets.Rows rows) {
		new XlsxRows(rows).read(fileName, content);
	}

	private void read(String fileName, byte[] content) {
		Path file = null;
		try {
			file = Files.createTempFile("suishin-sheet-", ".xlsx");
			Files.write(file, content);
			// Opened as a zip file (entries read when needed) rather than a stream (all
			// held in memory); a broken zip is unreadable, never read again as a stream.
			try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
				OPCPackage workbook = OPCPackage.open(new ZipFileZipEntrySource(zip));
				try {
					read(workbook, zip);
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

	private void read(OPCPackage workbook, ZipSecureFile zip) throws IOException, SAXException,
			org.apache.poi.openxml4j.exceptions.OpenXML4JException, javax.xml.parsers.ParserConfigurationException {
		XSSFReader reader = new XSSFReader(workbook);
		XSSFReader.SheetIterator sheets = reader.getSheetIterator();
		if (!sheets.hasNext()) {
			inflateLikeABomb(zip, Set.of());
			return;
		}
		try (InputStream sheet = sheets.next()) {
			Set<String> parsed = new HashSet<>();
			parsed.add(entryName(sheets.getSheetPart()));
			workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())
				.forEach(part -> parsed.add(entryName(part)));
			inflateLikeABomb(zip, parsed);
			String[] shared = sharedStrings(reader);
			Styles styles = new Styles(reader.getStylesTable());
			XMLReader xml = XMLHelper.newXMLReader();
			xml.setContentHandler(new SheetHandler(shared, styles));
			xml.parse(new InputSource(sheet));
		}
	}

	/**
	 * Every entry of the zip inflated once through POI's threshold stream
	 * (ZipSecureFile's minimum inflate ratio and maximum entry size), whether the sheet
	 * needs it or not: a workbook padded with a bomb is refused as it always was. The
	 * entries are read and dropped, never held.
	 */
	private static void inflateLikeABomb(ZipSecureFile entries, Set<String> parsed) throws IOException {
		byte[] buffer = new byte[16384];
		for (Enumeration<? extends ZipArchiveEntry> e = entries.getEntries(); e.hasMoreElements();) {
			ZipArchiveEntry entry = e.nextElement();
			if (parsed.contains(entry.getName())) {
				// the sheet and the shared strings: parsed through the same checks, once
				continue;
			}
			try (InputStream in = entries.getInputStream(entry)) {
				while (in.read(buffer) >= 0) {
					// inflated and dropped
				}
			}
		}
	}

	/**
	 * The zip entry of a package part ({@code /xl/worksheets/sheet1.xml}: without the
	 * slash).
	 */
	private static String entryName(org.apache.poi.openxml4j.opc.PackagePart part) {
		String name = part.getPartName().getName();
		return name.startsWith("/") ? name.substring(1) : name;
	}

	private static String[] sharedStrings(XSSFReader reader) throws IOException, SAXException,
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
			XMLReader xml = XMLHelper.newXMLReader();
			xml.setContentHandler(handler);
			xml.parse(new InputSource(in));
			return handler.strings.toArray(String[]::new);
		}
	}

	/** What the rows' receiver threw, carried through the SAX parser unchanged. */
	private static final class Handed extends RuntimeException {

		private final RuntimeException cause;

		Handed(RuntimeException cause) {
			super(cause.getMessage(), cause, false, false);
			this.cause = cause;
		}

	}

	/**
	 * What to throw for a failed read: what the receiver threw, as it threw it; a sheet
	 * refused for its size or shape, as refused; anything else (not a zip, not a
	 * workbook, a zip bomb) as an unreadable file.
	 */
	private static RuntimeException passedOn(Throwable ex, String fileName) {
		for (Throwable t = ex; t != null; t = t instanceof SAXException sax && sax.getException() != null
				? sax.getException() : t.getCause() == t ? null : t.getCause()) {
			if (t instanceof Handed handed) {
				return handed.cause;
			}
			if (t instanceof UnreadableSheet refused) {
				return refused;
			}
		}
		return UnreadableSheet.file("exchange.unreadable", fileName == null ? "" : fileName);
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

		private final StylesTable table;

		private final List<XSSFCellStyle> styles = new ArrayList<>();

		Styles(StylesTable table) {
			this.table = table;
		}

		/** The style of a cell's {@code s} attribute; the default (0) without one. */
		XSSFCellStyle at(String s) {
			if (table == null || table.getNumCellStyles() == 0) {
				return null;
			}
			int index = s == null ? 0 : Integer.parseInt(s);
			if (index < 0 || index >= table.getNumCellStyles()) {
				// a style the workbook does not have: the default, not a table of that
				// size
				index = 0;
			}
			while (styles.size() <= index) {
				styles.add(null);
			}
			XSSFCellStyle style = styles.get(index);
			if (style == null) {
				style = table.getStyleAt(index);
				styles.set(index, style);
			}
			return style;
		}

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

	/** The rows of a sheet's XML, each handed on when it ends. */
	private final class SheetHandler extends DefaultHandler {

		private final String[] shared;

		private final Styles styles;

		private final StringBuilder value = new StringBuilder();

		private List<String> cells;

		private int row = -1;

		private int column;

		private String type;

		private String style;

		private boolean inValue;

		private boolean inInline;

		private boolean inText;

		private int phonetic;

		private long handed;

		SheetHandler(String[] shared, Styles styles) {
			this.shared = shared;
			this.styles = styles;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "row" -> {
					String r = attributes.getValue("r");
					// never backwards: a row number given twice (or going back) counts as
					// the next
					// row, so that the row limit bounds what a crafted file can hand on
					row = r == null ? row + 1 : Math.max(row + 1, Integer.parseInt(r) - 1);
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
					value.setLength(0);
					phonetic = 0;
				}
				case "v" -> inValue = true;
				case "is" -> inInline = true;
				case "rPh" -> phonetic++;
				case "t" -> inText = inInline && phonetic == 0;
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
					while (cells.size() < column) {
						cells.add("");
					}
					cells.add(rows.reads(column) ? counted(text()) : "");
				}
				case "row" -> {
					List<String> done = cells;
					cells = null;
					try {
						rows.row(row + 1, done);
					}
					catch (UnreadableSheet ex) {
						throw ex;
					}
					catch (RuntimeException ex) {
						throw new Handed(ex);
					}
				}
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inValue || inText) {
				if (value.length() + length > MAX_CELL_TEXT) {
					throw UnreadableSheet.row(row + 1, "exchange.cell-too-long", MAX_CELL_TEXT);
				}
				value.append(ch, start, length);
			}
		}

		/** A cell's text handed on, counted unless it is a shared string. */
		private String counted(String text) {
			if (!"s".equals(type)) {
				handed += text.length();
				if (handed > MAX_SHEET_TEXT) {
					throw UnreadableSheet.row(row + 1, "exchange.too-much-text", MAX_SHEET_TEXT);
				}
			}
			return text;
		}

		/** The cell as Excel shows it. */
		private String text() {
			String v = value.toString();
			if (type == null || type.equals("n")) {
				if (v.isEmpty()) {
					return "";
				}
				double number;
				try {
					number = Double.parseDouble(v);
				}
				catch (NumberFormatException ex) {
					return v;
				}
				XSSFCellStyle cellStyle = styles.at(style);
				if (cellStyle == null) {
					return formatter.formatRawCellContents(number, 0, "General");
				}
				String format = cellStyle.getDataFormatString();
				return formatter.formatRawCellContents(number, cellStyle.getDataFormat(),
						format == null ? "General" : format);
			}
			return switch (type) {
				case "s" -> {
					if (v.isEmpty()) {
						yield "";
					}
					int index = Integer.parseInt(v.strip());
					yield index >= 0 && index < shared.length ? shared[index] : "";
				}
				case "b" -> v.isEmpty() ? "" : v.charAt(0) == '1' ? "TRUE" : "FALSE";
				case "inlineStr", "str" -> unescaped(v);
				default -> v;
			};
		}

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
