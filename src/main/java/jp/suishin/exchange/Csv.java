package jp.suishin.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: commas, double-quoted fields with doubled quotes and line breaks inside,
 * CRLF or LF. Read one record at a time, so that a long file is never held whole.
 */
final class Csv {

	private Csv() {
	}

	/** Receives the records of a CSV text, numbered from 1. */
	@FunctionalInterface
	interface Records {

		void record(int number, List<String> fields);

	}

	/**
	 * Hands the records of a CSV text to {@code records} as they are read; a leading
	 * byte-order mark is ignored, blank lines are skipped.
	 */
	static void parse(Reader text, Records records) {
		try {
			new Parser(text, records).run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Parser {

		private final Reader in;

		private final Records records;

		private final char[] buffer = new char[8192];

		private int length;

		private int position;

		private int count;

		Parser(Reader in, Records records) {
			this.in = in;
			this.records = records;
		}

		/** The next character, or -1 at the end. */
		private int next() throws IOException {
			if (position == length) {
				length = in.read(buffer);
				position = 0;
				if (length <= 0) {
					length = 0;
					return -1;
				}
			}
			return buffer[position++];
		}

		/** The character {@link #next} will return, without taking it. */
		private int peek() throws IOException {
			int c = next();
			if (c >= 0) {
				position--;
			}
			return c;
		}

		void run() throws IOException {
			List<String> record = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			boolean fieldStarted = false;
			if (peek() == '\uFEFF') {
				next();
			}
			for (int c = next(); c >= 0; c = next()) {
				if (quoted) {
					if (c == '"' && peek() == '"') {
						field.append('"');
						next();
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						field.append((char) c);
					}
				}
				else if (c == '"' && field.length() == 0) {
					quoted = true;
					fieldStarted = true;
				}
				else if (c == ',') {
					record.add(field.toString());
					field.setLength(0);
					fieldStarted = true;
				}
				else if (c == '\n' || c == '\r') {
					if (c == '\r' && peek() == '\n') {
						next();
					}
					finish(record, field, fieldStarted);
					record = new ArrayList<>();
					fieldStarted = false;
				}
				else {
					field.append((char) c);
					fieldStarted = true;
				}
			}
			if (quoted) {
				throw new UnterminatedQuote(count + 1);
			}
			finish(record, field, fieldStarted);
		}

		private void finish(List<String> record, StringBuilder field, boolean fieldStarted) {
			if (fieldStarted || !record.isEmpty()) {
				record.add(field.toString());
				if (record.stream().anyMatch(f -> !f.isBlank())) {
					records.record(++count, record);
				}
			}
			field.setLength(0);
		}

	}

	/** A double quote opened in a record and never closed. */
	static final class UnterminatedQuote extends RuntimeException {

		private final int record;

		UnterminatedQuote(int record) {
			super("unterminated quote in record " + record);
			this.record = record;
		}

		/** The record (line of the file, from 1) the quote opens in. */
		int record() {
			return record;
		}

	}

}
