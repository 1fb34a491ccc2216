package jp.suishin.cli;

/** The input cannot be evaluated; the message names the row, the column and the cell. */
class MalformedInputException extends RuntimeException {

	MalformedInputException(String message) {
		super(message);
	}

}
