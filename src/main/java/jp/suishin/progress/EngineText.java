package jp.suishin.progress;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The engine's Japanese sentences (analysis draft, lint, scheme errors), from
 * {@code jp/suishin/progress/engine.properties} so that wording is changed in one file,
 * not in code.
 */
final class EngineText {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("jp.suishin.progress.engine", Locale.ROOT);

	private EngineText() {
	}

	static String format(String key, Object... arguments) {
		MessageFormat format = new MessageFormat(BUNDLE.getString(key), Locale.JAPANESE);
		return format.format(arguments);
	}

}
