package jp.suishin.progress;

/**
 * A scheme file that cannot be used; the message (Japanese) names the scheme, the place
 * and what is wrong.
 */
public class SchemeException extends RuntimeException {

	SchemeException(String message) {
		super(message);
	}

}
