package jp.suishin.organisation;

import java.util.Locale;
import java.util.function.Predicate;

import jp.suishin.refusal.Validated;

/**
 * An organisation's key (識別子), what addresses and sample data name it by: lower-case
 * letters, digits and hyphens, starting with a letter or digit, at most
 * {@value #MAX_LENGTH} characters. Generated when an administrator gives none.
 */
public record OrganisationKey(String text) {

	public static final int MAX_LENGTH = 100;

	private static final String PATTERN = "[a-z0-9][a-z0-9-]*";

	public OrganisationKey {
		if (text == null || !text.matches(PATTERN) || text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("not an organisation key, use OrganisationKey.of: " + text);
		}
	}

	/** A key as written; blank is no key (one is generated). */
	public static Validated<OrganisationKey> of(String written) {
		String key = written.strip().toLowerCase(Locale.ROOT);
		if (key.length() > MAX_LENGTH) {
			return Validated.rejected("organisation.key.too-long", MAX_LENGTH);
		}
		if (!key.matches(PATTERN)) {
			return Validated.rejected("organisation.key.format", written.strip());
		}
		return Validated.valid(new OrganisationKey(key));
	}

	/**
	 * A key for an organisation registered without one: {@code lg-012106} for a local
	 * government, else the kind and a number ({@code council-3}); never one already
	 * taken.
	 */
	public static OrganisationKey generated(OrganizationKind kind, LocalGovernmentCode code, Predicate<String> taken) {
		String base = code != null ? "lg-" + code.value() : kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
		if (code != null && !taken.test(base)) {
			return new OrganisationKey(base);
		}
		for (int n = code != null ? 2 : 1;; n++) {
			String key = base + "-" + n;
			if (!taken.test(key)) {
				return new OrganisationKey(key);
			}
		}
	}

	@Override
	public String toString() {
		return text;
	}

}
