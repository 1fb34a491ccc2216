package jp.suishin.exchange;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A zip file's central directory, checked from the bytes before any zip library opens the
 * file: how many entries it declares (an entry-count bomb is refused before a directory
 * of hundreds of thousands of entries is built in memory), whether two entries have the
 * same name (Excel's package parts are named case-insensitively; a file whose readers may
 * disagree on which one counts is refused), and how large its entries declare themselves.
 * What the entries really inflate to is counted when they are inflated
 * ({@link XlsxRows}).
 */
final class ZipDirectory {

	/**
	 * Far more than any workbook's parts: a sheet has a few, a workbook of 100 sheets
	 * some 500.
	 */
	static final int MAX_ENTRIES = 2_000;

	/**
	 * What one entry may inflate to: a sheet of {@link Sheets#MAX_ROWS} ×
	 * {@link Sheets#MAX_COLUMNS} cells of figures is some 60 MB of XML.
	 */
	static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

	/** What all entries together may inflate to. */
	static final long MAX_INFLATED_BYTES = 300L * 1024 * 1024;

	private static final int END = 0x06054b50;

	private static final int END64_LOCATOR = 0x07064b50;

	private static final int END64 = 0x06064b50;

	private static final int ENTRY = 0x02014b50;

	private ZipDirectory() {
	}

	/**
	 * @throws UnreadableSheet when the directory is missing or broken (a truncated file),
	 * declares too many entries or too much data, or names an entry twice
	 */
	static void check(String fileName, byte[] zip) {
		String name = fileName == null ? "" : fileName;
		int end = endRecord(zip);
		if (end < 0) {
			throw UnreadableSheet.file("exchange.unreadable", name);
		}
		long entries = u16(zip, end + 10);
		long size = u32(zip, end + 12);
		long offset = u32(zip, end + 16);
		if (entries == 0xffff || size == 0xffffffffL || offset == 0xffffffffL) {
			int locator = end - 20;
			if (locator < 0 || u32(zip, locator) != END64_LOCATOR) {
				throw UnreadableSheet.file("exchange.unreadable", name);
			}
			long at = u64(zip, locator + 8);
			if (at < 0 || at + 56 > zip.length || u32(zip, (int) at) != END64) {
				throw UnreadableSheet.file("exchange.unreadable", name);
			}
			entries = u64(zip, (int) at + 32);
			size = u64(zip, (int) at + 40);
			offset = u64(zip, (int) at + 48);
		}
		if (entries > MAX_ENTRIES || entries < 0) {
			throw UnreadableSheet.file("exchange.too-many-entries", name, MAX_ENTRIES);
		}
		if (offset < 0 || size < 0 || offset + size > zip.length) {
			throw UnreadableSheet.file("exchange.unreadable", name);
		}
		Set<String> names = new HashSet<>();
		long inflated = 0;
		int at = (int) offset;
		int limit = (int) (offset + size);
		int count = 0;
		while (at + 46 <= limit && u32(zip, at) == ENTRY) {
			if (++count > MAX_ENTRIES) {
				throw UnreadableSheet.file("exchange.too-many-entries", name, MAX_ENTRIES);
			}
			long uncompressed = u32(zip, at + 24);
			int nameLength = u16(zip, at + 28);
			int extraLength = u16(zip, at + 30);
			int commentLength = u16(zip, at + 32);
			if (at + 46L + nameLength + extraLength + commentLength > limit) {
				throw UnreadableSheet.file("exchange.unreadable", name);
			}
			String entry = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
			if (uncompressed == 0xffffffffL) {
				uncompressed = zip64Size(zip, at + 46 + nameLength, extraLength);
			}
			if (uncompressed > MAX_ENTRY_BYTES || uncompressed < 0) {
				throw UnreadableSheet.file("exchange.zip-bomb", name);
			}
			inflated += uncompressed;
			if (inflated > MAX_INFLATED_BYTES) {
				throw UnreadableSheet.file("exchange.zip-bomb", name);
			}
			if (!names.add(entry.replace('\\', '/').toLowerCase(Locale.ROOT))) {
				throw UnreadableSheet.file("exchange.duplicate-entries", name, entry);
			}
			at += 46 + nameLength + extraLength + commentLength;
		}
		if (count != entries) {
			// the directory says one thing and holds another: broken or crafted
			throw UnreadableSheet.file("exchange.unreadable", name);
		}
	}

	/** The uncompressed size in an entry's zip64 extra field; -1 without one. */
	private static long zip64Size(byte[] zip, int from, int length) {
		int at = from;
		while (at + 4 <= from + length) {
			int id = u16(zip, at);
			int size = u16(zip, at + 2);
			if (id == 0x0001 && size >= 8 && at + 12 <= zip.length) {
				return u64(zip, at + 4);
			}
			at += 4 + size;
		}
		return -1;
	}

	/** Where the end of central directory record starts, or -1. */
	private static int endRecord(byte[] zip) {
		int lowest = Math.max(0, zip.length - 22 - 0xffff);
		for (int at = zip.length - 22; at >= lowest; at--) {
			if (u32(zip, at) == END && at + 22 + u16(zip, at + 20) <= zip.length) {
				return at;
			}
		}
		return -1;
	}

	private static int u16(byte[] b, int at) {
		return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
	}

	private static long u32(byte[] b, int at) {
		return u16(b, at) | (long) u16(b, at + 2) << 16;
	}

	private static long u64(byte[] b, int at) {
		return u32(b, at) | u32(b, at + 4) << 32;
	}

}
