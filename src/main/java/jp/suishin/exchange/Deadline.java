package jp.suishin.exchange;

import java.time.Duration;

/**
 * The time a file's reading may take, checked cooperatively while it is read (every entry
 * inflated, every element parsed, every record of an xls): a file crafted to keep the
 * parser busy is refused when its time is up, whatever keeps it busy.
 */
final class Deadline {

	private final long end;

	private final Duration limit;

	private final String fileName;

	private int calls;

	private Deadline(Duration limit, String fileName) {
		this.limit = limit;
		this.end = System.nanoTime() + limit.toNanos();
		this.fileName = fileName;
	}

	static Deadline after(Duration limit, String fileName) {
		return new Deadline(limit, fileName == null ? "" : fileName);
	}

	/**
	 * @throws UnreadableSheet when the time is up; the clock is read every few calls
	 */
	void check() {
		if ((++calls & 0xff) == 0) {
			now();
		}
	}

	/** As {@link #check()}, reading the clock at once. */
	void now() {
		if (System.nanoTime() - end > 0) {
			throw UnreadableSheet.file("exchange.too-slow", fileName, limit.toSeconds());
		}
	}

}
