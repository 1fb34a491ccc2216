package jp.suishin.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jp.suishin.refusal.Problem;

/**
 * Japanese messages of the command, from the application's message bundle
 * (messages.properties).
 */
public final class CliText {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.ROOT);

	private CliText() {
	}

	static String format(String key, Object... arguments) {
		return new MessageFormat(BUNDLE.getString(key), Locale.JAPANESE).format(arguments);
	}

	/** The message of an unknown subcommand, with the usage. */
	public static String unknownCommand(String command) {
		return format("cli.unknown-command", command) + System.lineSeparator() + format("cli.subcommands.usage");
	}

	static String format(Problem problem) {
		return format(problem.messageKey(), problem.argumentArray());
	}

}
