package jp.suishin.report.web;

/** A year or scheme in a URL that cannot be used (shown as 400). */
class InvalidParameterException extends RuntimeException {

	InvalidParameterException(String written) {
		super("unusable parameter: " + written);
	}

}
