package jp.suishin.refusal;

import java.util.List;

/**
 * Something a user wrote that cannot be accepted: a message key (the text is in the
 * message bundles) and its arguments. A value, not an exception, so that every adapter
 * can show it next to the field it belongs to.
 */
public record Problem(String messageKey, List<Object> arguments) {

	public Problem {
		arguments = List.copyOf(arguments);
	}

	public static Problem of(String messageKey, Object... arguments) {
		return new Problem(messageKey, List.of(arguments));
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}

}
