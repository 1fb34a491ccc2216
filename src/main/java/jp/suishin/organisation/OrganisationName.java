package jp.suishin.organisation;

import jp.suishin.refusal.Validated;

/**
 * An organisation's name (名称): required, at most {@value #MAX_LENGTH} characters (the
 * column's size), kept without surrounding blanks. The administration pages, the
 * collaboration form and the national list's import all name an organisation through
 * {@link #of}.
 */
public record OrganisationName(String text) {

	public static final int MAX_LENGTH = 200;

	public OrganisationName {
		if (text == null || text.isBlank() || !text.equals(text.strip()) || text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("not an organisation name, use OrganisationName.of: " + text);
		}
	}

	public static Validated<OrganisationName> of(String written) {
		if (written == null || written.isBlank()) {
			return Validated.rejected("organisation.name.required");
		}
		String name = written.strip();
		if (name.length() > MAX_LENGTH) {
			return Validated.rejected("organisation.name.too-long", MAX_LENGTH);
		}
		return Validated.valid(new OrganisationName(name));
	}

	@Override
	public String toString() {
		return text;
	}

}
