package jp.suishin.api;

/**
 * A request parameter that cannot be used (an unreadable year, an unknown scheme): a 400
 * with a message.
 */
class BadParameterException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	BadParameterException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.clone();
	}

}
