package jp.suishin.sampledata;

/** The sample data is malformed; the message names the file and the entry. */
class SampleDataException extends RuntimeException {

	SampleDataException(String file, String where, String message) {
		super(file + ": " + where + ": " + message);
	}

}
