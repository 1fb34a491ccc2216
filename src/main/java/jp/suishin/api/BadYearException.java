package jp.suishin.api;

/** A fiscal year in a request that cannot be read. */
class BadYearException extends RuntimeException {

	private final String written;

	BadYearException(String written) {
		super("not a fiscal year: " + written);
		this.written = written;
	}

	String written() {
		return written;
	}

}
