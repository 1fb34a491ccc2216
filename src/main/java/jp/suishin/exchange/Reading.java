package jp.suishin.exchange;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * The one hardened reading of an uploaded or imported file, behind {@link Sheets#read}
 * and {@link Workbooks#read}: the size capped before anything is parsed, the type told by
 * the file's bytes (never its name: a zip is an xlsx workbook, an OLE2 container an xls
 * workbook or a password-protected one, text that decodes as UTF-8 or Shift_JIS a CSV,
 * anything else refused), a time limit checked while the file is read, and an
 * out-of-memory error or a stack overflow while reading turned into a refusal like any
 * other, never a dead request or JVM.
 */
final class Reading {

	/**
	 * The largest file read: far more than a KPI sheet (a 2,000-KPI workbook is some 400
	 * kB); the servlet's multipart limits match it.
	 */
	static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

	/**
	 * How long reading a file may take: a 2,000-KPI workbook takes well under a second.
	 */
	static final Duration TIME_LIMIT = Duration.ofSeconds(20);

	private static final Charset SHIFT_JIS = Charset.forName("Windows-31J");

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] EMPTY_ZIP = { 'P', 'K', 5, 6 };

	private static final byte[] OLE2 = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
			(byte) 0xe1 };

	/** Formats that are never a sheet, though a few of them might decode as text. */
	private static final List<byte[]> NOT_SHEETS = List.of("%PDF".getBytes(StandardCharsets.US_ASCII),
			new byte[] { (byte) 0x89, 'P', 'N', 'G' }, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff },
			"GIF8".getBytes(StandardCharsets.US_ASCII), new byte[] { 0x1f, (byte) 0x8b },
			"Rar!".getBytes(StandardCharsets.US_ASCII), new byte[] { '7', 'z', (byte) 0xbc, (byte) 0xaf },
			"{\\rtf".getBytes(StandardCharsets.US_ASCII), new byte[] { 0x7f, 'E', 'L', 'F' }, new byte[] { 'M', 'Z' });

	private Reading() {
	}

	/** Receives a file's sheets, in the workbook's order, and each sheet's rows. */
	interface Sink {

		/**
		 * A worksheet starts (CSV: the one sheet, named after the file).
		 * @return whether to read it; {@code false} ends the reading of the file
		 */
		boolean sheet(String name);

		/**
		 * Whether the cells of a column are wanted: a cell not wanted comes as
		 * {@link GridCell#EMPTY}, never formatted (the sheet's shape is checked all the
		 * same).
		 */
		default boolean reads(int column) {
			return true;
		}

		/**
		 * A row of the current sheet, rows in increasing order.
		 * @param number the row as a spreadsheet shows it, from 1 (CSV: the record, blank
		 * lines skipped)
		 * @param cells its cells from column A, {@link GridCell#EMPTY} for a cell left
		 * out
		 */
		void row(int number, List<GridCell> cells);

		/** A merged region of the current sheet (after or between its rows). */
		default void merge(CellRange range) {
		}

	}

	static void read(String fileName, byte[] content, Sink sink) {
		read(fileName, content, sink, TIME_LIMIT);
	}

	/**
	 * @throws UnreadableSheet when the file is too large, not a sheet, broken, hostile,
	 * password-protected or takes too long; what {@code sink} throws goes through
	 * unchanged (an error such as out-of-memory is refused all the same)
	 */
	static void read(String fileName, byte[] content, Sink sink, Duration timeLimit) {
		String name = fileName == null ? "" : fileName;
		byte[] bytes = content == null ? new byte[0] : content;
		if (bytes.length > MAX_FILE_BYTES) {
			throw UnreadableSheet.file("exchange.too-large", name, MAX_FILE_BYTES / 1024 / 1024);
		}
		Deadline deadline = Deadline.after(timeLimit, name);
		Guarded guarded = new Guarded(sink);
		try {
			if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
				ZipDirectory.check(name, bytes);
				XlsxRows.read(name, bytes, guarded, deadline);
			}
			else if (startsWith(bytes, OLE2)) {
				XlsRows.read(name, bytes, guarded, deadline);
			}
			else if (NOT_SHEETS.stream().anyMatch(signature -> startsWith(bytes, signature))) {
				throw UnreadableSheet.file("exchange.unreadable", name);
			}
			else {
				csv(name, bytes, guarded, deadline);
			}
		}
		catch (Handed handed) {
			throw handed.cause;
		}
		catch (OutOfMemoryError | StackOverflowError tooMuch) {
			throw UnreadableSheet.file("exchange.too-complex", name);
		}
	}

	/**
	 * A number as a spreadsheet holds it, exactly as Excel shows it at most (15
	 * significant digits, what a typed figure keeps), without trailing zeros: 1274.46,
	 * -312, 0.639; {@code null} for what is no number (NaN, infinities).
	 */
	static BigDecimal number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return null;
		}
		BigDecimal number = new BigDecimal(NumberToTextConverter.toText(value)).stripTrailingZeros();
		return number.scale() < 0 ? number.setScale(0) : number;
	}

	/** A number format as the cell keeps it; {@code null} for General. */
	static String format(String format) {
		return format == null || format.isBlank() || format.equalsIgnoreCase("General") ? null : format;
	}

	private static boolean startsWith(byte[] content, byte[] signature) {
		if (content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (content[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

	/** What the receiver threw, carried through the parsers unchanged. */
	static final class Handed extends RuntimeException {

		final RuntimeException cause;

		Handed(RuntimeException cause) {
			super(cause.getMessage(), cause, false, false);
			this.cause = cause;
		}

	}

	/**
	 * The receiver, its exceptions wrapped so that no parser in between takes them for
	 * its own.
	 */
	private static final class Guarded implements Sink {

		private final Sink sink;

		Guarded(Sink sink) {
			this.sink = sink;
		}

		@Override
		public boolean sheet(String name) {
			try {
				return sink.sheet(name);
			}
			catch (RuntimeException ex) {
				throw new Handed(ex);
			}
		}

		@Override
		public boolean reads(int column) {
			try {
				return sink.reads(column);
			}
			catch (RuntimeException ex) {
				throw new Handed(ex);
			}
		}

		@Override
		public void row(int number, List<GridCell> cells) {
			try {
				sink.row(number, cells);
			}
			catch (RuntimeException ex) {
				throw new Handed(ex);
			}
		}

		@Override
		public void merge(CellRange range) {
			try {
				sink.merge(range);
			}
			catch (RuntimeException ex) {
				throw new Handed(ex);
			}
		}

	}

	private static void csv(String fileName, byte[] content, Sink sink, Deadline deadline) {
		Charset charset = charset(fileName, content, deadline);
		if (!sink.sheet(fileName)) {
			return;
		}
		try {
			Csv.parse(new java.io.InputStreamReader(new java.io.ByteArrayInputStream(content), charset),
					(number, fields) -> {
						deadline.now();
						if (number > Sheets.MAX_ROWS) {
							throw UnreadableSheet.row(Sheets.MAX_ROWS + 1, "exchange.too-many-rows", Sheets.MAX_ROWS);
						}
						if (fields.size() > Sheets.MAX_COLUMNS) {
							throw UnreadableSheet.row(number, "exchange.too-many-columns", Sheets.MAX_COLUMNS);
						}
						List<GridCell> cells = new ArrayList<>(fields.size());
						for (int c = 0; c < fields.size(); c++) {
							if (fields.get(c).length() > XlsxRows.MAX_CELL_TEXT) {
								throw UnreadableSheet.row(number, "exchange.cell-too-long", XlsxRows.MAX_CELL_TEXT);
							}
							cells.add(sink.reads(c) ? GridCell.text(fields.get(c)) : GridCell.EMPTY);
						}
						sink.row(number, cells);
					});
		}
		catch (Csv.UnterminatedQuote ex) {
			throw UnreadableSheet.row(ex.record(), "exchange.unterminated-quote");
		}
	}

	/**
	 * UTF-8 (a byte-order mark is dropped by the parser), else Shift_JIS: the first that
	 * decodes the whole file, checked without holding its text.
	 */
	private static Charset charset(String fileName, byte[] content, Deadline deadline) {
		if (decodes(StandardCharsets.UTF_8, content, deadline)) {
			return StandardCharsets.UTF_8;
		}
		if (decodes(SHIFT_JIS, content, deadline)) {
			return SHIFT_JIS;
		}
		throw UnreadableSheet.file("exchange.unreadable", fileName);
	}

	private static boolean decodes(Charset charset, byte[] content, Deadline deadline) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content);
		CharBuffer out = CharBuffer.allocate(8192);
		while (true) {
			deadline.check();
			CoderResult result = decoder.decode(in, out, true);
			if (result.isError()) {
				return false;
			}
			if (result.isUnderflow()) {
				break;
			}
			out.clear();
		}
		while (true) {
			CoderResult result = decoder.flush(out);
			if (result.isError()) {
				return false;
			}
			if (result.isUnderflow()) {
				return true;
			}
			out.clear();
		}
	}

}
