package jp.suishin.document.render;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The renderers' labels ({@code render.*}) from the application's message bundles:
 * {@code messages.properties} (Japanese) for every language but English, whatever the
 * JVM's default locale. A message with arguments is formatted as Spring's message source
 * formats it (MessageFormat); one without is printed as written.
 */
final class Labels {

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN)
		.withChronology(JapaneseChronology.INSTANCE);

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
		.withLocale(Locale.ENGLISH);

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	private final ResourceBundle bundle;

	private final Locale locale;

	private Labels(ResourceBundle bundle, Locale locale) {
		this.bundle = bundle;
		this.locale = locale;
	}

	static Labels of(Locale locale) {
		Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
		return new Labels(ResourceBundle.getBundle("messages", language, NO_FALLBACK), language);
	}

	Locale locale() {
		return locale;
	}

	boolean english() {
		return "en".equals(locale.getLanguage());
	}

	/** A day as the report writes it: 令和7年9月30日, or September 30, 2025 in English. */
	String date(LocalDate day) {
		return english() ? ENGLISH_DATE.format(day) : JAPANESE_DATE.format(JapaneseDate.from(day));
	}

	/**
	 * A moment as the report writes it, in the installation's time zone (Asia/Tokyo):
	 * 令和7年9月30日 14:05.
	 */
	String dateTime(Instant moment) {
		java.time.ZonedDateTime local = moment.atZone(TOKYO);
		return date(local.toLocalDate()) + " " + TIME.format(local);
	}

	String get(String key, Object... arguments) {
		String message = bundle.getString(key);
		if (arguments.length == 0) {
			return message;
		}
		return new MessageFormat(message, locale).format(arguments);
	}

}
