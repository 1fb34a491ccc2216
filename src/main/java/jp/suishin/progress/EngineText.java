package jp.suishin.progress;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The engine's sentences (analysis draft, lint, scheme errors), from
 * {@code jp/suishin/progress/engine.properties} (Japanese, the default) and
 * {@code engine_en.properties} (English), so that wording is changed in one file, not in
 * code. Whatever the JVM's default locale is, a locale without a bundle of its own gets
 * Japanese.
 */
final class EngineText {

	private static final String BASE_NAME = "jp.suishin.progress.engine";

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private EngineText() {
	}

	/** In Japanese. */
	static String format(String key, Object... arguments) {
		return format(Locale.JAPANESE, key, arguments);
	}

	static String format(Locale locale, String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, locale == null ? Locale.JAPANESE : locale,
				NO_FALLBACK);
		Object[] resolved = arguments.clone();
		for (int i = 0; i < resolved.length; i++) {
			if (resolved[i] instanceof Word word) {
				resolved[i] = bundle.getString(word.key());
			}
		}
		MessageFormat format = new MessageFormat(bundle.getString(key), bundle.getLocale());
		return format.format(resolved);
	}

	/** An argument that is itself an engine text, written in the same language. */
	record Word(String key) {
	}

}
