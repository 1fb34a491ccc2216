package jp.suishin.system;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, with each request thread formatting through copies of its own.
 * Spring keeps one {@link MessageFormat} per message and locks it while it formats (the
 * class is not thread-safe), so that under load every thread rendering a page waited for
 * the same few formats (a plan card's period, a year's label). The bundles never change
 * while the application runs, so a thread's copies stay right.
 */
final class MessageBundles extends ResourceBundleMessageSource {

	private final ThreadLocal<Map<Locale, Map<String, MessageFormat>>> formats = ThreadLocal.withInitial(HashMap::new);

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		Map<String, MessageFormat> ofLocale = formats.get().computeIfAbsent(locale, l -> new HashMap<>());
		MessageFormat own = ofLocale.get(code);
		if (own == null && !ofLocale.containsKey(code)) {
			MessageFormat shared = super.resolveCode(code, locale);
			if (shared != null) {
				synchronized (shared) {
					own = (MessageFormat) shared.clone();
				}
			}
			ofLocale.put(code, own);
		}
		return own;
	}

}
