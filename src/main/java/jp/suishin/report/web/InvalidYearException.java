package jp.suishin.report.web;

/** A fiscal year in a URL that cannot be read (shown as 400). */
class InvalidYearException extends RuntimeException {

	InvalidYearException(String written) {
		super("not a fiscal year: " + written);
	}

}
