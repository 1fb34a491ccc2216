package jp.suishin.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: commas, double-quoted fields with doubled quotes and line breaks inside,
 * CRLF or LF.
 */
final class Csv {

	private Csv() {
	}

	/**
	 * The records of a CSV text; a leading byte-order mark is ignored, blank lines are
	 * skipped.
	 */
	static List<List<String>> parse(String text) {
		String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
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
				if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
					i++;
				}
				finish(records, record, field, fieldStarted);
				record = new ArrayList<>();
				fieldStarted = false;
			}
			else {
				field.append(c);
				fieldStarted = true;
			}
		}
		if (quoted) {
			throw new UnterminatedQuote(records.size() + 1);
		}
		finish(records, record, field, fieldStarted);
		return records;
	}

	private static void finish(List<List<String>> records, List<String> record, StringBuilder field,
			boolean fieldStarted) {
		if (fieldStarted || !record.isEmpty()) {
			record.add(field.toString());
			if (record.stream().anyMatch(f -> !f.isBlank())) {
				records.add(record);
			}
		}
		field.setLength(0);
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
