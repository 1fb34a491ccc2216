package jp.suishin.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jp.suishin.refusal.Problem;

/**
 * Japanese messages of the command, from the application's message bundle
 * (messages.properties).
 */
final class CliText {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.ROOT);

	private CliText() {
	}

	static String format(String key, Object... arguments) {
		return new MessageFormat(BUNDLE.getString(key), Locale.JAPANESE).format(arguments);
	}

	static String format(Problem problem) {
		return format(problem.messageKey(), problem.argumentArray());
	}

}
