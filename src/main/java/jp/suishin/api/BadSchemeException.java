package jp.suishin.api;

/** A scheme name in a request that is not a built-in scheme. */
class BadSchemeException extends RuntimeException {

	private final String written;

	BadSchemeException(String written) {
		super("not a built-in scheme: " + written);
		this.written = written;
	}

	String written() {
		return written;
	}

}
